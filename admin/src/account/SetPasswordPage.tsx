import { Alert, Button, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AccountCard } from './AccountCard';
import { publicAccountCall } from './api';

interface LinkInfo {
  purpose: 'INVITATION' | 'PASSWORD_RESET';
  email: string;
  name: string;
  expiresAt: string;
}

/**
 * Where an invitation or a password-reset link leads (`#/accept-invitation?token=…`, `#/reset-password?token=…`):
 * the person chooses a password, which the gateway checks against its password rule (at least 15 characters, not
 * a common password, not their e-mail address or name), and the link is used up.
 */
export const SetPasswordPage = ({ purpose }: { purpose: 'INVITATION' | 'PASSWORD_RESET' }) => {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [info, setInfo] = useState<LinkInfo | null>(null);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) {
      setLinkProblem('This link has no token: open the whole link you were given.');
      return;
    }
    void publicAccountCall<LinkInfo>('/auth/account-links/inspect', { token }).then((answer) => (answer.ok ? setInfo(answer.body) : setLinkProblem(answer.message)));
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (password !== repeat) return setProblem('The two passwords differ.');
    setBusy(true);
    const answer = await publicAccountCall<{ email: string }>('/auth/password', { token, password });
    setBusy(false);
    if (answer.ok) setDone(answer.body.email);
    else if (answer.field === 'password') setProblem(answer.message);
    else setLinkProblem(answer.message);
  };

  const title = purpose === 'INVITATION' ? 'Welcome — choose your password' : 'Choose a new password';
  if (done) {
    return (
      <AccountCard title={title}>
        <Alert severity="success" sx={{ mb: 2 }}>
          Your password is set. Sign in as {done}.
        </Alert>
        <Button component={Link} to="/login" variant="contained" fullWidth>
          Go to sign-in
        </Button>
      </AccountCard>
    );
  }
  return (
    <AccountCard title={title}>
      {linkProblem && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {linkProblem}
        </Alert>
      )}
      {info && (
        <form onSubmit={submit}>
          <Typography sx={{ mb: 2 }}>
            {info.name}, {info.email}
          </Typography>
          {problem && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {problem}
            </Alert>
          )}
          <TextField label="New password" name="password" type="password" autoComplete="new-password" fullWidth required autoFocus value={password} onChange={(e) => setPassword(e.target.value)} sx={{ mb: 1 }} />
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            At least 15 characters; a few words with spaces is easy to remember. Common passwords, your e-mail address and your name are refused.
          </Typography>
          <TextField label="Repeat the password" name="repeat" type="password" autoComplete="new-password" fullWidth required value={repeat} onChange={(e) => setRepeat(e.target.value)} sx={{ mb: 2 }} />
          <Button type="submit" variant="contained" fullWidth disabled={busy}>
            {busy ? 'Saving…' : 'Set password'}
          </Button>
        </form>
      )}
      {!info && !linkProblem && <Typography>Checking the link…</Typography>}
      {linkProblem && (
        <Button component={Link} to="/forgot-password" fullWidth>
          Ask for a new link
        </Button>
      )}
    </AccountCard>
  );
};
