import { CASE_STATUSES, humanize } from '../common/choices';
import { filteredListUrl } from '../common/links';
import { CountsChart } from './CountsChart';
import { Widget } from './Widget';
import { useTotals } from './useTotals';

const COLOURS: Record<string, string> = { NO_SHOW: '#d32f2f', CANCELLED: '#9e9e9e', CLOSED: '#607d8b', REPORTED: '#2e7d32' };

/** Cases by status; each bar opens the case list filtered to it. */
export const CasesByStatus = () => {
  const { data, isPending, error } = useTotals('cases', Object.fromEntries(CASE_STATUSES.map((status) => [status, { status: [status] }])));
  const bars = CASE_STATUSES.map((status) => ({
    label: humanize(status),
    value: data?.[status] ?? 0,
    to: filteredListUrl('cases', { status: [status] }),
    colour: COLOURS[status],
  }));
  return (
    <Widget title="Cases by status" to="/cases" loading={isPending} error={error} testId="widget-cases">
      <CountsChart bars={bars} horizontal height={260} />
    </Widget>
  );
};
