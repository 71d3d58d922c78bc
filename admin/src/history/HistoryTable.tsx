import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading } from 'react-admin';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import type { AuditPage } from '../dataProvider/history';
import { describeOperation } from './operations';

/** One line of a record's history: when, what happened, who did it, and anything more (a reason, a status change). */
export interface HistoryRow {
  id: string;
  at: string | null | undefined;
  what: ReactNode;
  who: string | null | undefined;
  details?: ReactNode;
}

/** One part of a record's history (status changes, earlier terms, the audit log's entries …). */
export interface HistorySection {
  title: string;
  rows: HistoryRow[];
  /** Said when there is no row. */
  empty: string;
  /** How many there are in all, when only the latest rows are shown. */
  total?: number;
  /** Without a Details column (the audit log has none to give). */
  withoutDetails?: boolean;
}

/**
 * The one history table of the console (docs/console.md, "History"): every History tab — examiner, credential,
 * case, report — and the reputation weights' changes show their parts with it, newest first.
 */
export const HistoryTable = ({ section }: { section: HistorySection }) => {
  const { title, rows, empty, total, withoutDetails } = section;
  const sorted = [...rows].sort((a, b) => String(b.at ?? '').localeCompare(String(a.at ?? '')));
  return (
    <Stack spacing={1} component="section" aria-label={title}>
      <Typography variant="h6" component="h2">
        {title}
        {total !== undefined && total > 0 ? ` (${total})` : ''}
      </Typography>
      {sorted.length === 0 ? (
        <Typography color="text.secondary">{empty}</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>When</TableCell>
              <TableCell>What</TableCell>
              <TableCell>Who</TableCell>
              {!withoutDetails && <TableCell>Details</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((row) => (
              <TableRow key={row.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.at) || '—'}</TableCell>
                <TableCell>{row.what}</TableCell>
                <TableCell>{row.who || '—'}</TableCell>
                {!withoutDetails && <TableCell>{row.details ?? ''}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {total !== undefined && total > sorted.length && (
        <Typography variant="body2" color="text.secondary">
          The latest {sorted.length} of {total} are shown.
        </Typography>
      )}
    </Stack>
  );
};

/** The audit log's entries as history rows: the mutation in words, by whom (name and role), when. */
export function auditSection(page: AuditPage, title = 'Changes'): HistorySection {
  return {
    title,
    total: page.total,
    empty: 'No change recorded in the audit log.',
    withoutDetails: true,
    rows: page.items.map((entry) => ({
      id: entry.id,
      at: entry.at,
      what: describeOperation(entry.operation),
      who: `${entry.actorName} (${humanize(entry.actorRole)})`,
    })),
  };
}

/**
 * A History tab: loads the record's history once (again when the record's version changes) and shows each part
 * with HistoryTable; says so when it is loading or could not be loaded, never an empty history instead.
 */
export function RecordHistory({ queryKey, load }: { queryKey: unknown[]; load: () => Promise<HistorySection[]> }) {
  const history = useQuery({ queryKey, queryFn: load });
  if (history.isPending) return <Loading loadingPrimary="Loading the history" loadingSecondary="" />;
  if (history.error) return <Alert severity="error">The history could not be loaded: {(history.error as Error).message}</Alert>;
  return (
    <Stack spacing={3} sx={{ width: '100%' }}>
      {history.data.map((section) => (
        <HistoryTable key={section.title} section={section} />
      ))}
    </Stack>
  );
}

/** "From → To" of a status change, as chips' words. */
export const statusChange = (from: string | null | undefined, to: string | null | undefined) =>
  to ? `${humanize(from) || '—'} → ${humanize(to)}` : '';
