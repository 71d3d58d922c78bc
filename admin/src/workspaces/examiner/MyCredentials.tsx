import { DataTable, List } from 'react-admin';
import { humanize } from '../../common/choices';
import { CredentialExpiryField } from '../../common/ExpiryChip';
import { ValueChip } from '../../common/StatusChip';

/** The examiner's own credentials (the API answers no one else's), soonest expiry first, expiry in colour. */
export const MyCredentials = () => (
  <List sort={{ field: 'expiresOn', order: 'ASC' }} exporter={false} title="My credentials" actions={false}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="kind" render={(c) => humanize(c.kind)} />
      <DataTable.Col source="issuer" disableSort />
      <DataTable.Col source="number" disableSort />
      <DataTable.Col source="jurisdiction" disableSort />
      <DataTable.Col source="expiresOn" label="Expires">
        <CredentialExpiryField />
      </DataTable.Col>
      <DataTable.Col source="verificationStatus" label="Verification" disableSort render={(c) => <ValueChip value={c.verificationStatus} />} />
      <DataTable.Col source="nextVerificationDue" label="Next verification" disableSort />
    </DataTable>
  </List>
);
