import { DataTable, DateField, List, SearchInput, SelectArrayInput, TopToolbar, CreateButton } from 'react-admin';
import { caseStatusChoices, humanize } from '../common/choices';
import { ValueChip } from '../common/StatusChip';
import { caseReportDue } from './deadlines';
import { useRole } from './byRole';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Reference, claim number or claimant" />,
  <SelectArrayInput key="status" source="status" choices={caseStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
];

/**
 * The cases of a client's organisation, or an examiner's assigned cases (the API answers only those): status,
 * the report's deadline and where the report stands.
 */
export const WorkspaceCaseList = () => {
  const role = useRole();
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
      title={role === 'EXAMINER' ? 'My cases' : 'Our cases'}
      actions={role === 'CLIENT' ? <TopToolbar><CreateButton label="Order an IME" /></TopToolbar> : false}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="referenceNumber" label="Reference" />
        {role === 'CLIENT' && <DataTable.Col source="claimNumber" label="Claim" disableSort />}
        <DataTable.Col source="status" render={(c) => <ValueChip value={c.status} />} />
        <DataTable.Col source="priority" render={(c) => <ValueChip value={c.priority} />} />
        <DataTable.Col source="jurisdictionCode" label="Jurisdiction" disableSort />
        <DataTable.Col source="requiredSpecialtyCode" label="Specialty" disableSort />
        {role === 'CLIENT' && <DataTable.Col source="examiner.displayName" label="Examiner" disableSort />}
        <DataTable.Col source="dueDate" label="Report due" render={(c) => caseReportDue(c)} />
        <DataTable.Col source="currentReportStatus" label="Report" disableSort render={(c) => <ValueChip value={c.currentReportStatus} />} />
        <DataTable.Col source="lineOfBusiness" label="Line" disableSort render={(c) => humanize(c.lineOfBusiness)} />
        <DataTable.Col source="createdAt" label="Ordered" field={DateField} />
      </DataTable>
    </List>
  );
};
