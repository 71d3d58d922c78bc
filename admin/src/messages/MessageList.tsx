import { DataTable, DateField, List, TextInput } from 'react-admin';
import { ValueChip } from '../common/StatusChip';

const filters = [<TextInput key="recipient" source="recipient" label="Recipient" alwaysOn />, <TextInput key="template" source="template" label="Template" />];

/** The message outbox (docs/messaging.md, "E-mail"): every e-mail sent, or kept here when no SMTP server is configured. */
export const MessageList = () => (
  <List filters={filters} exporter={false} title="Messages" sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="createdAt" label="When" disableSort render={(m) => <DateField record={m} source="createdAt" showTime />} />
      <DataTable.Col source="recipient" disableSort />
      <DataTable.Col source="template" disableSort />
      <DataTable.Col source="subject" disableSort />
      <DataTable.Col source="language" disableSort />
      <DataTable.Col source="status" disableSort render={(m) => <ValueChip value={m.status} />} />
    </DataTable>
  </List>
);
