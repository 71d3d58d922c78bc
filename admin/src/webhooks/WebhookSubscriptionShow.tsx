import { Button, DataTable, DateField, EditButton, ReferenceManyField, Show, SimpleShowLayout, TextField, TopToolbar, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import ReplayIcon from '@mui/icons-material/Replay';
import type { ImePanelDataProvider } from '../dataProvider';
import { ValueChip } from '../common/StatusChip';

const ReplayButton = () => {
  const delivery = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!delivery) return null;
  return (
    <Button
      label="Replay"
      onClick={(event) => {
        event.stopPropagation();
        dataProvider.replayWebhookDelivery({ id: String(delivery.id) }).then(
          () => {
            notify('Queued again, with the same webhook-id', { type: 'info' });
            refresh();
          },
          (error: Error) => notify(error.message, { type: 'error' }),
        );
      }}
    >
      <ReplayIcon />
    </Button>
  );
};

/** A subscription and its delivery log: each event's status, attempts, last response code and duration. */
export const WebhookSubscriptionShow = () => (
  <Show
    title="Webhook"
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="url" />
      <TextField source="status" />
      <TextField source="disabledReason" emptyText="—" />
      <TextField source="consecutiveFailures" label="Failures in a row" />
      <ReferenceManyField reference="webhookDeliveries" target="subscriptionId" label="Delivery log" perPage={25}>
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="createdAt" label="Event" render={(d) => <DateField record={d} source="createdAt" showTime />} />
          <DataTable.Col source="eventType" />
          <DataTable.Col source="caseSequence" label="#" />
          <DataTable.Col source="status" render={(d) => <ValueChip value={d.status} />} />
          <DataTable.Col source="attempts" />
          <DataTable.Col source="lastStatusCode" label="HTTP" />
          <DataTable.Col source="lastDurationMs" label="ms" />
          <DataTable.Col label="" render={() => <ReplayButton />} />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
