import TuneIcon from '@mui/icons-material/Tune';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Menu as RaMenu } from 'react-admin';
import { filteredListUrl } from './common/links';

/** The console's navigation, in the order of an administrator's day. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItem name="examiners" />
    <RaMenu.ResourceItem name="credentials" />
    <RaMenu.Item
      to={filteredListUrl('credentials', { expiringWithinDays: 60 }, { field: 'expiresOn', order: 'ASC' })}
      primaryText="Expiring credentials"
      leftIcon={<EventBusyIcon />}
    />
    <RaMenu.ResourceItem name="specialties" />
    <RaMenu.ResourceItem name="reputationEvents" />
    <RaMenu.Item to="/reputation-weights" primaryText="Reputation weights" leftIcon={<TuneIcon />} />
    <RaMenu.ResourceItem name="cases" />
    <RaMenu.ResourceItem name="reports" />
    <RaMenu.ResourceItem name="webhookSubscriptions" />
    <RaMenu.ResourceItem name="messages" />
    <RaMenu.ResourceItem name="deadLetters" />
  </RaMenu>
);
