import { Alert, AlertTitle, Box, Button, TextField } from '@mui/material';
import { DateField } from 'react-admin';

/**
 * A single-use link an administrator hands to a user (until the platform e-mails it): an invitation after
 * creating an account, or a password reset. Shown once; only its hash is stored.
 */
export const AccountLinkAlert = ({ title, link, expiresAt, onClose }: { title: string; link: string; expiresAt: string; onClose?: () => void }) => (
  <Alert severity="success" sx={{ mb: 2 }} onClose={onClose} data-testid="account-link">
    <AlertTitle>{title}</AlertTitle>
    Give this link to the user: it works once, until <DateField record={{ expiresAt }} source="expiresAt" showTime />. It is not shown again.
    <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
      <TextField value={link} label="Link" size="small" fullWidth slotProps={{ input: { readOnly: true } }} onFocus={(e) => e.target.select()} />
      <Button variant="outlined" onClick={() => void navigator.clipboard?.writeText(link)}>
        Copy
      </Button>
    </Box>
  </Alert>
);
