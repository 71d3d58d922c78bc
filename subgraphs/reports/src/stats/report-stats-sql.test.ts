import { describe, expect, it } from 'vitest';
import { REPORT_STATS_DIMENSIONS, ReportStatsDimension } from './report-stats-dimensions';
import { isNarrowReportFilter, reportStatsSql } from './report-stats-sql';

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
      expect(sql).toMatch(/from reports\.report r (left join .*\n)?where r\.kind = 'IME'/);
    }
  });

  it('judges the claimant copy by the same-day rule, else five days of grace, to the end of the UTC day', () => {
    const { sql } = reportStatsSql({}, [], 10);
    expect(sql).toContain('r.claimant_copy_due_at');
    expect(sql).toContain(`where d.recipient = 'CLAIMANT'`);
  });

  it('binds every filter value as a parameter', () => {
    const { sql, params } = reportStatsSql({ from: '2026-01-01', to: '2026-01-31', status: ['FINAL'], examinerId: ['e'] }, [ReportStatsDimension.EXAMINER], 5);
    expect(params).toEqual(['2026-01-01', '2026-01-31', ['e'], ['FINAL'], 7]);
    expect(sql.split('?').length - 1).toBe(params.length);
  });

  it('gathers the matching reports first only for a narrow filter (a client, an examiner, half a year or less)', () => {
    const today = new Date('2026-11-01T00:00:00Z');
    expect(isNarrowReportFilter({}, today)).toBe(false);
    expect(isNarrowReportFilter({ jurisdiction: ['US-NY'] }, today)).toBe(false);
    expect(isNarrowReportFilter({ from: '2025-11-01' }, today)).toBe(false);
    expect(isNarrowReportFilter({ from: '2026-06-01' }, today)).toBe(true);
    expect(isNarrowReportFilter({ from: '2024-01-01', to: '2024-03-31' }, today)).toBe(true);
    expect(isNarrowReportFilter({ clientId: ['c'] }, today)).toBe(true);
    expect(isNarrowReportFilter({ examinerId: ['e'] }, today)).toBe(true);

    const broad = reportStatsSql({}, [], 10, today).sql;
    expect(broad).not.toContain('filtered');
    expect(broad).toContain(`from reports.report_delivery d where d.recipient = 'CLAIMANT'`);
    const narrow = reportStatsSql({ examinerId: ['e'] }, [], 10, today).sql;
    expect(narrow).toContain('with filtered as materialized');
    expect(narrow).toContain(`from reports.report_delivery d join filtered f on f.id = d.report_id where d.recipient = 'CLAIMANT'`);
  });
});
