/** How the relay retries: exponential backoff with a ceiling, failed after `maxAttempts`. */
export interface RetryPolicy {
  maxAttempts: number;
  /** Wait after the first failed attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 6 * 60 * 60_000 };

/** The wait after the `attempts`-th failed attempt: base, 2×base, 4×base, … up to the ceiling. */
export function retryDelayMs(attempts: number, policy: RetryPolicy = defaultRetryPolicy): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
}

export type AfterFailure = { status: 'pending'; nextAttemptAt: Date } | { status: 'failed' };

/** What a failed attempt leads to: another try later, or failed for an administrator to see. */
export function afterFailure(attempts: number, now: Date, policy: RetryPolicy = defaultRetryPolicy): AfterFailure {
  if (attempts >= policy.maxAttempts) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, policy)) };
}
