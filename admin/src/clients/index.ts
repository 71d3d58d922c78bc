import BusinessIcon from '@mui/icons-material/Business';
import { ClientCreate, ClientEdit, ClientList, ClientShow } from './ClientViews';

/** Ordering organisations: onboarded by administrators, looked up by the case and report filters. */
export default { list: ClientList, show: ClientShow, create: ClientCreate, edit: ClientEdit, icon: BusinessIcon, recordRepresentation: 'name' };
