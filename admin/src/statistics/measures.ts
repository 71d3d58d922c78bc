/**
 * What the Statistics page can show: the measures of `caseStats` and `reportStats` and the dimensions a
 * question may cross months with (docs/statistics.md: an analyst crosses months with one other dimension at most).
 */
export type StatsKind = 'cases' | 'reports';
export type MeasureFormat = 'count' | 'days' | 'rate';

export interface Measure {
  field: string;
  label: string;
  format: MeasureFormat;
}

export const MEASURES: Record<StatsKind, Measure[]> = {
  cases: [
    { field: 'count', label: 'Cases requested', format: 'count' },
    { field: 'medianDaysToAssignment', label: 'Median days to assignment', format: 'days' },
    { field: 'p90DaysToAssignment', label: '90th percentile days to assignment', format: 'days' },
    { field: 'medianDaysToExam', label: 'Median days to exam', format: 'days' },
    { field: 'p90DaysToExam', label: '90th percentile days to exam', format: 'days' },
    { field: 'noShowRate', label: 'No-show rate', format: 'rate' },
    { field: 'cancellationRate', label: 'Cancellation rate', format: 'rate' },
    { field: 'chargeableCancellationRate', label: 'Chargeable cancellation rate', format: 'rate' },
  ],
  reports: [
    { field: 'count', label: 'Reports (by exam month)', format: 'count' },
    { field: 'medianTurnaroundDays', label: 'Median turnaround (days from exam to final report)', format: 'days' },
    { field: 'onTimeRate', label: 'On-time rate', format: 'rate' },
    { field: 'addendumRate', label: 'Addendum rate', format: 'rate' },
    { field: 'claimantCopyOnTimeRate', label: 'Claimant copy on time', format: 'rate' },
  ],
};

export interface Dimension {
  name: string;
  label: string;
  /** The group's fields that name its value, as selected from the API. */
  selection: string;
  /** The value's key and what a reader sees for it. */
  key: (group: Record<string, any>) => string;
  title: (group: Record<string, any>) => string;
}

export const DIMENSIONS: Dimension[] = [
  { name: 'JURISDICTION', label: 'Jurisdiction', selection: 'jurisdiction', key: (g) => g.jurisdiction ?? '', title: (g) => g.jurisdiction ?? '—' },
  {
    name: 'SPECIALTY',
    label: 'Specialty',
    selection: 'specialtyCode specialty { name }',
    key: (g) => g.specialtyCode ?? '',
    title: (g) => g.specialty?.name ?? g.specialtyCode ?? '—',
  },
  { name: 'CLIENT', label: 'Client', selection: 'clientId client { name }', key: (g) => g.clientId ?? '', title: (g) => g.client?.name ?? g.clientId ?? '—' },
  {
    name: 'EXAMINER',
    label: 'Examiner',
    selection: 'examinerId examiner { displayName }',
    key: (g) => g.examinerId ?? '',
    title: (g) => g.examiner?.displayName ?? g.examinerId ?? '—',
  },
  { name: 'LINE_OF_BUSINESS', label: 'Line of business', selection: 'lineOfBusiness', key: (g) => g.lineOfBusiness ?? '', title: (g) => g.lineOfBusiness ?? '—' },
];

export const dimensionNamed = (name: string | null) => DIMENSIONS.find((d) => d.name === name) ?? null;

export function formatMeasure(value: number | null | undefined, format: MeasureFormat): string {
  if (value === null || value === undefined) return '—';
  if (format === 'rate') return `${(value * 100).toFixed(1)} %`;
  if (format === 'days') return value.toFixed(1);
  return String(value);
}

/** A month input's value ("2026-03") as the first or the last day of that month, as analysts must ask. */
export function monthBounds(from: string, to: string): { from?: string; to?: string } {
  const bounds: { from?: string; to?: string } = {};
  if (/^\d{4}-\d{2}$/.test(from)) bounds.from = `${from}-01`;
  if (/^\d{4}-\d{2}$/.test(to)) {
    const [year, month] = to.split('-').map(Number);
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    bounds.to = `${to}-${String(lastDay).padStart(2, '0')}`;
  }
  return bounds;
}
