import { describe, expect, it } from 'vitest';
import {
  StatsConditions,
  buildStatsSql,
  medianAndP90,
  monthOf,
  rate,
  sizedMedianAndP90,
  sizedRate,
  statsDimensions,
  weekOf,
  withheldSmallMeasures,
  type StatsColumns,
} from './stats-sql';

describe('period dimensions', () => {
  it('bucket timestamps by their UTC month and ISO week', () => {
    const month = monthOf({ timestamptz: 'c.created_at' });
    expect(month.group).toBe(`date_trunc('month', (c.created_at at time zone 'UTC'))`);
    expect(month.label!(month.group)).toBe(`to_char(date_trunc('month', (c.created_at at time zone 'UTC')), 'YYYY-MM')`);
    const week = weekOf({ timestamptz: 'c.created_at' });
    expect(week.label!('x')).toBe(`to_char(x, 'IYYY-"W"IW')`);
  });

  it('bucket date columns without a time zone', () => {
    expect(monthOf({ date: 'r.exam_date' }).group).toBe(`date_trunc('month', r.exam_date::timestamp)`);
  });
});

describe('StatsConditions', () => {
  it('binds every value as a parameter and skips absent or empty filters', () => {
    const where = new StatsConditions()
      .anyOf('c.jurisdiction', ['US-NY', 'US-NY', `x'); drop table y; --`])
      .anyOf('c.status', [])
      .anyOf('c.client_id', undefined)
      .withinDays('c.created_at', '2026-01-01', '2026-01-31')
      .betweenDates('r.exam_date', null, '2026-02-01');
    expect(where.conditions).toEqual([
      'c.jurisdiction in (?)',
      `c.created_at >= (?::date)::timestamp at time zone 'UTC'`,
      `c.created_at < ((?::date) + 1)::timestamp at time zone 'UTC'`,
      'r.exam_date <= ?::date',
    ]);
    expect(where.params).toEqual([['US-NY', `x'); drop table y; --`], '2026-01-01', '2026-01-31', '2026-02-01']);
  });
});

describe('buildStatsSql', () => {
  const measures = ['count(*)::int as count'];

  it('answers one overall row when nothing is grouped', () => {
    const { sql, params } = buildStatsSql({ table: 'cases.ime_case', alias: 'c', where: new StatsConditions(), dimensions: [], measures, limit: 10 });
    expect(sql).toBe('select true as is_overall,\n  count(*)::int as count\nfrom cases.ime_case c');
    expect(params).toEqual([]);
  });

  it('groups by grouping sets so the overall row comes first, ordered by the keys, one extra row to detect truncation', () => {
    const where = new StatsConditions().anyOf('c.status', ['CLOSED']);
    const { sql, params } = buildStatsSql({
      with: ['no_show as (select 1)'],
      table: 'cases.ime_case',
      alias: 'c',
      where,
      dimensions: [monthOf({ timestamptz: 'c.created_at' }), { group: 'c.jurisdiction' }],
      measures,
      limit: 100,
    });
    expect(sql).toContain('with no_show as (select 1)');
    expect(sql).toContain(`to_char(date_trunc('month', (c.created_at at time zone 'UTC')), 'YYYY-MM') as k0`);
    expect(sql).toContain('c.jurisdiction as k1');
    expect(sql).toContain(`grouping(date_trunc('month', (c.created_at at time zone 'UTC'))) = 1 as is_overall`);
    expect(sql).toContain(`group by grouping sets ((date_trunc('month', (c.created_at at time zone 'UTC')), c.jurisdiction), ())`);
    expect(sql).toContain('order by is_overall desc');
    expect(sql).toMatch(/where c\.status in \(\?\)\n/);
    expect(sql.endsWith('limit ?')).toBe(true);
    expect(params).toEqual([['CLOSED'], 102]);
  });

  it('refuses more than two dimensions', () => {
    const d = { group: 'x' };
    expect(() => buildStatsSql({ table: 't', alias: 't', where: new StatsConditions(), dimensions: [d, d, d], measures, limit: 1 })).toThrow(RangeError);
  });

  it('can gather the filtered rows first, so joined lookups shrink with the filter', () => {
    const { sql, params } = buildStatsSql({
      table: 'reports.report',
      alias: 'r',
      filteredColumns: ['id', 'status'],
      with: ['cc as (select d.report_id from reports.report_delivery d join filtered f on f.id = d.report_id)'],
      joins: 'left join cc on cc.report_id = r.id',
      where: new StatsConditions().add(`r.kind = 'IME'`).anyOf('r.status', ['FINAL']),
      dimensions: [{ group: 'r.status' }],
      measures,
      limit: 5,
    });
    expect(sql).toMatch(
      /^with filtered as materialized \(select r\.id, r\.status from reports\.report r where r\.kind = 'IME'\n  and r\.status in \(\?\)\),\ncc as/,
    );
    expect(sql).toContain('from filtered r left join cc on cc.report_id = r.id\ngroup by');
    expect(params).toEqual([['FINAL'], 7]);
  });
});

describe('measure helpers', () => {
  it('computes both percentiles in one ordered-set aggregate and rates with a null for an empty denominator', () => {
    expect(medianAndP90('x', 'days')).toBe('percentile_cont(array[0.5, 0.9]::float8[]) within group (order by x) as days');
    expect(rate('a', 'b', 'r')).toBe('(count(*) filter (where a))::float8 / nullif(count(*) filter (where b), 0) as r');
  });
});

describe('statistics over a table’s columns', () => {
  const columns = (period: StatsColumns['period']): StatsColumns => ({
    period, status: 't.status', jurisdiction: 't.jurisdiction', lineOfBusiness: 't.lob', specialtyCode: 't.specialty', clientId: 't.client_id', examinerId: 't.examiner_id',
  });

  it('filter the period by whole UTC days of a timestamptz, or by dates, then each list in a fixed order', () => {
    const criteria = { from: '2026-01-01', to: '2026-01-31', status: ['CLOSED'], clientId: ['c'], jurisdiction: [] };
    const stamped = new StatsConditions().matching(criteria, columns({ timestamptz: 't.created_at' }));
    expect(stamped.conditions).toEqual([
      `t.created_at >= (?::date)::timestamp at time zone 'UTC'`,
      `t.created_at < ((?::date) + 1)::timestamp at time zone 'UTC'`,
      't.client_id in (?)',
      't.status in (?)',
    ]);
    expect(stamped.params).toEqual(['2026-01-01', '2026-01-31', ['c'], ['CLOSED']]);
    expect(new StatsConditions().matching({ to: '2026-02-01' }, columns({ date: 't.exam_date' })).conditions).toEqual(['t.exam_date <= ?::date']);
  });

  it('group every dimension by its column, the key in the group field named like the filter', () => {
    const dimensions = statsDimensions(columns({ date: 't.exam_date' }));
    expect(dimensions.WEEK.group).toBe(`date_trunc('week', t.exam_date::timestamp)`);
    expect(dimensions.LINE_OF_BUSINESS).toEqual({ group: 't.lob', field: 'lineOfBusiness' });
    expect(Object.values(dimensions).map((d) => d.field)).toEqual(['month', 'week', 'status', 'jurisdiction', 'lineOfBusiness', 'specialtyCode', 'clientId', 'examinerId']);
  });
});

describe('measures of de-identified statistics', () => {
  it('carry the counts they rest on, and are withheld when one of them is 1 to k − 1', () => {
    expect(sizedRate('a', 'b', 'r')).toEqual([rate('a', 'b', 'r'), '(count(*) filter (where a))::int as r__n', '(count(*) filter (where b))::int as r__d']);
    expect(sizedMedianAndP90('x', 'days')).toEqual([medianAndP90('x', 'days'), 'count(x)::int as days__n']);
    const row = { r: 0.25, r__n: 1, r__d: 4, s: 0, s__n: 0, s__d: 6, t: 0.9, t__n: 9, t__d: 10, days: [2, 3], days__n: 4, long: [1, 2], long__n: 5 };
    expect(withheldSmallMeasures(row, 5)).toEqual({ ...row, r: null, t: null, days: null });
  });
});
