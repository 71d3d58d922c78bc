import AssignmentIcon from '@mui/icons-material/Assignment';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

/** Read-only. */
export default { list: CaseList, show: CaseShow, icon: AssignmentIcon, recordRepresentation: 'referenceNumber' };
