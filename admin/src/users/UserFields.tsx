import { AutocompleteInput, BooleanInput, FormDataConsumer, ReferenceInput, required, SelectInput, TextInput, email } from 'react-admin';
import { userRoleChoices } from './choices';

/** The languages invitation and password-reset e-mails are written in (docs/messaging.md, "E-mail"). */
const ACCOUNT_LANGUAGES = [
  { id: 'en', name: 'English' },
  { id: 'es', name: 'Español' },
];

/**
 * An account's fields, for inviting and for changing one: an administrator picks the role and its binding (a client
 * organisation or an examiner); an organisation manager edits their colleagues' name, e-mail and manager flag only.
 */
export const UserFields = ({ admin }: { admin: boolean }) => (
  <>
    <TextInput source="email" label="E-mail" type="email" validate={[required(), email()]} sx={{ minWidth: 360 }} />
    <TextInput source="name" validate={required()} sx={{ minWidth: 360 }} />
    <SelectInput source="language" label="Language" helperText="Their invitation and password resets are written in it" choices={ACCOUNT_LANGUAGES} defaultValue="en" validate={required()} />
    {admin && <SelectInput source="role" choices={userRoleChoices} validate={required()} />}
    <FormDataConsumer>
      {({ formData }) => (
        <>
          {admin && formData.role === 'CLIENT' && (
            <ReferenceInput source="clientId" reference="clients">
              <AutocompleteInput label="Client organisation" optionText="name" validate={required()} sx={{ minWidth: 360 }} />
            </ReferenceInput>
          )}
          {admin && formData.role === 'EXAMINER' && (
            <ReferenceInput source="examinerId" reference="examiners">
              <AutocompleteInput label="Examiner" optionText="displayName" validate={required()} sx={{ minWidth: 360 }} />
            </ReferenceInput>
          )}
          {formData.role === 'CLIENT' && <BooleanInput source="manager" label="Manages the organisation’s users" />}
        </>
      )}
    </FormDataConsumer>
  </>
);
