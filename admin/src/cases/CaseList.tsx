import { AutocompleteInput, DataTable, DateInput, List, ReferenceInput, SearchInput, SelectArrayInput } from 'react-admin';
import { caseStatusChoices, casePriorityChoices, humanize, lineOfBusinessChoices } from '../common/choices';
import { JurisdictionsInput } from '../common/JurisdictionInput';
import { DateOrMonthField } from '../common/NotShown';
import { ClientFilter, ExaminerFilter } from '../common/ReferenceFilters';
import { ValueChip } from '../common/StatusChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Reference, claim number or claimant" />,
  <SelectArrayInput key="status" source="status" choices={caseStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <ExaminerFilter key="examinerId" source="examinerId" />,
  <ClientFilter key="clientId" source="clientId" />,
  <JurisdictionsInput key="jurisdiction" source="jurisdiction" />,
  <ReferenceInput key="specialtyCode" source="specialtyCode" reference="specialties">
    <AutocompleteInput label="Required specialty" optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectArrayInput key="priority" source="priority" choices={casePriorityChoices} />,
  <SelectArrayInput key="lineOfBusiness" source="lineOfBusiness" label="Line of business" choices={lineOfBusinessChoices} />,
  <DateInput key="dueBefore" source="dueBefore" label="Due on or before" />,
  <DateInput key="createdFrom" source="createdFrom" label="Created from" />,
  <DateInput key="createdTo" source="createdTo" label="Created until" />,
];

/** Read-only: cases are ordered and moved through their lifecycle by client apps; here administrators see the work. */
export const CaseList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false} title="Cases">
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="referenceNumber" label="Reference" />
      <DataTable.Col source="status" render={(c) => <ValueChip value={c.status} />} />
      <DataTable.Col source="priority" render={(c) => <ValueChip value={c.priority} />} />
      <DataTable.Col source="client.name" label="Client" disableSort />
      <DataTable.Col source="lineOfBusiness" label="Line" disableSort render={(c) => humanize(c.lineOfBusiness)} />
      <DataTable.Col source="jurisdictionCode" label="Jurisdiction" disableSort />
      <DataTable.Col source="requiredSpecialtyCode" label="Specialty" disableSort />
      <DataTable.Col source="examiner.displayName" label="Examiner" disableSort />
      {/* Analysts read months where others read dates (common/NotShown.tsx). */}
      <DataTable.Col source="dueDate" label="Due" render={() => <DateOrMonthField source="dueDate" monthSource="dueMonth" />} />
      <DataTable.Col source="currentReportStatus" label="Report" disableSort render={(c) => <ValueChip value={c.currentReportStatus} />} />
      <DataTable.Col source="createdAt" label="Created" render={() => <DateOrMonthField source="createdAt" monthSource="createdMonth" />} />
    </DataTable>
  </List>
);
