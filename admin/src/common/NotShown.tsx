import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { DateField, useRecordContext, type RaRecord } from 'react-admin';
import { useRole } from '../workspaces/byRole';

/**
 * The fields of a record the API refused to the caller's role (an analyst and a claim number): the data provider
 * records them as `_refused` (dataProvider/operations.ts, withRefusedFieldsAsNull), so a page can say so instead of
 * showing a blank that reads as "none".
 */
export const wasRefused = (record: RaRecord | undefined, field: string): boolean => Boolean((record?._refused as string[] | undefined)?.includes(field));

/** "Not shown to analysts" (or to the role at hand), in place of a value the role may not read. */
export const NotShown = () => {
  const role = useRole();
  return (
    <Typography component="span" variant="body2" color="text.secondary" fontStyle="italic" data-testid="not-shown">
      {role === 'ANALYST' ? 'Not shown to analysts' : 'Not shown to your role'}
    </Typography>
  );
};

/** `children`, unless the API refused the record's `field` to this role: then <NotShown />. */
export const ShownIfAllowed = ({ field, children }: { field: string; children: ReactNode }) => {
  const record = useRecordContext();
  return wasRefused(record, field) ? <NotShown /> : <>{children}</>;
};

/**
 * A date the role may read only as its month (an analyst reads `dueMonth` where others read `dueDate`): the date,
 * else the month, else "Not shown to analysts" when the API refused the date and has no month for it.
 */
export const DateOrMonthField = ({ source, monthSource }: { source: string; monthSource?: string }) => {
  const record = useRecordContext();
  if (record?.[source]) return <DateField source={source} />;
  if (monthSource && record?.[monthSource]) return <>{record[monthSource]}</>;
  return wasRefused(record, source) ? <NotShown /> : null;
};
