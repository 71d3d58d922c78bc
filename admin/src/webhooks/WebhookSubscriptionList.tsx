import { CreateButton, DataTable, List, TopToolbar } from 'react-admin';
import { ValueChip } from '../common/StatusChip';

/** Webhook subscriptions (docs/messaging.md, "Webhooks"): a client's own, every one for administrators. */
export const WebhookSubscriptionList = () => (
  <List
    exporter={false}
    title="Webhooks"
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
  >
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="url" disableSort />
      <DataTable.Col source="eventTypes" label="Events" disableSort render={(s) => s.eventTypes.join(', ')} />
      <DataTable.Col source="status" disableSort render={(s) => <ValueChip value={s.status} />} />
      <DataTable.Col source="consecutiveFailures" label="Failures in a row" disableSort />
      <DataTable.Col source="clientId" label="Client" disableSort render={(s) => s.clientId ?? 'platform'} />
    </DataTable>
  </List>
);
