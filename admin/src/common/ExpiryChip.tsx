import { Chip, Tooltip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { daysFromToday, relativeDays } from './dates';

/** Expiring means within 60 days, as the API's CredentialExpiryState says. */
export const EXPIRING_WITHIN_DAYS = 60;

/**
 * A credential's expiry at a glance: red when expired, amber when expiring within 60 days, green when valid,
 * grey when it does not expire. The colour comes from the API's `expiryState`; the words from the date.
 */
export const ExpiryChip = ({ expiresOn, expiryState }: { expiresOn: string | null; expiryState: string }) => {
  if (!expiresOn || expiryState === 'NO_EXPIRY') return <Chip size="small" label="No expiry" variant="outlined" />;
  const days = daysFromToday(expiresOn);
  const colour = expiryState === 'EXPIRED' ? 'error' : expiryState === 'EXPIRING' ? 'warning' : 'success';
  const text = expiryState === 'EXPIRED' ? `Expired ${expiresOn}` : `${expiresOn}`;
  return (
    <Tooltip title={expiryState === 'EXPIRED' ? `Expired ${relativeDays(days)}` : `Expires ${relativeDays(days)}`}>
      <Chip size="small" color={colour} label={`${text} · ${relativeDays(days)}`} data-expiry={expiryState} />
    </Tooltip>
  );
};

/** ExpiryChip for the credential in the record context (lists, tabs). */
export const CredentialExpiryField = (_: { label?: string; sortBy?: string }) => {
  const record = useRecordContext();
  return record ? <ExpiryChip expiresOn={record.expiresOn} expiryState={record.expiryState} /> : null;
};
