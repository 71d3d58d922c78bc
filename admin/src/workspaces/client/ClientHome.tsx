import AddCircleIcon from '@mui/icons-material/AddCircle';
import { Box, Button, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { Title } from 'react-admin';
import { humanize } from '../../common/choices';
import { filteredListUrl } from '../../common/links';
import { ValueChip } from '../../common/StatusChip';
import { caseReportDue } from '../deadlines';
import { WorkList } from '../WorkList';

const OPEN = ['REQUESTED', 'PANEL_PROPOSED', 'ASSIGNED', 'SCHEDULED', 'EXAMINED', 'NO_SHOW'];
const DONE = ['REPORTED', 'CLOSED', 'CANCELLED'];

/** Client staff's home: order an IME, the cases in progress with their deadlines, the reports ready to read. */
export const ClientHome = () => (
  <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
    <Title title="Our IMEs" />
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      <Typography sx={{ flex: '1 1 20rem' }}>Order an independent medical examination, follow it through the panel and the exam, and read the report here.</Typography>
      <Button component={RouterLink} to="/cases/create" variant="contained" startIcon={<AddCircleIcon />}>
        Order an IME
      </Button>
    </Box>
    <WorkList
      title="Cases in progress"
      testId="client-open-cases"
      resource="cases"
      filter={{ status: OPEN }}
      sort={{ field: 'dueDate', order: 'ASC' }}
      linkTo={(c) => `/cases/${c.id}/show`}
      empty="No case in progress. Order an IME to start one."
      columns={[
        { label: 'Reference', render: (c) => c.referenceNumber },
        { label: 'Claim', render: (c) => c.claimNumber },
        { label: 'Status', render: (c) => <ValueChip value={c.status} /> },
        { label: 'Examiner', render: (c) => c.examiner?.displayName ?? 'not assigned yet' },
        { label: 'Report due', render: (c) => caseReportDue(c) },
      ]}
      more={{ to: filteredListUrl('cases', { status: OPEN }), label: 'All cases in progress' }}
    />
    <WorkList
      title="Reports ready to read"
      testId="client-final-reports"
      resource="reports"
      filter={{ status: ['FINAL', 'DELIVERED'] }}
      sort={{ field: 'finalisedAt', order: 'DESC' }}
      linkTo={(r) => `/reports/${r.id}/show`}
      empty="No final report yet."
      columns={[
        { label: 'Case', render: (r) => r.case?.referenceNumber ?? r.caseId },
        { label: 'Report', render: (r) => humanize(r.kind) },
        { label: 'Status', render: (r) => <ValueChip value={r.status} /> },
        { label: 'Examiner', render: (r) => r.examiner?.displayName },
        { label: 'Final on', render: (r) => (r.finalisedAt ?? '').slice(0, 10) },
      ]}
      more={{ to: filteredListUrl('cases', { status: DONE }), label: 'Cases reported, closed or cancelled' }}
    />
  </Box>
);
