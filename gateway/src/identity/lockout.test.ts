import { describe, expect, it } from 'vitest';
import { lockoutSeconds, loginLockouts } from './lockout';
import { createLogger, openSharedState } from '@imepanel/runtime';

const policy = { threshold: 3, baseSeconds: 30, maxSeconds: 300 };

describe('login lockout', () => {
  it('locks after the threshold, doubling with each further failure up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((failures) => lockoutSeconds(failures, policy))).toEqual([0, 0, 30, 60, 120, 240, 300, 300]);
  });

  it('counts failures per account in memory and resets on success', async () => {
    const lockouts = loginLockouts(await openSharedState({ redisUrl: null, keyPrefix: 'x:' }, createLogger('test', 'silent')), policy, createLogger('test', 'silent'));
    expect(await lockouts.failed('a')).toEqual({ failures: 1, lockedForMs: 0 });
    await lockouts.failed('a');
    expect((await lockouts.failed('a')).lockedForMs).toBe(30_000);
    expect(await lockouts.lockedForMs('a')).toBeGreaterThan(29_000);
    expect(await lockouts.lockedForMs('b')).toBe(0);
    await lockouts.succeeded('a');
    expect(await lockouts.lockedForMs('a')).toBe(0);
    expect(await lockouts.failed('a')).toEqual({ failures: 1, lockedForMs: 0 });
  });
});
