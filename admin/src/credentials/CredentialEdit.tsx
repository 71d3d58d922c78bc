import { Labeled, SimpleForm, useRecordContext } from 'react-admin';
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

export const CredentialEdit = () => (
  <LockedEdit title={<Title />} redirect={(_resource, _id, data) => `examiners/${data?.examinerId}/show/credentials`}>
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <ConflictAlert what="credential" />
      <ReverificationNotice />
      <Labeled label="Kind">
        <KindText />
      </Labeled>
      <CredentialFields />
      <CredentialTerms />
      <Evidence />
    </SimpleForm>
  </LockedEdit>
);
