import { CheckboxGroupInput, required, TextInput } from 'react-admin';
import { SCHEMA_ENUMS } from 'virtual:schema-enums';
import { humanize } from '../common/choices';

const EVENT_CHOICES = (SCHEMA_ENUMS.WebhookEventType ?? []).map((id) => ({ id, name: humanize(id) }));

/** The fields a subscription is made and changed with. */
export const WebhookSubscriptionFields = () => (
  <>
    <TextInput source="url" label="URL" validate={required()} fullWidth helperText="http or https; the platform POSTs signed events here (Standard Webhooks)" />
    <CheckboxGroupInput source="eventTypes" label="Events" choices={EVENT_CHOICES} validate={required()} />
    <TextInput source="description" fullWidth />
  </>
);
