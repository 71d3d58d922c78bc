import BadgeIcon from '@mui/icons-material/Badge';
import { CredentialCreate } from './CredentialCreate';
import { CredentialEdit } from './CredentialEdit';
import { CredentialList } from './CredentialList';

export default {
  list: CredentialList,
  edit: CredentialEdit,
  create: CredentialCreate,
  icon: BadgeIcon,
  recordRepresentation: (r: { kind: string; number: string }) => `${r.kind} ${r.number}`,
};
