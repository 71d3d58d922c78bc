import { describe, expect, it } from 'vitest';
import { REPORT_STATS_DIMENSIONS, ReportStatsDimension } from './report-stats-dimensions';
import { reportStatsSql } from './report-stats-sql';

const ALL = Object.values(ReportStatsDimension);

describe('report statistics SQL', () => {
  it('groups by the case facts copied onto the report, periods of the exam date', () => {
    expect(REPORT_STATS_DIMENSIONS.MONTH.group).toBe(`date_trunc('month', r.exam_date::timestamp)`);
    expect(REPORT_STATS_DIMENSIONS.CLIENT).toEqual({ group: 'r.client_id', field: 'clientId' });
    expect(REPORT_STATS_DIMENSIONS.STATUS).toEqual({ group: 'r.status', field: 'status' });
  });

  it('reads only the reports schema, and counts IME reports (addenda count towards their parent)', () => {
    for (const a of ALL) {
      const { sql } = reportStatsSql({ clientId: ['x'] }, [a], 10);
      expect(sql).not.toMatch(/cases\.|examiners\./);
      expect(sql).toContain(`from reports.report r where r.kind = 'IME'`);
    }
  });

  it('judges the claimant copy by the same-day rule, else five days of grace, to the end of the UTC day', () => {
    const { sql } = reportStatsSql({}, [], 10);
    expect(sql).toContain(`(((r.finalised_at at time zone 'UTC')::date + case when r.report_same_day then 1 else 6 end)::timestamp at time zone 'UTC')`);
    expect(sql).toContain(`where d.recipient = 'CLAIMANT'`);
  });

  it('binds every filter value as a parameter', () => {
    const { sql, params } = reportStatsSql({ from: '2026-01-01', to: '2026-01-31', status: ['FINAL'], examinerId: ['e'] }, [ReportStatsDimension.EXAMINER], 5);
    expect(params).toEqual(['2026-01-01', '2026-01-31', ['e'], ['FINAL'], 7]);
    expect(sql.split('?').length - 1).toBe(params.length);
  });
});
