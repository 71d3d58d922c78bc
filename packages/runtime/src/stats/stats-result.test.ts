import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assembleStats, checkStatsRequest, percentilePair, roundTo, statsRequest } from './stats-result';

interface G {
  key: string | null;
  count: number | null;
  suppressed: boolean;
  rate: number | null;
}
const toGroup = (row: Record<string, unknown>): G => ({ key: (row.k0 as string) ?? null, count: row.count as number, suppressed: false, rate: row.rate as number });
const blank = (g: G): G => ({ ...g, rate: null });
const rows = [
  { is_overall: true, count: 23, rate: 0.5 },
  { is_overall: false, k0: 'a', count: 12, rate: 0.25 },
  { is_overall: false, k0: 'b', count: 2, rate: 1 },
  { is_overall: false, k0: 'c', count: 9, rate: 0 },
];

describe('assembleStats', () => {
  it('separates the overall row from the groups and leaves everything visible when suppression does not apply', () => {
    const answer = assembleStats(rows, { limit: 10, suppress: false, minGroupSize: 5, toGroup, blank });
    expect(answer.overall).toEqual({ key: null, count: 23, suppressed: false, rate: 0.5 });
    expect(answer.groups.map((g) => [g.key, g.count, g.rate])).toEqual([['a', 12, 0.25], ['b', 2, 1], ['c', 9, 0]]);
    expect(answer).toMatchObject({ truncated: false, suppressionApplied: false, suppressedGroups: 0, minGroupSize: 5 });
  });

  it('suppresses small groups (and the complementary one) when it applies', () => {
    const answer = assembleStats(rows, { limit: 10, suppress: true, minGroupSize: 5, toGroup, blank });
    expect(answer.groups.map((g) => [g.key, g.suppressed, g.count, g.rate])).toEqual([
      ['a', false, 12, 0.25],
      ['b', true, null, null],
      ['c', true, null, null],
    ]);
    expect(answer.suppressedGroups).toBe(2);
    expect(answer.overall.suppressed).toBe(false);
  });

  it('suppresses the overall row when the filter leaves fewer than k', () => {
    const answer = assembleStats([{ is_overall: true, count: 3, rate: 1 }], { limit: 10, suppress: true, minGroupSize: 5, toGroup, blank });
    expect(answer.overall).toEqual({ key: null, count: null, suppressed: true, rate: null });
  });

  it('says when more groups matched than the limit', () => {
    const answer = assembleStats(rows, { limit: 2, suppress: false, minGroupSize: 5, toGroup, blank });
    expect(answer.truncated).toBe(true);
    expect(answer.groups.map((g) => g.key)).toEqual(['a', 'b']);
  });
});

describe('checkStatsRequest', () => {
  it('accepts zero to two distinct dimensions', () => {
    expect(() => checkStatsRequest([], 1)).not.toThrow();
    expect(() => checkStatsRequest(['MONTH', 'CLIENT'], 20_000)).not.toThrow();
  });

  it('refuses three dimensions, a repeated one and a limit out of range, naming the fields', () => {
    try {
      checkStatsRequest(['MONTH', 'MONTH', 'CLIENT'], 0);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      const { code, fields } = (error as GraphQLError).extensions as { code: string; fields: { field: string }[] };
      expect(code).toBe('BAD_USER_INPUT');
      expect(fields.map((f) => f.field)).toEqual(['groupBy', 'groupBy', 'limit']);
    }
  });
});

describe('rounding', () => {
  it('rounds measures and passes nulls through', () => {
    expect(roundTo(0.123456, 4)).toBe(0.1235);
    expect(roundTo(null, 2)).toBeNull();
    expect(roundTo(Number.NaN, 2)).toBeNull();
    expect(percentilePair([2.5, 7.8123])).toEqual([2.5, 7.81]);
    expect(percentilePair(null)).toEqual([null, null]);
  });
});

describe('statsRequest', () => {
  it('scopes a client to its own organisation and suppresses for it; an administrator keeps the filter, unsuppressed', () => {
    expect(statsRequest({ role: 'CLIENT', clientId: 'mine' }, { status: ['CLOSED'] }, ['MONTH'], 10)).toEqual({
      criteria: { status: ['CLOSED'], clientId: ['mine'] },
      groupBy: ['MONTH'],
      limit: 10,
      suppress: true,
    });
    expect(statsRequest({ role: 'ADMIN', clientId: null }, undefined, [], 10)).toMatchObject({ criteria: { clientId: undefined }, suppress: false });
  });

  it('refuses a malformed request before looking at who asks', () => {
    expect(() => statsRequest({ role: 'CLIENT', clientId: null }, undefined, ['MONTH', 'MONTH'], 10)).toThrow(GraphQLError);
    expect(() => statsRequest({ role: 'CLIENT', clientId: null }, undefined, ['MONTH', 'MONTH'], 10)).toThrow(/twice/);
  });
});
