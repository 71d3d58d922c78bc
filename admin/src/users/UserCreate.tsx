import { Create, SimpleForm, usePermissions } from 'react-admin';
import { useNavigate } from 'react-router';
import { UserFields } from './UserFields';

/**
 * Creates an account and says on the account's page that its invitation was e-mailed (or shows its link). An administrator picks any role and
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
        <UserFields admin={admin} />
      </SimpleForm>
    </Create>
  );
};
