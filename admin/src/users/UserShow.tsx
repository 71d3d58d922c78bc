import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  DateField,
  EditButton,
  FunctionField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useGetIdentity,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useUpdate,
} from 'react-admin';
import { useLocation } from 'react-router';
import type { ImePanelDataProvider } from '../dataProvider';
import type { UsersActions } from '../dataProvider/users';
import { AccountLinkAlert, type AccountLinkAnswer } from './AccountLinkAlert';

type Link = { title: string; answer: AccountLinkAnswer };

/** The actions on one account: each answers at once, and the page shows what changed (or the refusal). */
const UserActions = ({ onLink }: { onLink: (link: Link) => void }) => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const dataProvider = useDataProvider<ImePanelDataProvider & UsersActions>();
  const { identity } = useGetIdentity();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const admin = permissions?.role === 'ADMIN';
  const self = identity?.id === record.id;
  const act = (label: string, work: () => Promise<unknown>) => async () => {
    try {
      await work();
      notify(label, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <TopToolbar>
      <EditButton />
      {!record.passwordSet && record.active && (
        <Button onClick={act('A new invitation was made', async () => onLink({ title: 'New invitation', answer: (await dataProvider.resendInvitation({ id: String(record.id) })).data as AccountLinkAnswer }))}>
          New invitation link
        </Button>
      )}
      {record.passwordSet && record.active && (
        <Button onClick={act('A password reset was made', async () => onLink({ title: 'Password reset', answer: (await dataProvider.resetPassword({ id: String(record.id) })).data as AccountLinkAnswer }))}>
          Reset password
        </Button>
      )}
      {admin && record.twoFactor && <Button onClick={act('Two-factor authentication was reset', () => dataProvider.resetTwoFactor({ id: String(record.id) }))}>Reset two-factor</Button>}
      {admin && <Button onClick={act('Every session of this user has ended', () => dataProvider.endUserSessions({ id: String(record.id) }))}>End sessions</Button>}
      {!self && (
        <Button
          color={record.active ? 'error' : 'primary'}
          disabled={isPending}
          onClick={() =>
            update(
              'users',
              { id: record.id, data: { active: !record.active }, previousData: record },
              {
                onSuccess: () => notify(record.active ? 'The user is disabled and signed out everywhere' : 'The user is enabled', { type: 'success' }),
                onError: (error) => notify((error as Error).message, { type: 'error' }),
              },
            )
          }
        >
          {record.active ? 'Disable' : 'Enable'}
        </Button>
      )}
    </TopToolbar>
  );
};

interface SessionRow {
  id: string;
  transport: string;
  createdAt: string;
  lastRefreshedAt: string;
  expiresAt: string;
  userAgent: string | null;
  address: string | null;
}

const Sessions = () => {
  const record = useRecordContext();
  if (!record || record.sessions === null || record.sessions === undefined) return null;
  const sessions = record.sessions as SessionRow[];
  if (sessions.length === 0) return <Typography color="text.secondary">No open session.</Typography>;
  return (
    <Table size="small" aria-label="Open sessions">
      <TableHead>
        <TableRow>
          <TableCell>Signed in</TableCell>
          <TableCell>Last active</TableCell>
          <TableCell>Expires</TableCell>
          <TableCell>Browser or client</TableCell>
          <TableCell>Address</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sessions.map((s) => (
          <TableRow key={s.id}>
            <TableCell>{new Date(s.createdAt).toLocaleString()}</TableCell>
            <TableCell>{new Date(s.lastRefreshedAt).toLocaleString()}</TableCell>
            <TableCell>{new Date(s.expiresAt).toLocaleString()}</TableCell>
            <TableCell>{s.userAgent ?? '—'}</TableCell>
            <TableCell>{s.address ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The invitation or reset just made, for the account shown. */
const LinkAlert = ({ link, onClose }: { link: Link; onClose: () => void }) => {
  const record = useRecordContext();
  return <AccountLinkAlert title={link.title} answer={link.answer} email={record?.email} onClose={onClose} />;
};

/**
 * One account: who they are, their binding, last sign-in and (administrators) open sessions, with the actions an
 * administrator or organisation manager may take. The invitation made by "Invite a user" is shown here once: e-mailed,
 * or its link (in development, or when the platform sends no e-mail).
 */
export const UserShow = () => {
  const location = useLocation();
  const invitation = (location.state as { invitation?: AccountLinkAnswer | null } | null)?.invitation;
  const [link, setLink] = useState<Link | null>(invitation ? { title: 'Invitation', answer: invitation } : null);
  return (
    <Show actions={<UserActions onLink={setLink} />} title={<FunctionField render={(u) => `User ${u.name}`} />}>
      {link && (
        <Box sx={{ px: 2, pt: 2 }}>
          <LinkAlert link={link} onClose={() => setLink(null)} />
        </Box>
      )}
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="email" label="E-mail" />
        <TextField source="role" />
        <FunctionField
          label="Bound to"
          render={(u) =>
            u.clientId ? (
              <ReferenceField source="clientId" reference="clients" link={false} />
            ) : u.examinerId ? (
              <ReferenceField source="examinerId" reference="examiners" link="show" />
            ) : (
              '—'
            )
          }
        />
        <BooleanField source="manager" label="Manages the organisation’s users" />
        <FunctionField label="Language" render={(u) => (u.language === 'es' ? 'Español' : 'English')} />
        <BooleanField source="active" />
        <FunctionField label="Password" render={(u) => (u.passwordSet ? 'set' : 'invited, not set yet')} />
        <FunctionField label="Two-factor" render={(u) => (u.twoFactor ? 'on (TOTP)' : 'off')} />
        <FunctionField label="Last sign-in" render={(u) => (u.lastLoginAt ? <DateField source="lastLoginAt" showTime /> : 'never')} />
        <DateField source="createdAt" label="Created" showTime />
        <FunctionField
          label="Open sessions"
          render={(u) => (u.sessions === null ? <Alert severity="info">Sessions are shown to administrators.</Alert> : <Stack><Sessions /></Stack>)}
        />
      </SimpleShowLayout>
    </Show>
  );
};
