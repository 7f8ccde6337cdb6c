/**
 * Accepts only a path on the portal's own origin, so a login link cannot send the user elsewhere
 * after signing in (open redirect). Returns the normalised path or null.
 */
export function safeReturnTo(value: unknown, publicUrl: string): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  // Browsers strip tabs and newlines inside URLs; refuse anything that could hide a host.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, publicUrl);
  } catch {
    return null;
  }
  const origin = new URL(publicUrl).origin;
  if (url.origin !== origin) return null;
  // Dot segments can normalise to a protocol-relative path ("/.//evil.example").
  if (url.pathname.startsWith('//')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
