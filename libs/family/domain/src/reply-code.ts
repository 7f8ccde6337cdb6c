/**
 * Reply codes of anonymous "ask for help" requests. The code is the only key to the reply, so it
 * is long enough that guessing is hopeless (12 characters of 31 ≈ 59 bits) and is typed back by a
 * person: no letters that look like digits (O, I, L), groups of four, any case and spacing.
 */
export const replyCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const replyCodeLength = 12;

/** A new code, e.g. "K7QM-4XRT-9HCD", from a cryptographic random source. */
export function newReplyCode(random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 31).
  const limit = 256 - (256 % replyCodeAlphabet.length);
  while (chars.length < replyCodeLength) {
    for (const byte of random(new Uint8Array(16))) {
      if (byte < limit && chars.length < replyCodeLength) chars.push(replyCodeAlphabet[byte % replyCodeAlphabet.length]!);
    }
  }
  return formatReplyCode(chars.join(''));
}

/** "k7qm 4xrt-9hcd" → "K7QM4XRT9HCD"; null when it cannot be a reply code. */
export function normalizeReplyCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== replyCodeLength) return null;
  for (const c of compact) if (!replyCodeAlphabet.includes(c)) return null;
  return compact;
}

/** Groups of four joined by "-", as the code is shown. */
export function formatReplyCode(compact: string): string {
  return compact.match(/.{1,4}/g)?.join('-') ?? compact;
}
