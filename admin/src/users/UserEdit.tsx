import { Edit, SimpleForm, usePermissions } from 'react-admin';
import { UserFields } from './UserFields';

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
        <UserFields admin={admin} />
      </SimpleForm>
    </Edit>
  );
};
