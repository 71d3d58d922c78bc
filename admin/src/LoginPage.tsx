import { Alert, Button, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useLogin } from 'react-admin';
import { Link } from 'react-router';
import { AccountCard } from './account/AccountCard';
import { TotpEnrolment } from './account/TotpEnrolment';
import { SecondFactorRequired, signInEnrolment } from './authProvider';

type Step = { kind: 'password' } | { kind: 'code'; mfaToken: string } | { kind: 'enrol'; mfaToken: string; secret: string; otpauthUri: string };

/**
 * Email and password against the gateway's POST /auth/login (see authProvider.ts); then, for an account with
 * TOTP (or whose role requires it), the authenticator app's code — after setting it up, the first time.
 */
export const LoginPage = () => {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = async (params: Parameters<typeof login>[0]) => {
    setBusy(true);
    setProblem(null);
    try {
      await login(params);
    } catch (error) {
      if (error instanceof SecondFactorRequired) {
        if (error.enrolmentRequired) {
          try {
            setStep({ kind: 'enrol', mfaToken: error.mfaToken, ...(await signInEnrolment(error.mfaToken)) });
          } catch (enrolError) {
            setProblem((enrolError as Error).message);
          }
        } else setStep({ kind: 'code', mfaToken: error.mfaToken });
      } else {
        setProblem((error as Error).message);
        if (/sign in again/i.test((error as Error).message)) setStep({ kind: 'password' });
      }
      setBusy(false);
    }
  };
  const submitPassword = (event: FormEvent) => {
    event.preventDefault();
    void attempt({ email, password });
  };
  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (step.kind === 'code') void attempt({ mfaToken: step.mfaToken, code: code.trim() });
  };

  if (step.kind === 'enrol') {
    return (
      <AccountCard title="Your account must use two-factor authentication: set it up to sign in.">
        <TotpEnrolment secret={step.secret} otpauthUri={step.otpauthUri} busy={busy} problem={problem} onCode={(c) => void attempt({ mfaToken: step.mfaToken, code: c })} />
      </AccountCard>
    );
  }
  if (step.kind === 'code') {
    return (
      <AccountCard title="Enter the code your authenticator app shows.">
        {problem && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        <form onSubmit={submitCode}>
          <TextField label="Code" name="code" autoComplete="one-time-code" inputMode="numeric" fullWidth required autoFocus value={code} onChange={(e) => setCode(e.target.value)} sx={{ mb: 2 }} />
          <Button type="submit" variant="contained" fullWidth disabled={busy}>
            {busy ? 'Checking…' : 'Verify'}
          </Button>
        </form>
        <Button fullWidth sx={{ mt: 1 }} onClick={() => setStep({ kind: 'password' })}>
          Back
        </Button>
      </AccountCard>
    );
  }
  return (
    <AccountCard title="Sign in to the console.">
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {problem}
        </Alert>
      )}
      <form onSubmit={submitPassword}>
        <TextField label="Email" name="email" type="email" autoComplete="username" fullWidth required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} sx={{ mb: 2 }} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" fullWidth required value={password} onChange={(e) => setPassword(e.target.value)} sx={{ mb: 2 }} />
        <Button type="submit" variant="contained" fullWidth disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      <Button component={Link} to="/forgot-password" fullWidth sx={{ mt: 1 }}>
        Forgot your password?
      </Button>
    </AccountCard>
  );
};
