import { Alert, Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, usePermissions } from 'react-admin';
import { humanize } from '../../common/choices';
import type { ImePanelDataProvider } from '../../dataProvider';

/**
 * The examiner's declared conflicts (docs/security.md: parties are kept only as keyed hashes, so the table shows
 * the kind of party and, for organisations, their label). Eligibility skips the cases they touch.
 */
export const MyConflicts = () => {
  const { permissions } = usePermissions<{ examinerId?: string | null }>();
  const examinerId = permissions?.examinerId;
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const { data, isPending, error } = useQuery({
    queryKey: ['myConflicts', examinerId],
    queryFn: () => dataProvider.getConflicts({ examinerId: examinerId! }).then((r) => r.data),
    enabled: Boolean(examinerId),
  });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="My conflicts" />
      <Card variant="outlined">
        <CardContent sx={{ overflowX: 'auto' }}>
          <Typography sx={{ mb: 2 }}>
            The parties you declared a conflict with. You are not proposed for a case that involves one of them while the conflict lasts. To declare
            a new one or end one, write to the panel's administrators.
          </Typography>
          {!examinerId ? (
            <Alert severity="info">Your account is not linked to an examiner profile.</Alert>
          ) : error ? (
            <Alert severity="error">Not available: {(error as Error).message}</Alert>
          ) : isPending ? (
            <Typography color="text.secondary">Loading…</Typography>
          ) : !data?.length ? (
            <Typography color="text.secondary">No conflict declared.</Typography>
          ) : (
            <Table size="small" data-testid="my-conflicts">
              <TableHead>
                <TableRow>
                  <TableCell>Party</TableCell>
                  <TableCell>Reason</TableCell>
                  <TableCell>From</TableCell>
                  <TableCell>Until</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((c: any) => (
                  <TableRow key={c.id}>
                    <TableCell>{`${humanize(c.partyType)}${c.partyLabel ? `: ${c.partyLabel}` : ''}`}</TableCell>
                    <TableCell>{c.reason}</TableCell>
                    <TableCell>{c.startsOn ?? '—'}</TableCell>
                    <TableCell>{c.endsOn ?? 'open'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
