import { Card, CardContent, CardHeader, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useGetList, type RaRecord } from 'react-admin';

/** One column of a work list: its heading and what a row shows in it. */
export interface WorkColumn {
  label: string;
  render: (record: RaRecord) => ReactNode;
}

/**
 * A home page's card: the first records of a list the API answers within the role's scope (ten at most), each row
 * leading to its page, and a link to the whole list. Says so when there is nothing, or when the API refused.
 */
export const WorkList = ({
  title,
  testId,
  resource,
  filter,
  sort,
  columns,
  linkTo,
  empty,
  more,
}: {
  title: string;
  testId: string;
  resource: string;
  filter: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' };
  columns: WorkColumn[];
  linkTo: (record: RaRecord) => string;
  empty: string;
  more?: { to: string; label: string };
}) => {
  const { data, total, isPending, error } = useGetList(resource, { filter, sort, pagination: { page: 1, perPage: 10 } });
  return (
    <Card data-testid={testId} variant="outlined">
      <CardHeader title={title} subheader={total !== undefined ? `${total} in all` : undefined} titleTypographyProps={{ variant: 'h6' }} />
      <CardContent sx={{ pt: 0, overflowX: 'auto' }}>
        {error ? (
          <Typography color="error">Not available: {(error as Error).message}</Typography>
        ) : isPending ? (
          <Typography color="text.secondary">Loading…</Typography>
        ) : !data?.length ? (
          <Typography color="text.secondary">{empty}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c.label}>{c.label}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((record, i) => (
                <TableRow key={record.id}>
                  {columns.map((c, j) => (
                    <TableCell key={c.label}>{j === 0 ? <Link to={linkTo(record)}>{c.render(record)}</Link> : c.render(record)}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {more && (
          <Typography sx={{ mt: 1 }}>
            <Link to={more.to}>{more.label}</Link>
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
