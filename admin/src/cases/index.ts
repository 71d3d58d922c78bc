import AssignmentIcon from '@mui/icons-material/Assignment';
import { byRole } from '../workspaces/byRole';
import { WorkspaceCaseList } from '../workspaces/WorkspaceCaseList';
import { CaseCreate } from './CaseCreate';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

/** Client staff order cases (create); every role reads them within its scope, client staff and examiners in their own list. */
export default {
  list: byRole({ default: CaseList, CLIENT: WorkspaceCaseList, EXAMINER: WorkspaceCaseList }),
  show: CaseShow,
  create: CaseCreate,
  icon: AssignmentIcon,
  recordRepresentation: 'referenceNumber',
};
