import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { Menu, useCanAccess } from 'react-admin';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

/** The Users resource (docs/security.md, "Accounts and invitations"): `<Resource name="users" {...usersResource} />`. */
export const usersResource = {
  list: UserList,
  show: UserShow,
  create: UserCreate,
  edit: UserEdit,
  icon: ManageAccountsIcon,
  recordRepresentation: 'name',
  options: { label: 'Users' },
};

/** The menu entry, shown to administrators and organisation managers only. */
export const UsersMenuItem = () => {
  const { canAccess } = useCanAccess({ resource: 'users', action: 'list' });
  return canAccess ? <Menu.ResourceItem name="users" /> : null;
};
