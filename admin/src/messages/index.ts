import MailIcon from '@mui/icons-material/Mail';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { DeadLetterList } from './DeadLetterList';
import { MessageList } from './MessageList';
import { MessageShow } from './MessageShow';

/** The message outbox (administrators). */
export default { list: MessageList, show: MessageShow, icon: MailIcon, recordRepresentation: 'subject' };

/** The job runner's dead letters (administrators). */
export const deadLetters = { list: DeadLetterList, icon: ReportProblemIcon };
