import { Admin, CustomRoutes, Layout, Resource, type LayoutProps } from 'react-admin';
import { Route } from 'react-router';
import { authProvider } from './authProvider';
import cases from './cases';
import clients from './clients';
import credentials from './credentials';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import examiners from './examiners';
import { LoginPage } from './LoginPage';
import { Menu } from './Menu';
import reports from './reports';
import reputationEvents, { ReputationWeightsPage } from './reputation';
import specialties from './specialties';
import messages, { deadLetters } from './messages';
import webhooks from './webhooks';

const ConsoleLayout = (props: LayoutProps) => <Layout {...props} menu={Menu} />;

/** Wires the resources; each lives in its own folder with its views. */
export const App = () => (
  <Admin
    title="IME Panel"
    dataProvider={dataProvider}
    authProvider={authProvider}
    loginPage={LoginPage}
    dashboard={Dashboard}
    layout={ConsoleLayout}
    requireAuth
    disableTelemetry
  >
    <Resource name="examiners" options={{ label: 'Examiners' }} {...examiners} />
    <Resource name="credentials" options={{ label: 'Credentials' }} {...credentials} />
    <Resource name="specialties" options={{ label: 'Specialties' }} {...specialties} />
    <Resource name="reputationEvents" options={{ label: 'Audits & feedback' }} {...reputationEvents} />
    <Resource name="cases" options={{ label: 'Cases' }} {...cases} />
    <Resource name="reports" options={{ label: 'Reports' }} {...reports} />
    <Resource name="clients" {...clients} />
    <Resource name="practiceGroups" recordRepresentation="name" />
    {/* Messaging (docs/messaging.md): the message outbox and dead letters for administrators, webhooks for clients and administrators. */}
    <Resource name="messages" options={{ label: 'Messages' }} {...messages} />
    <Resource name="deadLetters" options={{ label: 'Dead letters' }} {...deadLetters} />
    <Resource name="webhookSubscriptions" options={{ label: 'Webhooks' }} {...webhooks} />
    <Resource name="webhookDeliveries" />
    <CustomRoutes>
      <Route path="/reputation-weights" element={<ReputationWeightsPage />} />
    </CustomRoutes>
  </Admin>
);
