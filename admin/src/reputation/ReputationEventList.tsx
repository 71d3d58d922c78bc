import { AutocompleteInput, CreateButton, DataTable, DateField, DeleteButton, Link, List, ReferenceInput, SelectArrayInput, TopToolbar } from 'react-admin';
import { humanize, reputationEventKindChoices } from '../common/choices';

const filters = [
  <SelectArrayInput key="kind" source="kind" choices={reputationEventKindChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <ReferenceInput key="examinerId" source="examinerId" reference="examiners" alwaysOn>
    <AutocompleteInput label="Examiner" optionText="displayName" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
];

export const ReputationEventList = () => (
  <List
    filters={filters}
    exporter={false}
    title="QA audits, complaints and feedback"
    actions={
      <TopToolbar>
        <CreateButton label="Record" />
      </TopToolbar>
    }
  >
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="occurredOn" label="Date" field={DateField} disableSort />
      <DataTable.Col
        source="examinerId"
        label="Examiner"
        disableSort
        render={(r) => <Link to={`/examiners/${r.examinerId}/show/reputation`}>{r.examiner?.displayName}</Link>}
      />
      <DataTable.Col source="kind" render={(r) => humanize(r.kind)} disableSort />
      <DataTable.Col source="score" disableSort />
      <DataTable.Col source="note" disableSort />
      <DataTable.Col source="recordedBy" label="Recorded by" disableSort />
      <DataTable.Col label="" disableSort>
        <DeleteButton mutationMode="pessimistic" redirect={false} label="Remove" confirmTitle="Remove this event?" confirmContent="Remove only an event recorded in error." />
      </DataTable.Col>
    </DataTable>
  </List>
);
