import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { humanize } from './choices';

type Colour = ChipProps['color'];

/** One colour language across the console: green is good to go, amber needs attention, red is stopped. */
const COLOURS: Record<string, Colour> = {
  ACTIVE: 'success',
  PENDING_REVIEW: 'warning',
  SUSPENDED: 'error',
  RETIRED: 'default',
  VERIFIED: 'success',
  UNVERIFIED: 'warning',
  REJECTED: 'error',
  EXPIRED: 'error',
  EXPIRING: 'warning',
  VALID: 'success',
  NO_EXPIRY: 'default',
  REQUESTED: 'info',
  PANEL_PROPOSED: 'info',
  ASSIGNED: 'info',
  SCHEDULED: 'primary',
  EXAMINED: 'primary',
  REPORTED: 'success',
  CLOSED: 'default',
  CANCELLED: 'default',
  NO_SHOW: 'error',
  DRAFT: 'default',
  SUBMITTED: 'info',
  IN_QA: 'info',
  CHANGES_REQUESTED: 'warning',
  FINAL: 'success',
  DELIVERED: 'success',
  URGENT: 'error',
  EXPEDITED: 'warning',
  ROUTINE: 'default',
};

export const ValueChip = ({ value, label, ...props }: { value: string | null | undefined; label?: string } & Omit<ChipProps, 'label'>) =>
  value ? <Chip size="small" color={COLOURS[value] ?? 'default'} label={label ?? humanize(value)} {...props} /> : null;

/** The record's enum field as a coloured chip (statuses, verification, priority). */
export const StatusChip = ({ source }: { source: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  return <ValueChip value={record?.[source]} />;
};
