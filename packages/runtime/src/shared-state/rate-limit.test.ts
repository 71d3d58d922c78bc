import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rate-limit';

describe('TokenBuckets', () => {
  it('allows a burst, then refills at the per-minute rate, per key', () => {
    const buckets = new TokenBuckets({ perMinute: 60, burst: 3 });
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => buckets.take('a', t0).allowed)).toEqual([true, true, true]);
    const refused = buckets.take('a', t0);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take('b', t0).allowed).toBe(true);
    expect(buckets.take('a', t0 + 1000).allowed).toBe(true);
    expect(buckets.take('a', t0 + 1000).allowed).toBe(false);
  });

  it('stays bounded in memory', () => {
    const buckets = new TokenBuckets({ perMinute: 60, burst: 1 }, 100);
    for (let i = 0; i < 1000; i++) buckets.take(`k${i}`, 0);
    expect((buckets as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(100);
  });
});
