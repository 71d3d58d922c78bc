import { DataTable, DateField, List, SelectArrayInput } from 'react-admin';
import { humanize, reportStatusChoices } from '../common/choices';
import { ValueChip } from '../common/StatusChip';
import { useRole } from './byRole';
import { dueInWords } from './deadlines';

const filters = [<SelectArrayInput key="status" source="status" choices={reportStatusChoices} alwaysOn sx={{ minWidth: 180 }} />];

/** Still with its author: the examiner opens these in the report editor. */
export const EDITABLE_REPORT_STATUSES = ['DRAFT', 'CHANGES_REQUESTED'];

/**
 * The reports on a client's cases, or an examiner's own (the API answers only those). An examiner opens a report
 * still with them in the editor; everything else opens read-only.
 */
export const WorkspaceReportList = () => {
  const role = useRole();
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false} title={role === 'EXAMINER' ? 'My reports' : 'Reports'} actions={false}>
      <DataTable
        rowClick={(id, _resource, record) => (role === 'EXAMINER' && EDITABLE_REPORT_STATUSES.includes(record.status) ? `/reports/${id}` : `/reports/${id}/show`)}
        bulkActionButtons={false}
      >
        <DataTable.Col source="case.referenceNumber" label="Case" disableSort />
        <DataTable.Col source="kind" disableSort render={(r) => humanize(r.kind)} />
        <DataTable.Col source="status" render={(r) => <ValueChip value={r.status} />} />
        {role === 'CLIENT' && <DataTable.Col source="examiner.displayName" label="Examiner" disableSort />}
        <DataTable.Col source="dueDate" label="Due" render={(r) => dueInWords(r.dueDate, ['FINAL', 'DELIVERED'].includes(r.status))} />
        <DataTable.Col source="submittedAt" label="Submitted" field={DateField} />
        <DataTable.Col source="finalisedAt" label="Final" field={DateField} />
        <DataTable.Col source="deliveredAt" label="Delivered" disableSort field={DateField} />
      </DataTable>
    </List>
  );
};
