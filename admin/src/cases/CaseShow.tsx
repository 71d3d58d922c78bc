import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  ArrayField,
  DataTable,
  DateField,
  Labeled,
  Link,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TextArrayField,
  TopToolbar,
  useDataProvider,
  useRecordContext,
} from 'react-admin';
import { mayAccess } from '../access';
import { canSeeClaimantData } from '../authProvider';
import { CaseDocumentsPanel } from '../documents';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import { ShownIfAllowed } from '../common/NotShown';
import { ClaimantData } from '../common/Restricted';
import { ValueChip } from '../common/StatusChip';
import type { ImePanelDataProvider } from '../dataProvider';
import { useRole } from '../workspaces/byRole';
import { caseReportDue } from '../workspaces/deadlines';
import { EDITABLE_REPORT_STATUSES } from '../workspaces/WorkspaceReportList';
import { CheckEligibilityButton } from '../eligibility/CheckEligibilityButton';
import { CaseHistory } from '../history/RecordHistories';
import { ClaimantPortalPanel } from './ClaimantPortalPanel';
import { PanelChoiceButtons, PanelProcedure } from './PanelChoices';
import { StartReportButton } from './StartReportButton';

/** A link to a page the session's role may open; the plain text otherwise (client staff have no examiner pages). */
const LinkIfAllowed = ({ resource, to, children }: { resource: string; to: string; children: React.ReactNode }) =>
  mayAccess(useRole(), resource, 'show') ? <Link to={to}>{children}</Link> : <>{children}</>;

/** "Check an examiner": why an examiner is (not) eligible for this case (eligibility/, administrators). */
const CaseActions = () => {
  const record = useRecordContext();
  return <TopToolbar>{record && <CheckEligibilityButton caseId={String(record.id)} />}</TopToolbar>;
};

const Title = () => {
  const record = useRecordContext();
  return <>{record ? `Case ${record.referenceNumber}` : 'Case'}</>;
};

/** A labelled value; with `source`, "Not shown to analysts" when the API refused that field to the role. */
const Field = ({ label, source, children }: { label: string; source?: string; children: React.ReactNode }) => (
  <Labeled label={label}>
    {source ? <ShownIfAllowed field={source}>{children}</ShownIfAllowed> : <>{children}</>}
  </Labeled>
);

const Overview = () => {
  const c = useRecordContext();
  if (!c) return null;
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Stack direction="row" useFlexGap spacing={4} sx={{ flexWrap: 'wrap' }}>
        <Field label="Status">
          <ValueChip value={c.status} />
        </Field>
        <Field label="Priority">
          <ValueChip value={c.priority} />
        </Field>
        <Field label="Client">{c.client?.name}</Field>
        <Field label="Claim number" source="claimNumber">{c.claimNumber}</Field>
        <Field label="Line of business">{humanize(c.lineOfBusiness)}</Field>
        <Field label="Jurisdiction">{c.jurisdictionRule ? `${c.jurisdictionRule.code} · ${c.jurisdictionRule.name}` : c.jurisdictionCode}</Field>
        <Field label="Required specialty">
          <LinkIfAllowed resource="specialties" to={`/specialties/${encodeURIComponent(c.requiredSpecialtyCode)}/show`}>
            {c.requiredSpecialty?.name ?? c.requiredSpecialtyCode}
          </LinkIfAllowed>
        </Field>
        <Field label="Examiner">
          {c.examiner ? (
            <LinkIfAllowed resource="examiners" to={`/examiners/${c.examiner.id}/show`}>
              {c.examiner.displayName}
            </LinkIfAllowed>
          ) : (
            '— not assigned'
          )}
        </Field>
        <Field label="Exam format">{humanize(c.examFormat)}{c.telehealthAllowed ? ' (telehealth allowed)' : ''}</Field>
        <Field label="Report due">{c.dueDate || c.reports?.length ? caseReportDue(c) : (c.dueMonth ?? '—')}</Field>
        <Field label="Report">{c.currentReportStatus ? <ValueChip value={c.currentReportStatus} /> : '—'}</Field>
        <Field label="Created">{formatDateTime(c.createdAt) || c.createdMonth}</Field>
      </Stack>
      <Stack direction="row" useFlexGap spacing={4} sx={{ flexWrap: 'wrap' }}>
        <Labeled label="Reasons">
          <TextArrayField source="reasons" />
        </Labeled>
        <Labeled label="Body parts">
          <TextArrayField source="bodyParts" />
        </Labeled>
        <Field label="Injury date" source="injuryDate">{c.injuryDate ?? '—'}</Field>
        <Field label="Employer" source="employerName">{c.employerName ?? '—'}</Field>
      </Stack>
      {c.cancelledAt && (
        <Typography color="error">
          Cancelled {formatDateTime(c.cancelledAt)} by {humanize(c.cancelledBy)}: {c.cancellationReason}
          {c.cancellationChargeable ? ' (chargeable)' : ''}
        </Typography>
      )}
      <Typography variant="h6">Referral questions</Typography>
      <ShownIfAllowed field="referralQuestions">
        <ol style={{ marginTop: 0 }}>
          {(c.referralQuestions ?? []).map((q: any) => (
            <li key={q.id}>{q.text}</li>
          ))}
        </ol>
      </ShownIfAllowed>
    </Stack>
  );
};

const Claimant = () => {
  const c = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  if (!c) return null;
  return (
    <ClaimantData queryKey={['caseClaimant', c.id]} load={() => dataProvider.getCaseClaimant({ id: String(c.id) }).then((r) => r.data)}>
      {(claimant: any) =>
        claimant ? (
          <Stack direction="row" useFlexGap spacing={4} sx={{ flexWrap: 'wrap' }}>
            <Field label="Name">{`${claimant.firstName} ${claimant.lastName}`}</Field>
            <Field label="Date of birth">{claimant.dateOfBirth}</Field>
            <Field label="Language">{claimant.language}{claimant.interpreterNeeded ? ' (interpreter needed)' : ''}</Field>
            <Field label="Contact">{[claimant.email, claimant.phone].filter(Boolean).join(' · ') || '—'}</Field>
            <Field label="Address">{[claimant.addressLine1, claimant.city, claimant.region, claimant.postalCode].filter(Boolean).join(', ') || '—'}</Field>
            <Field label="Representative">{claimant.representative ? `${claimant.representative.name}${claimant.representative.firm ? `, ${claimant.representative.firm}` : ''}` : 'none'}</Field>
          </Stack>
        ) : null
      }
    </ClaimantData>
  );
};

const Panels = () => {
  const c = useRecordContext();
  const role = useRole();
  if (!c?.panels?.length) return <Typography color="text.secondary">No panel drawn.</Typography>;
  const partyToPanel = role === 'CLIENT';
  return (
    <Stack spacing={2}>
      {c.panels.map((p: any) => (
        <Stack key={p.id} spacing={1}>
          <Typography variant="subtitle1">
            {humanize(p.strategy)} draw of {p.size} from {p.poolSize} eligible · seed {p.seed} · {humanize(p.status)} · {formatDateTime(p.proposedAt) || p.proposedMonth}
          </Typography>
          {partyToPanel && <PanelProcedure panel={p} />}
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>#</TableCell>
                  <TableCell>Examiner</TableCell>
                  <TableCell>Struck by</TableCell>
                  <TableCell>Selected</TableCell>
                  {partyToPanel && <TableCell>Your choice</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {p.members.map((m: any) => (
                  <TableRow key={m.id}>
                    <TableCell>{m.position}</TableCell>
                    <TableCell>
                      <LinkIfAllowed resource="examiners" to={`/examiners/${m.examinerId}/show`}>
                        {m.examiner?.displayName ?? m.examinerId}
                      </LinkIfAllowed>
                    </TableCell>
                    <TableCell>{humanize(m.struckBy) || '—'}</TableCell>
                    <TableCell>{m.selected ? 'Yes' : ''}</TableCell>
                    {partyToPanel && (
                      <TableCell>
                        <PanelChoiceButtons panel={p} member={m} />
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </Stack>
      ))}
    </Stack>
  );
};

/** "No events yet" only for a timeline that was read and is empty; one the role may not read says so. */
const Timeline = () => (
  <ShownIfAllowed field="timeline">
    <ArrayField source="timeline">
      <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">No events yet.</Typography>}>
        <DataTable.Col source="at" label="When" disableSort render={(e) => formatDateTime(e.at)} />
        <DataTable.Col source="type" label="What" disableSort render={(e) => humanize(e.type)} />
        <DataTable.Col label="Status" disableSort render={(e) => (e.toStatus ? `${humanize(e.fromStatus) || '—'} → ${humanize(e.toStatus)}` : '')} />
        <DataTable.Col source="actor" label="Who" disableSort render={(e) => `${e.actor}${e.actorRole ? ` (${e.actorRole})` : ''}`} />
        <DataTable.Col source="note" disableSort />
      </DataTable>
    </ArrayField>
  </ShownIfAllowed>
);

/** An examiner opens a report still with them in the editor; everything else opens read-only. */
const ReportsTable = () => {
  const role = useRole();
  return (
    <>
      <StartReportButton />
      <ArrayField source="reports">
        <DataTable
          bulkActionButtons={false}
          rowClick={(id, _resource, r) => (role === 'EXAMINER' && EDITABLE_REPORT_STATUSES.includes(r.status) ? `/reports/${id}` : `/reports/${id}/show`)}
          empty={<Typography color="text.secondary">No report started.</Typography>}
        >
          <DataTable.Col source="kind" disableSort render={(r) => humanize(r.kind)} />
          <DataTable.Col source="status" disableSort render={(r) => <ValueChip value={r.status} />} />
          <DataTable.Col source="dueDate" label="Due" disableSort field={DateField} />
          <DataTable.Col source="submittedAt" label="Submitted" disableSort render={(r) => formatDateTime(r.submittedAt)} />
          <DataTable.Col source="deliveredAt" label="Delivered" disableSort render={(r) => formatDateTime(r.deliveredAt) || r.deliveredMonth} />
        </DataTable>
      </ArrayField>
    </>
  );
};

/** The case's records intake and chain of custody (docs/documents.md); not for analysts, whose rows carry no documents. */
const CaseDocuments = () => {
  const record = useRecordContext();
  const role = useRole();
  if (!record) return null;
  if (!canSeeClaimantData({ role })) return <Typography color="text.secondary">Documents are not part of de-identified rows.</Typography>;
  return <CaseDocumentsPanel caseId={String(record.id)} />;
};

export const CaseShow = () => {
  const role = useRole();
  return (
  <Show title={<Title />} actions={<CaseActions />}>
    <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" />}>
      <TabbedShowLayout.Tab label="Referral">
        <Overview />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Claimant" path="claimant">
        <Claimant />
        <ClaimantPortalPanel />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Panel & exam" path="exam">
        <Typography variant="h6">Panels</Typography>
        <Panels />
        <Typography variant="h6">Appointments</Typography>
        <ArrayField source="appointments">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">None booked.</Typography>}>
            {/* Where the claimant is: the office's zone, or the claimant's for telehealth (docs/rules.md, "Time zones"). */}
            <DataTable.Col
              source="scheduledAt"
              label="When"
              disableSort
              render={(a) => (a.localStartText ? `${a.localStartText} (${a.timeZone})` : formatDateTime(a.scheduledAt) || a.scheduledMonth)}
            />
            <DataTable.Col source="durationMinutes" label="Minutes" disableSort />
            <DataTable.Col source="format" disableSort render={(a) => humanize(a.format)} />
            <DataTable.Col source="location" disableSort />
            <DataTable.Col source="status" disableSort render={(a) => humanize(a.status)} />
            <DataTable.Col source="noShowParty" label="No-show" disableSort render={(a) => humanize(a.noShowParty)} />
          </DataTable>
        </ArrayField>
        <Typography variant="h6">Notices served</Typography>
        <ShownIfAllowed field="notices">
          <ArrayField source="notices">
            <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">None served.</Typography>}>
              <DataTable.Col source="servedAt" label="Served" disableSort render={(n) => formatDateTime(n.servedAt)} />
              <DataTable.Col source="method" disableSort render={(n) => humanize(n.method)} />
              <DataTable.Col source="examScheduledAt" label="For the exam of" disableSort render={(n) => formatDateTime(n.examScheduledAt)} />
              <DataTable.Col source="servedBy" label="By" disableSort />
            </DataTable>
          </ArrayField>
        </ShownIfAllowed>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Documents" path="documents">
        <CaseDocuments />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Reports" path="reports">
        <ReportsTable />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Timeline" path="timeline">
        <Timeline />
      </TabbedShowLayout.Tab>
      {mayAccess(role, 'history', 'show') && (
        <TabbedShowLayout.Tab label="History" path="history">
          <CaseHistory />
        </TabbedShowLayout.Tab>
      )}
    </TabbedShowLayout>
  </Show>
  );
};
