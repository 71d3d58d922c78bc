import { describe, expect, it } from 'vitest';
import { CASE_STATS_DIMENSIONS, CaseStatsDimension } from './case-stats-dimensions';
import { caseStatsSql } from './case-stats-sql';

const ALL = Object.values(CaseStatsDimension);

describe('case statistics SQL', () => {
  it('maps every dimension to a column of the case (periods of the request date, UTC) and a group field', () => {
    expect(CASE_STATS_DIMENSIONS.MONTH.group).toBe(`date_trunc('month', (c.created_at at time zone 'UTC'))`);
    expect(CASE_STATS_DIMENSIONS.SPECIALTY).toEqual({ group: 'c.required_specialty_code', field: 'specialtyCode' });
    expect(CASE_STATS_DIMENSIONS.EXAMINER).toEqual({ group: 'c.examiner_id', field: 'examinerId' });
    expect(new Set(ALL.map((d) => CASE_STATS_DIMENSIONS[d].field)).size).toBe(ALL.length);
  });

  it('never reads a claimant or representative column, whatever is grouped or filtered', () => {
    for (const a of ALL) {
      for (const b of ALL.filter((d) => d !== a)) {
        const { sql } = caseStatsSql({ from: '2026-01-01', to: '2026-12-31', clientId: ['x'], status: ['CLOSED'] }, [a, b], 10);
        expect(sql).not.toMatch(/claimant_|representative_|employer_name|claim_number/);
      }
    }
  });

  it('binds every filter value as a parameter, in order, with the group limit last', () => {
    const { sql, params } = caseStatsSql(
      { from: '2026-01-01', to: '2026-01-31', clientId: ['c1'], jurisdiction: ['US-NY'], lineOfBusiness: ['AUTO'], specialtyCode: ['NEURO'], examinerId: ['e1'], status: ['CLOSED'] },
      [CaseStatsDimension.MONTH],
      100,
    );
    expect(params).toEqual(['2026-01-01', '2026-01-31', ['c1'], ['US-NY'], ['AUTO'], ['NEURO'], ['e1'], ['CLOSED'], 102]);
    expect(sql.split('?').length - 1).toBe(params.length);
    expect(sql).not.toContain('US-NY');
  });

  it('computes the percentiles and rates in the statement', () => {
    const { sql } = caseStatsSql({}, [], 10);
    expect(sql).toContain(`percentile_cont(array[0.5, 0.9]::float8[]) within group (order by date_part('epoch', c.assigned_at - c.created_at) / 86400) as days_to_assignment`);
    expect(sql).toContain('as no_show_rate');
    expect(sql).toContain(`no_show as (select distinct a.case_id from cases.appointment a where a.status = 'NO_SHOW')`);
    expect(sql).not.toContain('limit');
  });

  it('probes no-shows per case for examiners (a few cases each) and hashes the whole set otherwise', () => {
    expect(caseStatsSql({ examinerId: ['e'] }, [], 10).sql).toContain(
      `left join lateral (select a.case_id from cases.appointment a where a.case_id = c.id and a.status = 'NO_SHOW' limit 1) ns on true`,
    );
    expect(caseStatsSql({ examinerId: ['e'] }, [], 10).sql).not.toContain('with no_show');
    expect(caseStatsSql({ clientId: ['c'] }, [], 10).sql).toContain('left join no_show ns on ns.case_id = c.id');
  });
});
