import { Stack } from '@mui/material';
import { EXAMINER_STATUSES, humanize } from '../common/choices';
import { filteredListUrl } from '../common/links';
import { Count, Widget } from './Widget';
import { useTotals } from './useTotals';

const TONES: Record<string, 'success' | 'warning' | 'error' | undefined> = { ACTIVE: 'success', PENDING_REVIEW: 'warning', SUSPENDED: 'error' };

/** Panel size by status; each count opens the examiner list filtered to it. */
export const PanelByStatus = () => {
  const { data, isPending, error } = useTotals('examiners', {
    all: {},
    ...Object.fromEntries(EXAMINER_STATUSES.map((status) => [status, { status: [status] }])),
  });
  return (
    <Widget title="Examiner panel" to="/examiners" loading={isPending} error={error} testId="widget-panel">
      <Stack direction="row" useFlexGap spacing={3} sx={{ flexWrap: 'wrap' }}>
        <Count value={data?.all} label="Examiners" to="/examiners" />
        {EXAMINER_STATUSES.map((status) => (
          <Count key={status} value={data?.[status]} label={humanize(status)} to={filteredListUrl('examiners', { status: [status] })} tone={TONES[status]} />
        ))}
      </Stack>
    </Widget>
  );
};
