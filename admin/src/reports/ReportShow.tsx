import { Alert, Stack, Typography } from '@mui/material';
import { ArrayField, DataTable, Labeled, Link, Show, TabbedShowLayout, TabbedShowLayoutTabs, TopToolbar, useDataProvider, useRecordContext } from 'react-admin';
import { mayAccess } from '../access';
import { canSeeClaimantData } from '../authProvider';
import { useRole } from '../workspaces/byRole';
import { AddendumButton, EditReportButton } from './ReportActions';
import { ReportPdfButton } from '../documents';
import { PrintableReport } from './PrintableReport';
import { ReportHistory } from '../history/RecordHistories';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import { ClaimantData } from '../common/Restricted';
import { ValueChip } from '../common/StatusChip';
import type { ImePanelDataProvider } from '../dataProvider';

const Field = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Labeled label={label}>
    <>{children}</>
  </Labeled>
);

const Title = () => {
  const r = useRecordContext();
  return <>{r ? `${humanize(r.kind)} report · case ${r.case?.referenceNumber}` : 'Report'}</>;
};

const Workflow = () => {
  const r = useRecordContext();
  const role = useRole();
  if (!r) return null;
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Stack direction="row" useFlexGap spacing={4} sx={{ flexWrap: 'wrap' }}>
        <Field label="Status">
          <ValueChip value={r.status} />
        </Field>
        <Field label="Case">
          <Link to={`/cases/${r.caseId}/show`}>{r.case?.referenceNumber}</Link>
        </Field>
        <Field label="Examiner">
          {mayAccess(role, 'examiners', 'show') ? <Link to={`/examiners/${r.examinerId}/show`}>{r.examiner?.displayName}</Link> : r.examiner?.displayName}
        </Field>
        <Field label="Jurisdiction">{r.jurisdiction}</Field>
        <Field label="Exam date">{r.examDate ?? r.examMonth ?? '—'}</Field>
        <Field label="Due">{r.dueDate ?? r.dueMonth ?? '—'}</Field>
        <Field label="First submitted">{formatDateTime(r.firstSubmittedAt) || '—'}</Field>
        <Field label="Final">{formatDateTime(r.finalisedAt) || r.finalisedMonth || '—'}</Field>
        <Field label="Claimant copy due">{formatDateTime(r.claimantCopyDueAt) || '—'}</Field>
        <Field label="Delivered to all">{formatDateTime(r.deliveredAt) || r.deliveredMonth || '—'}</Field>
        {r.addendumReason && <Field label="Addendum reason">{humanize(r.addendumReason)}</Field>}
        {r.parent && (
          <Field label="Adds to">
            <Link to={`/reports/${r.parent.id}/show`}>{humanize(r.parent.kind)} report</Link>
          </Field>
        )}
      </Stack>
      {r.distributionIssues?.map((issue: string) => (
        <Alert key={issue} severity="warning">
          {issue}
        </Alert>
      ))}
      {r.missingItems?.length > 0 && ['DRAFT', 'CHANGES_REQUESTED'].includes(r.status) && (
        <Alert severity="info">
          Before submission: {r.missingItems.map((m: any) => m.message).join('; ')}
        </Alert>
      )}
      <Typography variant="h6">Deliveries (required: {r.requiredRecipients?.map(humanize).join(', ') || 'none'}{r.sameDayDelivery ? ', same day' : ''})</Typography>
      <ArrayField source="deliveries">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">Not delivered yet.</Typography>}>
          <DataTable.Col source="recipient" disableSort render={(d) => humanize(d.recipient)} />
          <DataTable.Col source="method" disableSort render={(d) => humanize(d.method)} />
          <DataTable.Col source="recipientName" label="To" disableSort />
          <DataTable.Col source="deliveredAt" label="When" disableSort render={(d) => formatDateTime(d.deliveredAt) || d.deliveredMonth} />
          <DataTable.Col source="deliveredBy" label="By" disableSort />
        </DataTable>
      </ArrayField>
      <Typography variant="h6">QA reviews (form and completeness, never the medical opinion)</Typography>
      <ArrayField source="qaReviews">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">Not reviewed yet.</Typography>}>
          <DataTable.Col source="reviewedAt" label="When" disableSort render={(q) => formatDateTime(q.reviewedAt) || q.reviewedMonth} />
          <DataTable.Col source="outcome" disableSort render={(q) => humanize(q.outcome)} />
          <DataTable.Col source="reviewer" disableSort />
          <DataTable.Col source="notes" disableSort />
          <DataTable.Col label="Checklist" disableSort render={(q) => q.checklist.map((c: any) => `${c.passed ? '✓' : '✗'} ${c.item}`).join(' · ')} />
        </DataTable>
      </ArrayField>
    </Stack>
  );
};

const Content = () => {
  const r = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  if (!r) return null;
  return (
    <ClaimantData queryKey={['reportContent', r.id]} load={() => dataProvider.getReportContent({ id: String(r.id) }).then((x) => x.data)}>
      {(c: any) => (
        <Stack spacing={2}>
          <Field label="Records reviewed">{c.recordsReviewed.join('; ') || '—'}</Field>
          <Field label="History">{c.history ?? '—'}</Field>
          <Field label="Findings">{c.findings ?? '—'}</Field>
          <Field label="Diagnoses">{c.diagnoses.map((d: any) => `${d.icd10}${d.description ? ` ${d.description}` : ''}`).join('; ') || '—'}</Field>
          <Typography variant="h6">Answers to the referral questions</Typography>
          {c.questions.map((q: any) => (
            <Field key={q.id} label={`${q.position}. ${q.text}`}>
              {c.answers.find((a: any) => a.questionId === q.id)?.answer ?? '— not answered'}
            </Field>
          ))}
          <Field label="Causation">{c.causationOpinion ?? '—'}</Field>
          <Field label="MMI">{c.mmiReached === null ? '—' : c.mmiReached ? `reached${c.mmiDate ? ` on ${c.mmiDate}` : ''}` : 'not reached'}</Field>
          <Field label="Impairment">
            {c.impairmentPercent === null ? '—' : `${c.impairmentPercent}% whole person (${c.impairmentGuideEdition}, table ${c.impairmentTable}, page ${c.impairmentPage})`}
          </Field>
          <Field label="Work capacity">{humanize(c.workCapacity) || '—'}{c.workRestrictions ? `: ${c.workRestrictions}` : ''}</Field>
          <Field label="Treatment recommendations">{c.treatmentRecommendations ?? '—'}</Field>
        </Stack>
      )}
    </ClaimantData>
  );
};

/** The final report's PDF, the same bytes every recipient received (docs/documents.md, "Generated documents"). */
const PdfButton = () => {
  const record = useRecordContext();
  const role = useRole();
  if (!record || !canSeeClaimantData({ role }) || !['FINAL', 'DELIVERED'].includes(record.status)) return null;
  return <ReportPdfButton reportId={String(record.id)} />;
};

const Actions = () => (
  <TopToolbar>
    <PdfButton />
    <EditReportButton />
    <AddendumButton />
  </TopToolbar>
);

export const ReportShow = () => {
  const role = useRole();
  return (
    <Show title={<Title />} actions={<Actions />}>
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" />}>
        <TabbedShowLayout.Tab label="Workflow">
          <Workflow />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Content" path="content">
          <Content />
        </TabbedShowLayout.Tab>
        {canSeeClaimantData({ role }) && (
          <TabbedShowLayout.Tab label="Printable report" path="print">
            <PrintableReport />
          </TabbedShowLayout.Tab>
        )}
        {mayAccess(role, 'history', 'show') && (
          <TabbedShowLayout.Tab label="History" path="history">
            <ReportHistory />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
