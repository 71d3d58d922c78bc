import GroupsIcon from '@mui/icons-material/Groups';
import { PracticeGroupCreate, PracticeGroupEdit, PracticeGroupList, PracticeGroupShow } from './PracticeGroupViews';

/** The `practiceGroups` resource: practices examiners belong to (a panel takes at most one examiner per group). */
export default {
  list: PracticeGroupList,
  show: PracticeGroupShow,
  create: PracticeGroupCreate,
  edit: PracticeGroupEdit,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
