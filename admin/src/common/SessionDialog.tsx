import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useLogout, useNotify } from 'react-admin';
import { authProvider, SecondFactorRequired, sessionState, subscribeToSession, WARN_BEFORE_END_MS } from '../authProvider';

const useSession = () => useSyncExternalStore(subscribeToSession, sessionState);

/** The current time, ticking every `ms` (enough to notice when a session's end comes near). */
function useNow(ms: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/** What decides what a page shows: who, in which role, bound to what. */
const accessOf = (user: NonNullable<ReturnType<typeof sessionState>['user']>) =>
  JSON.stringify([user.id, user.role, user.clientId, user.examinerId, user.manager === true]);

const timeOfDay = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * Signing in again without leaving the page (docs/console.md, "Sessions"): when the session has ended — an
 * administrator ended it, it reached its time limit, the account changed — every call fails and says so (nothing is
 * reported saved), and this dialog opens over the page, whose forms keep what was typed. After the password (and
 * the authenticator code, for an account with two-factor authentication) the calls that failed are read again and
 * the user repeats the save. Also opened from the warning before the session's end (`SessionExpiryWarning`).
 */
export const SessionDialog = ({ renewing, onClose }: { renewing: boolean; onClose(): void }) => {
  const session = useSession();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const logout = useLogout();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = (session.ended || renewing) && session.user !== null;
  const email = session.user?.email ?? '';

  const attempt = async (params: { email: string; password: string } | { mfaToken: string; code: string }) => {
    const before = session.user;
    setBusy(true);
    setProblem(null);
    try {
      await authProvider.login(params);
      const after = sessionState().user;
      if (!before || !after || accessOf(before) !== accessOf(after)) {
        // Someone else, or the same account with another role or binding (its change ended the session): the page
        // was drawn for the previous access, so it starts again.
        window.location.reload();
        return;
      }
      setPassword('');
      setCode('');
      setMfaToken(null);
      onClose();
      // What failed while there was no session is read again; a form's own record is not (it would reset the form).
      await queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
      notify(renewing ? 'Signed in again: a new session has started.' : 'Signed in again. Nothing was saved while you were signed out: repeat your last action (the form still has your edits).', {
        type: 'info',
      });
    } catch (error) {
      if (error instanceof SecondFactorRequired && !error.enrolmentRequired) setMfaToken(error.mfaToken);
      else if (error instanceof SecondFactorRequired) setProblem('This account must first set up two-factor authentication: sign out and sign in from the sign-in page.');
      else setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void attempt(mfaToken ? { mfaToken, code: code.trim() } : { email, password });
  };

  return (
    <Dialog open={open} aria-labelledby="session-dialog-title" aria-describedby="session-dialog-text" onClose={session.ended ? undefined : onClose}>
      <form onSubmit={submit}>
        <DialogTitle id="session-dialog-title">{session.ended ? 'Your session has ended' : 'Sign in again'}</DialogTitle>
        <DialogContent>
          <DialogContentText id="session-dialog-text" sx={{ mb: 2 }}>
            {session.ended
              ? 'You were signed out: an administrator ended the session, it reached its time limit, or the account changed. Nothing on this page is lost, but nothing was saved after the session ended. Sign in again to go on; then repeat your last action.'
              : 'A new session starts with the password, and the page stays as it is.'}
          </DialogContentText>
          {problem && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {problem}
            </Alert>
          )}
          <Stack spacing={2}>
            <TextField label="Email" name="email" autoComplete="username" value={email} slotProps={{ input: { readOnly: true } }} />
            {mfaToken ? (
              <TextField label="Code" name="code" autoComplete="one-time-code" inputMode="numeric" required autoFocus value={code} onChange={(e) => setCode(e.target.value)} />
            ) : (
              <TextField label="Password" name="password" type="password" autoComplete="current-password" required autoFocus value={password} onChange={(e) => setPassword(e.target.value)} />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          {session.ended ? (
            <Button onClick={() => logout()}>Sign out</Button>
          ) : (
            <Button onClick={onClose}>Not now</Button>
          )}
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? 'Signing in…' : mfaToken ? 'Verify' : 'Sign in'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};

/**
 * A session lasts at most SESSION_MAX_AGE_SECONDS after its sign-in, however active (docs/security.md): this warns
 * WARN_BEFORE_END_MS before, so that nobody is surprised in the middle of a form, and offers to sign in again now.
 */
export const SessionExpiryWarning = ({ onSignIn }: { onSignIn(): void }) => {
  const session = useSession();
  const now = useNow(15_000);
  if (!session.endsAt || session.ended) return null;
  const left = new Date(session.endsAt).getTime() - now;
  if (left > WARN_BEFORE_END_MS) return null;
  return (
    <Alert
      severity="warning"
      role="status"
      data-testid="session-expiry-warning"
      sx={{ mb: 1 }}
      action={
        <Button color="inherit" size="small" onClick={onSignIn}>
          Sign in again now
        </Button>
      }
    >
      Your session ends at {timeOfDay(session.endsAt)} ({Math.max(0, Math.ceil(left / 60_000))} min): sessions have a time limit from sign-in. Save what you are working on, or sign in
      again now to start a new session.
    </Alert>
  );
};

/** The session's two messages, for the layout: the warning before its end and the dialog after it. */
export const SessionGuard = () => {
  const [renewing, setRenewing] = useState(false);
  return (
    <>
      <SessionExpiryWarning onSignIn={() => setRenewing(true)} />
      <SessionDialog renewing={renewing} onClose={() => setRenewing(false)} />
    </>
  );
};
