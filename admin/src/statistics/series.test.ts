import { describe, expect, it } from 'vitest';
import { dimensionNamed, formatMeasure, monthBounds } from './measures';
import { chartRows, toSeries } from './series';

const jurisdiction = dimensionNamed('JURISDICTION');

describe('toSeries', () => {
  const groups = [
    { month: '2026-01', jurisdiction: 'US-NY', suppressed: false, count: 12, medianDaysToExam: 20 },
    { month: '2026-02', jurisdiction: 'US-NY', suppressed: false, count: 9, medianDaysToExam: 18.5 },
    { month: '2026-01', jurisdiction: 'US-CA', suppressed: true, count: null, medianDaysToExam: null },
    { month: '2026-02', jurisdiction: 'US-CA', suppressed: false, count: 7, medianDaysToExam: null },
    { month: '2026-02', jurisdiction: 'US-WA', suppressed: false, count: 30, medianDaysToExam: 11 },
  ];

  it('draws one line per value over the months, largest first, suppressed kept as suppressed', () => {
    const series = toSeries(groups, jurisdiction, 'medianDaysToExam');
    expect(series.months).toEqual(['2026-01', '2026-02']);
    expect(series.lines.map((l) => [l.key, l.total])).toEqual([
      ['US-WA', 30],
      ['US-NY', 21],
      ['US-CA', 7],
    ]);
    const ca = series.lines.find((l) => l.key === 'US-CA')!;
    expect(ca.points).toEqual({ '2026-01': 'suppressed', '2026-02': null });
  });

  it('leaves suppressed and unmeasured months as gaps in the chart, never zeros', () => {
    const rows = chartRows(toSeries(groups, jurisdiction, 'medianDaysToExam'));
    expect(rows[0]).toEqual({ month: '2026-01', 'US-WA': null, 'US-NY': 20, 'US-CA': null });
    expect(rows[1]).toEqual({ month: '2026-02', 'US-WA': 11, 'US-NY': 18.5, 'US-CA': null });
  });

  it('keeps only the largest lines in the chart and counts the rest', () => {
    const series = toSeries(groups, jurisdiction, 'count', 2);
    expect(series.lines.map((l) => l.key)).toEqual(['US-WA', 'US-NY']);
    expect(series.hidden).toBe(1);
  });

  it('draws a single line without a dimension', () => {
    const series = toSeries([{ month: '2026-01', suppressed: false, count: 5 }], null, 'count');
    expect(series.lines).toEqual([{ key: 'all', title: 'All', total: 5, points: { '2026-01': 5 } }]);
  });
});

describe('monthBounds and formatMeasure', () => {
  it('asks whole months: the first day of the first, the last day of the last (leap years too)', () => {
    expect(monthBounds('2026-01', '2028-02')).toEqual({ from: '2026-01-01', to: '2028-02-29' });
    expect(monthBounds('', '2026-11')).toEqual({ to: '2026-11-30' });
    expect(monthBounds('bad', '')).toEqual({});
  });

  it('formats rates as percentages and withheld figures as a dash', () => {
    expect(formatMeasure(0.1234, 'rate')).toBe('12.3 %');
    expect(formatMeasure(12.345, 'days')).toBe('12.3');
    expect(formatMeasure(null, 'count')).toBe('—');
  });
});
