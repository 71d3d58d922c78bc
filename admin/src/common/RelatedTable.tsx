import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, Pagination, ReferenceManyField, type SortPayload } from 'react-admin';
import { ListLoadError } from './LoadError';

/**
 * A show page's table of the records that refer to it (an examiner's cases, a specialty's examiners): ten a page,
 * a row opens its record, and a quiet line says when there is none — only when there is none: a table that could
 * not be read says so (LoadError).
 */
export const RelatedTable = ({
  reference,
  target,
  source,
  sort,
  empty,
  children,
}: {
  reference: string;
  target: string;
  /** The shown record's field the target matches (its id unless told). */
  source?: string;
  sort: SortPayload;
  empty: string;
  children: ReactNode;
}) => (
  <ReferenceManyField
    reference={reference}
    target={target}
    source={source}
    perPage={10}
    pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
    sort={sort}
    error={<ListLoadError />}
  >
    <DataTable bulkActionButtons={false} rowClick="show" empty={<Typography color="text.secondary">{empty}</Typography>}>
      {children}
    </DataTable>
  </ReferenceManyField>
);
