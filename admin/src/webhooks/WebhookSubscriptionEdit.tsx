import { Edit, SelectInput, SimpleForm } from 'react-admin';
import { WebhookSubscriptionFields } from './WebhookSubscriptionForm';

/** Changes the URL or the events; ACTIVE enables a disabled subscription again (what is pending is then sent). */
export const WebhookSubscriptionEdit = () => (
  <Edit title="Webhook" mutationMode="pessimistic">
    <SimpleForm>
      <WebhookSubscriptionFields />
      <SelectInput source="status" choices={[{ id: 'ACTIVE', name: 'Active' }, { id: 'DISABLED', name: 'Disabled' }]} />
    </SimpleForm>
  </Edit>
);
