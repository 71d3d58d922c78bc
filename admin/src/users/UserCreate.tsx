import { AutocompleteInput, BooleanInput, Create, FormDataConsumer, ReferenceInput, required, SelectInput, SimpleForm, TextInput, email, usePermissions } from 'react-admin';
import { useNavigate } from 'react-router';
import { userRoleChoices } from './choices';

/**
 * Creates an account and shows its invitation link on the account's page. An administrator picks any role and
 * binding; an organisation manager invites CLIENT colleagues into their own organisation only.
 */
export const UserCreate = () => {
  const navigate = useNavigate();
  const { permissions } = usePermissions();
  const admin = permissions?.role === 'ADMIN';
  return (
    <Create
      title="Invite a user"
      mutationOptions={{ onSuccess: (data: any) => navigate(`/users/${data.id}/show`, { state: { invitation: data.invitation } }) }}
    >
      <SimpleForm warnWhenUnsavedChanges defaultValues={admin ? { role: 'ANALYST' } : { role: 'CLIENT', clientId: permissions?.clientId }}>
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
    </Create>
  );
};
