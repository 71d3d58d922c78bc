import { AutocompleteInput, Create, ReferenceInput, required, SelectInput, SimpleForm } from 'react-admin';
import { credentialKindChoices } from '../common/choices';
import { CredentialFields } from './CredentialForm';

/** Adds a credential as UNVERIFIED; it counts for eligibility once verified. Back to the examiner's credentials after. */
export const CredentialCreate = () => (
  <Create title="Add a credential" redirect={(_resource, _id, data) => `examiners/${data?.examinerId}/show/credentials`}>
    <SimpleForm warnWhenUnsavedChanges defaultValues={{ kind: 'MEDICAL_LICENSE' }}>
      <ReferenceInput source="examinerId" reference="examiners">
        <AutocompleteInput label="Examiner" optionText="displayName" validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <SelectInput source="kind" choices={credentialKindChoices} validate={required()} />
      <CredentialFields />
    </SimpleForm>
  </Create>
);
