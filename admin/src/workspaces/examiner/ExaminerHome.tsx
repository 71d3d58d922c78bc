import { Box, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { humanize } from '../../common/choices';
import { filteredListUrl } from '../../common/links';
import { ValueChip } from '../../common/StatusChip';
import { caseReportDue, dueInWords } from '../deadlines';
import { WorkList } from '../WorkList';
import { UpcomingExams } from './UpcomingExams';

/** An examiner's home: the exams coming up, the cases waiting for a report, the reports being written or sent back. */
export const ExaminerHome = () => (
  <Box sx={{ mt: 2, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
    <Title title="My work" />
    <WorkList
      title="Reports to write or correct"
      testId="examiner-open-reports"
      resource="reports"
      filter={{ status: ['DRAFT', 'CHANGES_REQUESTED'] }}
      sort={{ field: 'dueDate', order: 'ASC' }}
      linkTo={(r) => `/reports/${r.id}`}
      empty="No report waiting for you."
      columns={[
        { label: 'Case', render: (r) => r.case?.referenceNumber ?? r.caseId },
        { label: 'Report', render: (r) => humanize(r.kind) },
        { label: 'Status', render: (r) => <ValueChip value={r.status} /> },
        { label: 'Due', render: (r) => dueInWords(r.dueDate) },
      ]}
      more={{ to: '/reports', label: 'All my reports' }}
    />
    <WorkList
      title="Examined: the report is yours to start"
      testId="examiner-examined-cases"
      resource="cases"
      filter={{ status: ['EXAMINED'] }}
      sort={{ field: 'dueDate', order: 'ASC' }}
      linkTo={(c) => `/cases/${c.id}/show/reports`}
      empty="No examined case without a report."
      columns={[
        { label: 'Reference', render: (c) => c.referenceNumber },
        { label: 'Report', render: (c) => (c.currentReportStatus ? <ValueChip value={c.currentReportStatus} /> : 'not started') },
        { label: 'Due', render: (c) => caseReportDue(c) },
      ]}
    />
    <UpcomingExams />
    <WorkList
      title="Assigned, exam not booked yet"
      testId="examiner-assigned-cases"
      resource="cases"
      filter={{ status: ['ASSIGNED'] }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      linkTo={(c) => `/cases/${c.id}/show`}
      empty="No case waiting for an exam date."
      columns={[
        { label: 'Reference', render: (c) => c.referenceNumber },
        { label: 'Specialty', render: (c) => c.requiredSpecialtyCode },
        { label: 'Jurisdiction', render: (c) => c.jurisdictionCode },
      ]}
    />
    <Typography color="text.secondary" sx={{ gridColumn: '1 / -1' }}>
      Your credentials and declared conflicts are in the menu; the panel's administrators book exams and review reports.
    </Typography>
  </Box>
);
