import { List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Link, useGetList } from 'react-admin';
import { daysFromToday } from '../common/dates';
import { filteredListUrl } from '../common/links';
import { Count, Widget } from './Widget';
import { useTotals } from './useTotals';

const OVERDUE_FIRST = { field: 'dueDate', order: 'ASC' as const };

/** Reports past due and not yet final, most overdue first. */
export const OverdueReports = () => {
  const totals = useTotals('reports', { overdue: { overdue: true }, inProgress: { status: ['DRAFT', 'SUBMITTED', 'IN_QA', 'CHANGES_REQUESTED'] } });
  const oldest = useGetList('reports', { filter: { overdue: true }, sort: OVERDUE_FIRST, pagination: { page: 1, perPage: 5 } });
  return (
    <Widget
      title="Reports overdue"
      to={filteredListUrl('reports', { overdue: true }, OVERDUE_FIRST)}
      linkText="All overdue"
      loading={totals.isPending}
      error={totals.error ?? oldest.error}
      testId="widget-reports"
    >
      <Stack direction="row" spacing={3} sx={{ mb: 1 }}>
        <Count value={totals.data?.overdue} label="Overdue" to={filteredListUrl('reports', { overdue: true }, OVERDUE_FIRST)} tone={totals.data?.overdue ? 'error' : 'success'} />
        <Count
          value={totals.data?.inProgress}
          label="In progress"
          to={filteredListUrl('reports', { status: ['DRAFT', 'SUBMITTED', 'IN_QA', 'CHANGES_REQUESTED'] }, OVERDUE_FIRST)}
        />
      </Stack>
      {oldest.data?.length ? (
        <List dense disablePadding>
          {oldest.data.map((r) => (
            <ListItem key={r.id} disableGutters>
              <ListItemText
                primary={<Link to={`/reports/${r.id}/show`}>{r.case?.referenceNumber}</Link>}
                secondary={`${r.examiner?.displayName} · due ${r.dueDate} (${-daysFromToday(r.dueDate)} days late)`}
              />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography color="text.secondary">No report is overdue.</Typography>
      )}
    </Widget>
  );
};
