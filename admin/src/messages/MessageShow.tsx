import { DateField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';

const Body = () => {
  const message = useRecordContext();
  return <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>{message?.text}</pre>;
};

/** One message as it was sent (or kept): the plain-text body; attachments by name. */
export const MessageShow = () => (
  <Show title="Message">
    <SimpleShowLayout>
      <TextField source="subject" />
      <TextField source="recipient" />
      <TextField source="template" />
      <TextField source="language" />
      <TextField source="status" />
      <TextField source="lastError" emptyText="—" />
      <DateField source="createdAt" showTime />
      <DateField source="sentAt" showTime emptyText="not sent (no SMTP_URL, or not yet)" />
      <TextField source="attachmentNames" label="Attachments" emptyText="—" />
      <Body />
    </SimpleShowLayout>
  </Show>
);
