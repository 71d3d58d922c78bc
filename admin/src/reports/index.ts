import DescriptionIcon from '@mui/icons-material/Description';
import { ReportList } from './ReportList';
import { ReportShow } from './ReportShow';

/** Read-only. */
export default { list: ReportList, show: ReportShow, icon: DescriptionIcon };
