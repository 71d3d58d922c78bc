import { Alert, AlertTitle, Box, Button, TextField } from '@mui/material';
import { DateField } from 'react-admin';

/**
 * What the gateway answers when an invitation or a password reset is made (docs/security.md, "Accounts and
 * invitations"): whether it was e-mailed, and the link itself only in development or when it was not e-mailed.
 */
export interface AccountLinkAnswer {
  link: string | null;
  expiresAt: string;
  emailed?: boolean;
  messageId?: string | null;
}

/**
 * An invitation or a password reset just made: e-mailed to the user, or — without e-mail (no SMTP_URL: the message
 * waits in the Messages page) — a single-use link the administrator hands over. A link is shown once; only its
 * hash is stored.
 */
export const AccountLinkAlert = ({ title, answer, email, onClose }: { title: string; answer: AccountLinkAnswer; email?: string; onClose?: () => void }) => {
  const until = <DateField record={{ expiresAt: answer.expiresAt }} source="expiresAt" showTime />;
  return (
    <Alert severity="success" sx={{ mb: 2 }} onClose={onClose} data-testid="account-link">
      <AlertTitle>{title}</AlertTitle>
      {answer.emailed ? (
        <>
          E-mailed to {email ?? 'the user'}: the link works once, until {until}.{answer.link ? ' In development it is also shown here.' : ''}
        </>
      ) : (
        <>
          Not e-mailed (the platform sends no e-mail: the message waits in Messages). Give this link to the user: it works once, until {until}. It is
          not shown again.
        </>
      )}
      {answer.link && (
        <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
          <TextField value={answer.link} label="Link" size="small" fullWidth slotProps={{ input: { readOnly: true } }} onFocus={(e) => e.target.select()} />
          <Button variant="outlined" onClick={() => void navigator.clipboard?.writeText(answer.link!)}>
            Copy
          </Button>
        </Box>
      )}
    </Alert>
  );
};
