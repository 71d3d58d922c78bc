import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_GROUP_SIZE, statsSuppressionApplies, suppressSmallGroups } from './suppression';
import type { Actor } from '../graphql/context';

interface Group {
  key: string;
  count: number | null;
  suppressed: boolean;
  rate: number | null;
}

const group = (key: string, count: number, rate = 0.5): Group => ({ key, count, suppressed: false, rate });
const blank = (g: Group): Group => ({ ...g, rate: null });
const visible = (groups: Group[]) => groups.filter((g) => !g.suppressed).map((g) => g.key);

describe('statsSuppressionApplies', () => {
  it('applies to analysts, clients, examiners and unauthenticated callers', () => {
    expect(statsSuppressionApplies(null)).toBe(true);
    expect(statsSuppressionApplies(undefined)).toBe(true);
    for (const role of ['ANALYST', 'CLIENT', 'EXAMINER', 'SOMETHING_NEW']) expect(statsSuppressionApplies({ role } as Pick<Actor, 'role'>)).toBe(true);
  });

  it('does not apply to administrators and services', () => {
    expect(statsSuppressionApplies({ role: 'ADMIN' })).toBe(false);
    expect(statsSuppressionApplies({ role: 'SERVICE' })).toBe(false);
  });

  it('defaults k to 5', () => {
    expect(DEFAULT_MIN_GROUP_SIZE).toBe(5);
  });
});

describe('suppressSmallGroups', () => {
  it('keeps groups of at least k and hides smaller ones with their measures', () => {
    const result = suppressSmallGroups([group('a', 5), group('b', 4), group('c', 9), group('d', 1)], 5, blank);
    expect(visible(result)).toEqual(['a', 'c']);
    expect(result[1]).toEqual({ key: 'b', count: null, suppressed: true, rate: null });
    expect(result[0]).toEqual({ key: 'a', count: 5, suppressed: false, rate: 0.5 });
  });

  it('hides the smallest other group too when only one group is small, so the total cannot reveal it', () => {
    const result = suppressSmallGroups([group('a', 40), group('b', 3), group('c', 7), group('d', 12)], 5, blank);
    expect(visible(result)).toEqual(['a', 'd']);
  });

  it('needs no complementary suppression when two or more groups are hidden', () => {
    const result = suppressSmallGroups([group('a', 40), group('b', 3), group('c', 2), group('d', 12)], 5, blank);
    expect(visible(result)).toEqual(['a', 'd']);
  });

  it('hides a lone group smaller than k', () => {
    expect(suppressSmallGroups([group('a', 4)], 5, blank)).toEqual([{ key: 'a', count: null, suppressed: true, rate: null }]);
  });

  it('leaves everything visible when every group reaches k, and k = 1 suppresses nothing', () => {
    expect(visible(suppressSmallGroups([group('a', 5), group('b', 6)], 5, blank))).toEqual(['a', 'b']);
    expect(visible(suppressSmallGroups([group('a', 1), group('b', 2)], 1, blank))).toEqual(['a', 'b']);
  });

  it('does not change its input', () => {
    const input = [group('a', 1), group('b', 10)];
    suppressSmallGroups(input, 5, blank);
    expect(input).toEqual([group('a', 1), group('b', 10)]);
  });
});
