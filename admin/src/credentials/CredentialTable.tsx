import { Stack, Typography } from '@mui/material';
import { DataTable, DateField, DeleteButton, EditButton, Link, useDataProvider } from 'react-admin';
import { BulkAction } from '../common/BulkAction';
import type { ImePanelDataProvider } from '../dataProvider';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import { CuratorOnly } from '../common/CuratorOnly';
import { CredentialExpiryField } from '../common/ExpiryChip';
import { ValueChip } from '../common/StatusChip';
import { RejectCredentialButton, RenewCredentialButton, VerifyCredentialButton } from './CredentialActions';

const Verification = ({ record }: { record: any }) => (
  <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
    <ValueChip value={record.verificationStatus} />
    {record.verifiedBy && (
      <Typography variant="caption" color="text.secondary">
        by {record.verifiedBy}, {formatDateTime(record.verifiedAt)}
      </Typography>
    )}
    {record.verificationNote && (
      <Typography variant="caption" color="text.secondary">
        “{record.verificationNote}”
      </Typography>
    )}
  </Stack>
);

/** Kind, number and issuer in one cell, and whether a renewal replaced this term. */
const Identity = ({ record }: { record: any }) => (
  <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
    <Typography variant="body2">
      {humanize(record.kind)}
      {record.jurisdiction ? ` · ${record.jurisdiction}` : ''} · {record.number}
    </Typography>
    <Typography variant="caption" color="text.secondary">
      {record.issuer}
    </Typography>
    {record.current === false && <ValueChip value="REPLACED_BY_RENEWAL" />}
  </Stack>
);

/**
 * Credentials with their expiry colour and verification, and the actions on each (inside a list or reference
 * context). Kind, jurisdiction, number and issuer share a cell so the table fits a 1024 px screen with its actions.
 */
/** Verify many credentials at once, each recorded as checked by the caller (current, unverified terms only). */
const BulkVerify = () => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  return (
    <BulkAction
      label="Verify selected"
      resource="credentials"
      describe={(r) => `${humanize(r.kind)} ${r.number}`}
      noteLabel="Note (how they were checked)"
      eligible={(r) => r.current !== false && r.verificationStatus !== 'VERIFIED'}
      run={(r, note) => dataProvider.verifyCredential({ id: String(r.id), version: r.version, note: note || null })}
    />
  );
};

export const CredentialTable = ({ showExaminer = true }: { showExaminer?: boolean }) => (
  <DataTable
    bulkActionButtons={
      <CuratorOnly>
        <BulkVerify />
      </CuratorOnly>
    }
    rowClick={false}
  >
    {showExaminer && (
      <DataTable.Col
        source="examinerId"
        label="Examiner"
        disableSort
        render={(r) => <Link to={`/examiners/${r.examinerId}/show/credentials`}>{r.examiner?.displayName}</Link>}
      />
    )}
    <DataTable.Col source="kind" label="Credential" render={(r) => <Identity record={r} />} />
    <DataTable.Col source="expiresOn" label="Expires" field={CredentialExpiryField} />
    <DataTable.Col source="verificationStatus" label="Verification" disableSort render={(r) => <Verification record={r} />} />
    <DataTable.Col source="nextVerificationDue" label="Re-verify by" field={DateField} />
    <DataTable.Col label="Actions" disableSort>
      <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', maxWidth: 170 }} useFlexGap>
        <CuratorOnly>
          <VerifyCredentialButton />
          <RejectCredentialButton />
          <RenewCredentialButton />
        </CuratorOnly>
        <EditButton />
        <DeleteButton
          mutationMode="pessimistic"
          redirect={false}
          label="Remove"
          confirmTitle="Remove this credential?"
          confirmContent="Remove only a credential recorded in error. An expired or rejected credential is history: keep it."
        />
      </Stack>
    </DataTable.Col>
  </DataTable>
);
