import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: what the browser holds. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && tokenPattern.test(value);
}

/**
 * The store key is a hash of the cookie, so a leaked store row cannot be replayed as a cookie.
 * Pending-login tokens hash with a prefix so that one can never be presented as a session.
 */
export function storeKey(token: string, purpose: 'session' | 'login'): string {
  return createHash('sha256').update(purpose === 'session' ? token : `login:${token}`).digest('hex');
}
