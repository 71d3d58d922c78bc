import DescriptionIcon from '@mui/icons-material/Description';
import { byRole } from '../workspaces/byRole';
import { WorkspaceReportList } from '../workspaces/WorkspaceReportList';
import { ReportEditor } from './ReportEditor';
import { ReportList } from './ReportList';
import { ReportShow } from './ReportShow';

/** Examiners write their reports in the editor (edit); every role reads reports within its scope. */
export default {
  list: byRole({ default: ReportList, CLIENT: WorkspaceReportList, EXAMINER: WorkspaceReportList }),
  show: ReportShow,
  edit: ReportEditor,
  icon: DescriptionIcon,
};
