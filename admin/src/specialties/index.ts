import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { SpecialtyCreate } from './SpecialtyCreate';
import { SpecialtyEdit } from './SpecialtyEdit';
import { SpecialtyList } from './SpecialtyList';
import { SpecialtyShow } from './SpecialtyShow';

export default {
  list: SpecialtyList,
  show: SpecialtyShow,
  edit: SpecialtyEdit,
  create: SpecialtyCreate,
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
export { SpecialtyTreePage } from './SpecialtyTree';
