import PeopleIcon from '@mui/icons-material/People';
import { ExaminerCreate } from './ExaminerCreate';
import { ExaminerEdit } from './ExaminerEdit';
import { ExaminerList } from './ExaminerList';
import { ExaminerShow } from './ExaminerShow';

export default {
  list: ExaminerList,
  show: ExaminerShow,
  edit: ExaminerEdit,
  create: ExaminerCreate,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
