import { describe, expect, it } from 'vitest';
import { StatsExportError, statsCsv, statsExportRequest } from './stats-export';

describe('statsExportRequest', () => {
  it('turns query parameters into caseStats variables, lists from repeated or comma-separated values', () => {
    const request = statsExportRequest(
      'cases',
      new URLSearchParams('groupBy=MONTH,CLIENT&from=2026-01-01&to=2026-03-31&jurisdiction=US-NY&jurisdiction=US-CA,US-WA&status=CLOSED&limit=500'),
    );
    expect(request.variables).toEqual({
      filter: { from: '2026-01-01', to: '2026-03-31', jurisdiction: ['US-NY', 'US-CA', 'US-WA'], status: ['CLOSED'] },
      groupBy: ['MONTH', 'CLIENT'],
      limit: 500,
    });
    expect(request.query).toContain('caseStats(filter: $filter, groupBy: $groupBy, limit: $limit)');
    expect(request.query).toContain('clientId client { name }');
    expect(request.columns.map((c) => c.header)).toEqual([
      'scope', 'month', 'clientId', 'clientName', 'suppressed', 'count', 'medianDaysToAssignment', 'p90DaysToAssignment',
      'medianDaysToExam', 'p90DaysToExam', 'noShowRate', 'cancellationRate', 'chargeableCancellationRate', 'nonChargeableCancellationRate',
    ]);
  });

  it('asks only for the names of the dimensions grouped by', () => {
    const request = statsExportRequest('reports', new URLSearchParams('groupBy=JURISDICTION'));
    expect(request.query).toContain('reportStats(filter: $filter, groupBy: $groupBy)');
    expect(request.query).not.toContain('displayName');
    expect(request.variables).toEqual({ filter: {}, groupBy: ['JURISDICTION'] });
  });

  it('refuses unknown parameters, unknown dimensions and a non-numeric limit', () => {
    expect(() => statsExportRequest('cases', new URLSearchParams('groupby=MONTH'))).toThrow(StatsExportError);
    expect(() => statsExportRequest('cases', new URLSearchParams('groupBy=YEAR'))).toThrow(/Unknown groupBy dimension YEAR/);
    expect(() => statsExportRequest('cases', new URLSearchParams('limit=ten'))).toThrow(/limit/);
  });
});

describe('statsCsv', () => {
  it('writes the overall row first, then the groups, flattening addendum rates by reason', () => {
    const request = statsExportRequest('reports', new URLSearchParams('groupBy=EXAMINER'));
    const measures = { medianTurnaroundDays: 7, p90TurnaroundDays: 12.5, onTimeRate: 0.9, addendumRate: 0.1, claimantCopyOnTimeRate: 1 };
    const rates = [{ reason: 'LATE_RECORDS', rate: 0.05 }, { reason: 'CORRECTION', rate: 0.05 }];
    const csv = statsCsv(request, {
      reportStats: {
        overall: { suppressed: false, count: 12, ...measures, addendumRates: rates },
        groups: [
          { examinerId: 'e1', examiner: { displayName: 'Ada Lovelace, MD' }, suppressed: false, count: 9, ...measures, addendumRates: rates },
          { examinerId: 'e2', examiner: { displayName: 'Bo Smith' }, suppressed: true, count: null, addendumRates: null },
        ],
      },
    });
    expect(csv.split('\r\n')).toEqual([
      'scope,examinerId,examinerName,suppressed,count,medianTurnaroundDays,p90TurnaroundDays,onTimeRate,addendumRate,addendumRate:LATE_RECORDS,addendumRate:QUESTION_NOT_ANSWERED,addendumRate:CLIENT_REQUEST,addendumRate:CORRECTION,claimantCopyOnTimeRate',
      'overall,,,false,12,7,12.5,0.9,0.1,0.05,,,0.05,1',
      'group,e1,"Ada Lovelace, MD",false,9,7,12.5,0.9,0.1,0.05,,,0.05,1',
      'group,e2,Bo Smith,true,,,,,,,,,,',
      '',
    ]);
  });
});
