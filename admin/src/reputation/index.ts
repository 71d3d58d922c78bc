import InsightsIcon from '@mui/icons-material/Insights';
import { ReputationEventCreate } from './ReputationEventCreate';
import { ReputationEventList } from './ReputationEventList';

export { ReputationWeightsPage } from './ReputationWeightsPage';

/** The `reputationEvents` resource: QA audits, complaints, feedback, commendations. */
export default {
  list: ReputationEventList,
  create: ReputationEventCreate,
  icon: InsightsIcon,
  recordRepresentation: (r: { kind: string }) => r.kind,
};
