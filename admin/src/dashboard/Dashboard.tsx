import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { CasesByStatus } from './CasesByStatus';
import { ExpiringCredentials } from './ExpiringCredentials';
import { OverdueReports } from './OverdueReports';
import { PanelBySpecialty } from './PanelBySpecialty';
import { PanelByStatus } from './PanelByStatus';

/** The administrator's morning view: every number links to the list behind it. */
export const Dashboard = () => (
  <Box sx={{ display: 'grid', gap: 2, mt: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
    <Title title="IME Panel" />
    <PanelByStatus />
    <ExpiringCredentials />
    <PanelBySpecialty />
    <CasesByStatus />
    <OverdueReports />
  </Box>
);
