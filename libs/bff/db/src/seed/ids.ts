import { createHash } from 'node:crypto';

// Fixed namespace of the demo data (a random UUID chosen once).
const namespace = Buffer.from('6f1c9a52d8e14b7a9c3e2f4b8a7d5e60', 'hex');

/**
 * A name-based UUID (version 5, RFC 9562) for a demo row, so reseeding an empty database gives the
 * same ids every time and links and tests can rely on them.
 */
export function demoId(kind: string, key: string): string {
  const bytes = createHash('sha1')
    .update(namespace)
    .update(`${kind}:${key}`)
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
