import { AccessDenied, Admin, CanAccess, CustomRoutes, Layout, Resource, type LayoutProps } from 'react-admin';
import { Route } from 'react-router';
import { accountRoutes, publicAccountRoutes } from './account';
import { ConsoleAppBar } from './account/ConsoleAppBar';
import { withRoleAccess } from './access';
import { authProvider } from './authProvider';
import { AvailabilityPage } from './availability';
import cases from './cases';
import clients from './clients';
import credentials from './credentials';
import { dataProvider } from './dataProvider';
import { CaseDocumentsPage } from './documents';
import examiners from './examiners';
import { LoginPage } from './LoginPage';
import { Menu } from './Menu';
import { SessionGuard } from './common/SessionDialog';
import { consoleDarkTheme, consoleTheme } from './common/theme';
import reports from './reports';
import reputationEvents, { ReputationWeightsPage } from './reputation';
import specialties from './specialties';
import { StatisticsPage } from './statistics';
import { usersResource } from './users';
import { byRole } from './workspaces/byRole';
import { DocumentTitle } from './workspaces/DocumentTitle';
import { EligibilityPage } from './eligibility/EligibilityPage';
import practiceGroups from './practice-groups';
import { SpecialtyTreePage } from './specialties';
import { MyCredentials } from './workspaces/examiner/MyCredentials';
import { MyConflicts } from './workspaces/examiner/MyConflicts';
import { RoleHome } from './workspaces/RoleHome';
import messages, { deadLetters } from './messages';
import webhooks from './webhooks';

/**
 * The page content may shrink to the screen (a phone): wide parts — tabs, tables — scroll inside it instead of
 * widening the whole page (a flex item's minimum width is otherwise its content's).
 */
const FIT_THE_SCREEN = { minWidth: 0, '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 } };

const ConsoleLayout = ({ children, ...props }: LayoutProps) => (
  <Layout {...props} menu={Menu} appBar={ConsoleAppBar} sx={FIT_THE_SCREEN}>
    <DocumentTitle />
    <SessionGuard />
    {children}
  </Layout>
);

/** One console for every role (access.ts): the session's role decides the menu, the home page and what is allowed. */
const consoleAuthProvider = withRoleAccess(authProvider);

/** Wires the resources; each lives in its own folder with its views. */
export const App = () => (
  <Admin
    title="IME Panel"
    dataProvider={dataProvider}
    authProvider={consoleAuthProvider}
    loginPage={LoginPage}
    dashboard={RoleHome}
    layout={ConsoleLayout}
    theme={consoleTheme}
    darkTheme={consoleDarkTheme}
    requireAuth
    disableTelemetry
  >
    <Resource name="examiners" options={{ label: 'Examiners' }} {...examiners} />
    <Resource name="credentials" options={{ label: 'Credentials' }} {...credentials} list={byRole({ default: credentials.list, EXAMINER: MyCredentials })} />
    <Resource name="specialties" options={{ label: 'Specialties' }} {...specialties} />
    <Resource name="reputationEvents" options={{ label: 'Audits & feedback' }} {...reputationEvents} />
    <Resource name="cases" options={{ label: 'Cases' }} {...cases} />
    <Resource name="reports" options={{ label: 'Reports' }} {...reports} />
    <Resource name="clients" options={{ label: "Clients" }} {...clients} />
    <Resource name="practiceGroups" options={{ label: 'Practice groups' }} {...practiceGroups} />
    {/* Messaging (docs/messaging.md): the message outbox and dead letters for administrators, webhooks for clients and administrators. */}
    <Resource name="messages" options={{ label: 'Messages' }} {...messages} />
    <Resource name="deadLetters" options={{ label: 'Dead letters' }} {...deadLetters} />
    <Resource name="webhookSubscriptions" options={{ label: 'Webhooks' }} {...webhooks} />
    <Resource name="webhookDeliveries" />
    <CustomRoutes>
      <Route path="/reputation-weights" element={<ReputationWeightsPage />} />
      <Route path="/statistics" element={<StatisticsPage />} />
      <Route path="/my-conflicts" element={<MyConflicts />} />
      <Route path="/availability" element={<AvailabilityPage />} />
      <Route path="/case-documents/:caseId" element={<CaseDocumentsPage />} />
      <Route path="/specialty-tree" element={<SpecialtyTreePage />} />
      <Route
        path="/eligibility"
        element={
          <CanAccess resource="eligibility" action="show" accessDenied={<AccessDenied />}>
            <EligibilityPage />
          </CanAccess>
        }
      />
    </CustomRoutes>
    {/* Accounts (docs/security.md, "Accounts and invitations"): the Users page, the link targets, My account. */}
    <Resource name="users" {...usersResource} />
    <CustomRoutes noLayout>{publicAccountRoutes}</CustomRoutes>
    <CustomRoutes>{accountRoutes}</CustomRoutes>
  </Admin>
);
