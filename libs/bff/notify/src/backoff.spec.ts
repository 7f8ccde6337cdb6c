import { describe, expect, it } from 'vitest';
import { afterFailure, retryDelayMs } from './backoff';

const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000 };

describe('retries', () => {
  it('wait twice as long after each failure, up to the ceiling', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, policy))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('end as failed after the last allowed attempt', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    expect(afterFailure(1, now, policy)).toEqual({ status: 'pending', nextAttemptAt: new Date('2026-11-22T10:00:01Z') });
    expect(afterFailure(3, now, policy)).toEqual({ status: 'pending', nextAttemptAt: new Date('2026-11-22T10:00:04Z') });
    expect(afterFailure(4, now, policy)).toEqual({ status: 'failed' });
  });

  it('never overflow for a huge attempt count', () => {
    expect(retryDelayMs(10_000, policy)).toBe(5000);
  });
});
