import TuneIcon from '@mui/icons-material/Tune';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import InsightsIcon from '@mui/icons-material/Insights';
import { Menu as RaMenu } from 'react-admin';
import { filteredListUrl } from './common/links';
import { UsersMenuItem } from './users';

/** The console's navigation, in the order of an administrator's day. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItem name="examiners" />
    <RaMenu.ResourceItem name="credentials" />
    <RaMenu.Item
      to={filteredListUrl('credentials', { expiringWithinDays: 60, current: true }, { field: 'expiresOn', order: 'ASC' })}
      primaryText="Expiring credentials"
      leftIcon={<EventBusyIcon />}
    />
    <RaMenu.ResourceItem name="specialties" />
    <RaMenu.ResourceItem name="reputationEvents" />
    <RaMenu.Item to="/reputation-weights" primaryText="Reputation weights" leftIcon={<TuneIcon />} />
    <RaMenu.ResourceItem name="cases" />
    <RaMenu.ResourceItem name="reports" />
    <RaMenu.Item to="/statistics" primaryText="Statistics" leftIcon={<InsightsIcon />} />
    <UsersMenuItem />
  </RaMenu>
);
