import { AutocompleteInput, BooleanInput, Edit, FormDataConsumer, ReferenceInput, required, SelectInput, SimpleForm, TextInput, email, usePermissions } from 'react-admin';
import { userRoleChoices } from './choices';

/**
 * Renames an account or gives it another e-mail address; an administrator also changes its role or binding
 * (which ends the user's sessions: their tokens carry the old role).
 */
export const UserEdit = () => {
  const { permissions } = usePermissions();
  const admin = permissions?.role === 'ADMIN';
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm warnWhenUnsavedChanges>
        <TextInput source="email" label="E-mail" type="email" validate={[required(), email()]} sx={{ minWidth: 360 }} />
        <TextInput source="name" validate={required()} sx={{ minWidth: 360 }} />
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
      </SimpleForm>
    </Edit>
  );
};
