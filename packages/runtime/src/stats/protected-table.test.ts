import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkDeidentifiedStatsRequest, crossedDimension } from './deidentified-stats';
import { ProtectedTable, type MonthCell } from './protected-table';

const cells = (rows: Record<string, Record<string, number>>): MonthCell[] =>
  Object.entries(rows).flatMap(([month, row]) => Object.entries(row).map(([key, count]) => ({ month, key: key === '-' ? null : key, count })));

describe('ProtectedTable', () => {
  // Examiners × months: "b" has 2 cases in March, "c" 1 in April (a month of 3 cases in all).
  const table = ProtectedTable.protect(
    cells({
      '2026-01': { a: 12, b: 9, c: 7 },
      '2026-02': { a: 10, b: 8, c: 6 },
      '2026-03': { a: 11, b: 2, c: 9 },
      '2026-04': { a: 2, c: 1 },
    }),
    5,
  );

  it('leaves out months of fewer than k cases and publishes every other month total', () => {
    expect(table.closedMonths).toEqual(['2026-04']);
    expect(table.openMonths).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(table.publishedCount(['2026-03'], null)).toBe(22);
    expect(table.publishedCount(null, null)).toBe(74);
    expect(table.publishedCount(['2026-04'], ['a'])).toBe(0);
  });

  it('suppresses a small cell with a rectangle so that neither its row nor its column gives it away', () => {
    expect(table.publishedCount(['2026-03'], ['b'])).toBeNull();
    // Its month less the other cells, its value's total less the other months: both withheld.
    expect(table.publishedCount(['2026-03'], ['a', 'c'])).toBeNull();
    expect(table.publishedCount(['2026-01', '2026-02'], ['b']) === null || table.publishedCount(null, ['b']) === null).toBe(true);
    expect(table.suppressedCells).toBeGreaterThanOrEqual(4);
  });

  it('answers a sum of published cells, and a published total less published cells, the same however it is asked', () => {
    expect(table.publishedCount(['2026-01'], ['a'])).toBe(12);
    expect(table.publishedCount(['2026-01', '2026-02'], ['a'])).toBe(22);
    expect(table.publishedCount(['2026-01'], ['a', 'b', 'c'])).toBe(28);
    expect(table.publishedCount(['2026-01'], ['a', 'b', 'c', 'unknown'])).toBe(28);
  });

  it('withholds the empty months of a value with a suppressed cell, so a withheld cell looks like an empty one', () => {
    const sparse = ProtectedTable.protect(cells({ '2026-01': { a: 20, b: 2, c: 9 }, '2026-02': { a: 15, b: 6, c: 8 }, '2026-03': { a: 12, c: 1 } }), 5);
    expect(sparse.publishedCount(['2026-03'], ['c'])).toBeNull(); // one case
    expect(sparse.publishedCount(['2026-03'], ['b'])).toBeNull(); // none, withheld alike
    expect(sparse.publishedCount(['2026-03'], null)).toBe(13);
    // An empty cell the published figures determine anyway stays 0.
    const determined = ProtectedTable.protect(cells({ '2026-01': { a: 20, b: 2, c: 9 }, '2026-02': { a: 15, c: 8 }, '2026-03': { a: 12, b: 7, c: 6 } }), 5);
    expect(determined.publishedCount(['2026-02'], ['b'])).toBe(0);
  });

  it('hides a whole month of small cells rather than leave one of them pinned', () => {
    const small = ProtectedTable.protect(cells({ '2026-05': { a: 2, b: 2, c: 2, '-': 1 } }), 5);
    for (const key of ['a', 'b', 'c', null]) expect(small.publishedCount(['2026-05'], [key])).toBeNull();
    expect(small.publishedCount(null, null)).toBe(7);
  });
});

describe('de-identified statistics requests', () => {
  const fields = (run: () => void) => {
    try {
      run();
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      return ((error as GraphQLError).extensions.fields as { field: string }[]).map((f) => f.field);
    }
  };

  it('take whole months, no week, and one dimension besides months', () => {
    expect(fields(() => checkDeidentifiedStatsRequest({ from: '2026-01-01', to: '2026-02-28', examinerId: ['e'] }, ['MONTH', 'EXAMINER']))).toEqual([]);
    expect(fields(() => checkDeidentifiedStatsRequest({ from: '2026-01-02', to: '2026-02-27' }, ['WEEK']))).toEqual(['filter.from', 'filter.to', 'groupBy']);
    expect(fields(() => checkDeidentifiedStatsRequest(undefined, ['EXAMINER', 'STATUS']))).toEqual(['groupBy']);
    expect(fields(() => checkDeidentifiedStatsRequest({ status: ['CLOSED'], clientId: ['c'] }, []))).toEqual(['filter.status']);
  });

  it('name the dimension crossed with months: the grouped one, else the filtered one', () => {
    expect(crossedDimension({ status: ['CLOSED'] }, ['MONTH'])).toBe('STATUS');
    expect(crossedDimension({ status: ['CLOSED'] }, ['STATUS'])).toBe('STATUS');
    expect(crossedDimension(undefined, ['MONTH'])).toBeNull();
  });
});
