import { Alert, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  CreateButton,
  DataTable,
  DateField,
  EditButton,
  EmailField,
  Labeled,
  Link,
  NumberField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { mayAccess } from '../access';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import { CuratorOnly } from '../common/CuratorOnly';
import { filteredListUrl } from '../common/links';
import { ListLoadError } from '../common/LoadError';
import { RelatedTable } from '../common/RelatedTable';
import { StatusChip, ValueChip } from '../common/StatusChip';
import { CredentialTable } from '../credentials/CredentialTable';
import { ExaminerReputation } from '../reputation/ExaminerReputation';
import { ExaminerConflicts } from './ExaminerConflicts';
import { CheckEligibilityButton } from '../eligibility/CheckEligibilityButton';
import { ExaminerHistory } from '../history/RecordHistories';
import { ActivationChecklist } from './ActivationChecklist';
import { ExaminerStatusActions } from './ExaminerStatusActions';

const Title = () => {
  const record = useRecordContext();
  return <>{record ? `${record.displayName} · ${humanize(record.status)}` : 'Examiner'}</>;
};

const Actions = () => (
  <TopToolbar>
    <CuratorOnly>
      <ExaminerStatusActions />
    </CuratorOnly>
    <CheckEligibility />
    <EditButton />
  </TopToolbar>
);

/** "Check against a case": why this examiner is (not) eligible for a case of your choice (administrators). */
const CheckEligibility = () => {
  const record = useRecordContext();
  return record ? <CheckEligibilityButton examinerId={String(record.id)} /> : null;
};

const StatusNote = () => {
  const record = useRecordContext();
  if (!record?.statusReason && !record?.statusChangedAt) return null;
  return (
    <Alert severity={record.status === 'ACTIVE' ? 'info' : 'warning'} sx={{ width: '100%' }}>
      {humanize(record.status)}
      {record.statusChangedAt ? ` since ${formatDateTime(record.statusChangedAt)}` : ''}
      {record.statusChangedBy ? `, by ${record.statusChangedBy}` : ''}
      {record.statusReason ? `: ${record.statusReason}` : ''}
    </Alert>
  );
};

const Profile = () => (
  <Stack spacing={2} sx={{ width: '100%' }}>
    <StatusNote />
    <CuratorOnly>
      <ActivationChecklist />
    </CuratorOnly>
    <Stack direction="row" useFlexGap spacing={4} sx={{ flexWrap: 'wrap' }}>
      <Labeled label="Status">
        <StatusChip source="status" />
      </Labeled>
      <Labeled label="NPI">
        <TextField source="npi" />
      </Labeled>
      <Labeled label="Email">
        <EmailField source="email" />
      </Labeled>
      <Labeled label="Phone">
        <TextField source="phone" emptyText="—" />
      </Labeled>
      <Labeled label="Practice group">
        <TextField source="practiceGroup.name" emptyText="—" />
      </Labeled>
      <Labeled label="Years in practice">
        <NumberField source="yearsInPractice" emptyText="—" />
      </Labeled>
      <Labeled label="Languages">
        <TextArrayField source="languages" />
      </Labeled>
      <Labeled label="Telehealth">
        <BooleanField source="telehealth" />
      </Labeled>
      <Labeled label="Open cases">
        <NumberField source="openCaseCount" />
      </Labeled>
      <Labeled label="On the panel since">
        <DateField source="createdAt" />
      </Labeled>
    </Stack>
    <Labeled label="Bio">
      <TextField source="bio" emptyText="—" />
    </Labeled>
    <Typography variant="h6">Offices</Typography>
    <ArrayField source="offices">
      <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">No office recorded.</Typography>}>
        <DataTable.Col source="label" disableSort />
        <DataTable.Col label="Address" disableSort render={(o) => [o.addressLine1, o.addressLine2, o.city, o.region, o.postalCode, o.country].filter(Boolean).join(', ')} />
        <DataTable.Col label="Coordinates" disableSort render={(o) => `${o.latitude}, ${o.longitude}`} />
        <DataTable.Col source="primary" disableSort field={BooleanField} />
      </DataTable>
    </ArrayField>
  </Stack>
);

const Specialties = () => (
  <ArrayField source="specialties">
    <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">No specialty yet: an examiner needs one to be activated.</Typography>}>
      <DataTable.Col label="Specialty" disableSort render={(s) => <Link to={`/specialties/${encodeURIComponent(s.code)}/show`}>{s.name}</Link>} />
      <DataTable.Col source="code" disableSort />
      <DataTable.Col source="boardCertified" label="Board certified" disableSort field={BooleanField} />
      <DataTable.Col source="primary" disableSort field={BooleanField} />
    </DataTable>
  </ArrayField>
);

const Credentials = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <CreateButton
          resource="credentials"
          label="Add credential"
          to={{ pathname: '/credentials/create', search: `?source=${encodeURIComponent(JSON.stringify({ examinerId: record.id }))}` }}
        />
      </Stack>
      <ReferenceManyField reference="credentials" target="examinerId" sort={{ field: 'expiresOn', order: 'ASC' }} perPage={50} error={<ListLoadError />}>
        <CredentialTable showExaminer={false} />
      </ReferenceManyField>
    </Stack>
  );
};

const Work = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
        <Typography variant="h6">Cases</Typography>
        <Link to={filteredListUrl('cases', { examinerId: record.id })}>All of this examiner's cases</Link>
      </Stack>
      <RelatedTable reference="cases" target="examinerId" sort={{ field: 'createdAt', order: 'DESC' }} empty="No case assigned yet.">
        <DataTable.Col source="referenceNumber" label="Reference" />
        <DataTable.Col source="status" render={(c) => <ValueChip value={c.status} />} />
        <DataTable.Col source="client.name" label="Client" disableSort />
        <DataTable.Col source="jurisdictionCode" label="Jurisdiction" disableSort />
        <DataTable.Col source="dueDate" label="Due" field={DateField} />
        <DataTable.Col source="currentReportStatus" label="Report" disableSort render={(c) => <ValueChip value={c.currentReportStatus} />} />
      </RelatedTable>
      <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
        <Typography variant="h6">Reports</Typography>
        <Link to={filteredListUrl('reports', { examinerId: record.id })}>All of this examiner's reports</Link>
      </Stack>
      <RelatedTable reference="reports" target="examinerId" sort={{ field: 'createdAt', order: 'DESC' }} empty="No report yet.">
        <DataTable.Col source="case.referenceNumber" label="Case" disableSort />
        <DataTable.Col source="kind" disableSort render={(r) => humanize(r.kind)} />
        <DataTable.Col source="status" render={(r) => <ValueChip value={r.status} />} />
        <DataTable.Col source="dueDate" label="Due" field={DateField} />
        <DataTable.Col source="submittedAt" label="Submitted" field={DateField} />
      </RelatedTable>
    </Stack>
  );
};

export const ExaminerShow = () => {
  const { permissions } = usePermissions();
  return (
    <Show title={<Title />} actions={<Actions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Profile">
          <Profile />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Specialties" path="specialties">
          <Specialties />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Credentials" path="credentials">
          <Credentials />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Conflicts" path="conflicts">
          <ExaminerConflicts />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Reputation" path="reputation">
          <ExaminerReputation />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Cases" path="cases">
          <Work />
        </TabbedShowLayout.Tab>
        {mayAccess(permissions?.role, 'history', 'show') && (
          <TabbedShowLayout.Tab label="History" path="history">
            <ExaminerHistory />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
