import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';

/**
 * Setting up TOTP: the key to add to an authenticator app (typed in, or opened as an otpauth:// link on a phone),
 * then the app's current code to confirm. Shared by "My account" and by a sign-in that requires two-factor.
 */
export const TotpEnrolment = ({ secret, otpauthUri, onCode, busy, problem }: { secret: string; otpauthUri: string; onCode: (code: string) => void; busy: boolean; problem: string | null }) => {
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCode(code.trim());
  };
  return (
    <form onSubmit={submit}>
      <Typography sx={{ mb: 1 }}>Add this key to your authenticator app (time-based, 6 digits, 30 seconds):</Typography>
      <Box component="code" data-testid="totp-secret" sx={{ display: 'block', p: 1, mb: 1, bgcolor: 'grey.100', fontSize: 18, letterSpacing: 2, wordBreak: 'break-all' }}>
        {secret.replace(/(.{4})/g, '$1 ').trim()}
      </Box>
      <Typography variant="body2" sx={{ mb: 2 }}>
        On a phone, <a href={otpauthUri}>open it in the app</a>. The key is shown only now.
      </Typography>
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {problem}
        </Alert>
      )}
      <TextField label="Code" name="code" autoComplete="one-time-code" inputMode="numeric" fullWidth required value={code} onChange={(e) => setCode(e.target.value)} sx={{ mb: 2 }} />
      <Button type="submit" variant="contained" fullWidth disabled={busy}>
        Confirm
      </Button>
    </form>
  );
};
