import { BooleanInput, DataTable, DateInput, List, SelectArrayInput } from 'react-admin';
import { humanize, reportKindChoices, reportStatusChoices } from '../common/choices';
import { JurisdictionsInput } from '../common/JurisdictionInput';
import { DateOrMonthField } from '../common/NotShown';
import { ClientFilter, ExaminerFilter } from '../common/ReferenceFilters';
import { ValueChip } from '../common/StatusChip';

const filters = [
  <SelectArrayInput key="status" source="status" choices={reportStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <BooleanInput key="overdue" source="overdue" label="Overdue only" alwaysOn />,
  <ExaminerFilter key="examinerId" source="examinerId" />,
  <ClientFilter key="clientId" source="clientId" />,
  <SelectArrayInput key="kind" source="kind" choices={reportKindChoices} />,
  <JurisdictionsInput key="jurisdiction" source="jurisdiction" />,
  <DateInput key="dueBefore" source="dueBefore" label="Due on or before" />,
];

/** Read-only: reports are written by examiners and reviewed by QA; administrators follow timeliness here. */
export const ReportList = () => (
  <List filters={filters} sort={{ field: 'dueDate', order: 'ASC' }} exporter={false} title="Reports">
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="case.referenceNumber" label="Case" disableSort />
      <DataTable.Col source="kind" disableSort render={(r) => humanize(r.kind)} />
      <DataTable.Col source="status" render={(r) => <ValueChip value={r.status} />} />
      <DataTable.Col source="examiner.displayName" label="Examiner" disableSort />
      <DataTable.Col source="jurisdiction" disableSort />
      {/* Analysts read months where others read dates; what neither gives them says so (common/NotShown.tsx). */}
      <DataTable.Col source="dueDate" label="Due" render={() => <DateOrMonthField source="dueDate" monthSource="dueMonth" />} />
      <DataTable.Col source="submittedAt" label="Submitted" render={() => <DateOrMonthField source="submittedAt" />} />
      <DataTable.Col source="finalisedAt" label="Final" render={() => <DateOrMonthField source="finalisedAt" monthSource="finalisedMonth" />} />
      <DataTable.Col source="deliveredAt" label="Delivered" disableSort render={() => <DateOrMonthField source="deliveredAt" monthSource="deliveredMonth" />} />
    </DataTable>
  </List>
);
