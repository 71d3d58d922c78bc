import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useDataProvider, useRecordContext } from 'react-admin';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import { ValueChip } from '../common/StatusChip';
import type { ImePanelDataProvider } from '../dataProvider';

/**
 * The examiner's History tab (administrators): every status change with its reason, newest first, and the audit
 * log's changes to the examiner and what belongs to it (credentials, offices, specialties, conflicts) — who, what,
 * when. A credential's earlier terms are on its own page.
 */
export const ExaminerHistory = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const history = useQuery({
    queryKey: ['examinerHistory', record?.id, record?.version],
    enabled: Boolean(record?.id),
    queryFn: () => dataProvider.getExaminerHistory({ id: String(record!.id) }).then((r) => r.data),
  });
  if (history.isPending) return <Loading />;
  if (history.error) return <Alert severity="error">The history could not be loaded: {(history.error as Error).message}</Alert>;
  const { statusHistory, audit, auditTotal } = history.data;
  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        Status changes
      </Typography>
      {statusHistory.length === 0 ? (
        <Typography color="text.secondary">No status change recorded since status changes were kept.</Typography>
      ) : (
        <Table size="small" aria-label="Status changes">
          <TableHead>
            <TableRow>
              <TableCell>When</TableCell>
              <TableCell>From</TableCell>
              <TableCell>To</TableCell>
              <TableCell>Reason</TableCell>
              <TableCell>By</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {statusHistory.map((change) => (
              <TableRow key={change.id}>
                <TableCell>{formatDateTime(change.changedAt)}</TableCell>
                <TableCell>
                  <ValueChip value={change.fromStatus} />
                </TableCell>
                <TableCell>
                  <ValueChip value={change.toStatus} />
                </TableCell>
                <TableCell>{change.reason ?? '—'}</TableCell>
                <TableCell>{change.changedBy}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="h6" component="h2">
        Changes ({auditTotal})
      </Typography>
      {audit.length === 0 ? (
        <Typography color="text.secondary">No change recorded.</Typography>
      ) : (
        <Table size="small" aria-label="Changes">
          <TableHead>
            <TableRow>
              <TableCell>When</TableCell>
              <TableCell>What</TableCell>
              <TableCell>Who</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {audit.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell>{formatDateTime(entry.at)}</TableCell>
                <TableCell>{humanize(entry.operation.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase())}</TableCell>
                <TableCell>
                  {entry.actorName} ({humanize(entry.actorRole)})
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {auditTotal > audit.length && (
        <Typography variant="body2" color="text.secondary">
          The latest {audit.length} of {auditTotal} are shown.
        </Typography>
      )}
    </Stack>
  );
};
