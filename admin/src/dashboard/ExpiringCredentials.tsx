import { List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Link, useGetList } from 'react-admin';
import { humanize } from '../common/choices';
import { ExpiryChip } from '../common/ExpiryChip';
import { filteredListUrl } from '../common/links';
import { Count, Widget } from './Widget';
import { useTotals } from './useTotals';

const SOONEST = { field: 'expiresOn', order: 'ASC' as const };

/** Credentials expired or expiring soon, with the five soonest: the renewal worklist at a glance. */
export const ExpiringCredentials = () => {
  const totals = useTotals('credentials', { now: { expiringWithinDays: 0, current: true }, within30: { expiringWithinDays: 30, current: true }, within60: { expiringWithinDays: 60, current: true } });
  const soonest = useGetList('credentials', { filter: { expiringWithinDays: 60, current: true }, sort: SOONEST, pagination: { page: 1, perPage: 5 } });
  return (
    <Widget
      title="Credentials expiring"
      to={filteredListUrl('credentials', { expiringWithinDays: 60, current: true }, SOONEST)}
      linkText="All within 60 days"
      loading={totals.isPending}
      error={totals.error ?? soonest.error}
      testId="widget-credentials"
    >
      <Stack direction="row" spacing={3} sx={{ mb: 1 }}>
        <Count value={totals.data?.now} label="Expired or due today" to={filteredListUrl('credentials', { expiringWithinDays: 0, current: true }, SOONEST)} tone="error" />
        <Count value={totals.data?.within30} label="Within 30 days" to={filteredListUrl('credentials', { expiringWithinDays: 30, current: true }, SOONEST)} tone="warning" />
        <Count value={totals.data?.within60} label="Within 60 days" to={filteredListUrl('credentials', { expiringWithinDays: 60, current: true }, SOONEST)} />
      </Stack>
      {soonest.data?.length ? (
        <List dense disablePadding>
          {soonest.data.map((c) => (
            <ListItem key={c.id} disableGutters secondaryAction={<ExpiryChip expiresOn={c.expiresOn} expiryState={c.expiryState} />}>
              <ListItemText
                primary={<Link to={`/examiners/${c.examinerId}/show/credentials`}>{c.examiner?.displayName}</Link>}
                secondary={`${humanize(c.kind)} ${c.number}${c.jurisdiction ? ` · ${c.jurisdiction}` : ''}`}
              />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography color="text.secondary">Nothing expires within 60 days.</Typography>
      )}
    </Widget>
  );
};
