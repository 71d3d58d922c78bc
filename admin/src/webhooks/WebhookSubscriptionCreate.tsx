import { useState } from 'react';
import { Alert } from '@mui/material';
import { Create, SimpleForm, TextInput, type RaRecord } from 'react-admin';
import { WebhookSubscriptionFields } from './WebhookSubscriptionForm';

/**
 * A new subscription. The answer carries the signing secret, shown this once, here: the API never shows it again
 * (rotate it to get a new one).
 */
export const WebhookSubscriptionCreate = () => {
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <>
      {secret && (
        <Alert severity="warning" sx={{ m: 2 }}>
          Signing secret, shown once — keep it to verify the webhook-signature header: <code>{secret}</code>
        </Alert>
      )}
      <Create title="New webhook" redirect={false} mutationOptions={{ onSuccess: (data: RaRecord) => setSecret(typeof data.secret === 'string' ? data.secret : null) }}>
        <SimpleForm>
          <TextInput source="clientId" label="Client id (administrators; empty: a platform subscription)" fullWidth />
          <WebhookSubscriptionFields />
        </SimpleForm>
      </Create>
    </>
  );
};
