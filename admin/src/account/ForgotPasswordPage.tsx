import { Alert, Button, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AccountCard } from './AccountCard';
import { publicAccountCall } from './api';

/**
 * "Forgot password": asks the gateway for a reset link. The answer is the same whether or not the address has
 * an account, so this page cannot be used to find out who has one.
 */
export const ForgotPasswordPage = () => {
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await publicAccountCall<{ message: string }>('/auth/password-reset', { email });
    setBusy(false);
    setAnswer(result.ok ? { severity: 'success', text: `${result.body.message} If nothing arrives, ask your administrator for a password reset.` } : { severity: 'error', text: result.message });
  };

  return (
    <AccountCard title="Forgot your password?">
      {answer && (
        <Alert severity={answer.severity} sx={{ mb: 2 }}>
          {answer.text}
        </Alert>
      )}
      <form onSubmit={submit}>
        <TextField label="Email" name="email" type="email" autoComplete="username" fullWidth required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} sx={{ mb: 2 }} />
        <Button type="submit" variant="contained" fullWidth disabled={busy}>
          Send a reset link
        </Button>
      </form>
      <Button component={Link} to="/login" fullWidth sx={{ mt: 1 }}>
        Back to sign-in
      </Button>
    </AccountCard>
  );
};
