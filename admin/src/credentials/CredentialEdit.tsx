import { Labeled, TabbedForm, useRecordContext } from 'react-admin';
import { mayAccess } from '../access';
import { CredentialHistory } from '../history/RecordHistories';
import { useRole } from '../workspaces/byRole';
import { humanize } from '../common/choices';
import { ConflictAlert, LockedEdit, SaveToolbar } from '../common/LockedEdit';
import { CredentialFields, ReverificationNotice } from './CredentialForm';
import { CredentialTerms } from './CredentialTerms';
import { CredentialEvidencePanel } from '../documents';

const Title = () => {
  const record = useRecordContext();
  return <>{record ? `${humanize(record.kind)} ${record.number} · ${record.examiner?.displayName}` : 'Credential'}</>;
};

const KindText = () => {
  const record = useRecordContext();
  return <>{humanize(record?.kind)}</>;
};

/** Licence scans and certificates attached to the credential (docs/documents.md, "Credential evidence"). */
const Evidence = () => {
  const record = useRecordContext();
  return record ? <CredentialEvidencePanel credentialId={String(record.id)} /> : null;
};

/** The credential's page: its details and terms, and (administrators) its History tab from the audit log. */
export const CredentialEdit = () => {
  const role = useRole();
  return (
    <LockedEdit title={<Title />} redirect={(_resource, _id, data) => `examiners/${data?.examinerId}/show/credentials`}>
      <TabbedForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
        <TabbedForm.Tab label="Credential">
          <ConflictAlert what="credential" />
          <ReverificationNotice />
          <Labeled label="Kind">
            <KindText />
          </Labeled>
          <CredentialFields />
          <CredentialTerms />
          <Evidence />
        </TabbedForm.Tab>
        {mayAccess(role, 'history', 'show') && (
          <TabbedForm.Tab label="History" path="history">
            <CredentialHistory />
          </TabbedForm.Tab>
        )}
      </TabbedForm>
    </LockedEdit>
  );
};
