import { DataTable, DateField, List } from 'react-admin';

/** Jobs whose retries are spent (docs/messaging.md, "Jobs"): the queue, the job's data and the last error. */
export const DeadLetterList = () => (
  <List exporter={false} title="Dead letters">
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="createdOn" label="When" disableSort render={(d) => <DateField record={d} source="createdOn" showTime />} />
      <DataTable.Col source="queue" disableSort />
      <DataTable.Col source="error" disableSort />
      <DataTable.Col source="dataJson" label="Data" disableSort render={(d) => <code style={{ fontSize: 12 }}>{d.dataJson}</code>} />
    </DataTable>
  </List>
);
