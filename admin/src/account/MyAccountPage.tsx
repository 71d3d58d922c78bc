import { Alert, Card, CardContent, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, Title } from 'react-admin';
import { accountApi } from '../dataProvider/users';
import { TotpEnrolment } from './TotpEnrolment';

interface OwnAccount {
  email: string;
  name: string;
  role: string;
  twoFactor: boolean;
  twoFactorRequired: boolean;
  lastLoginAt: string | null;
}

/** "My account": who is signed in, and TOTP two-factor authentication to turn on (an administrator resets it). */
export const MyAccountPage = () => {
  const [account, setAccount] = useState<OwnAccount | null>(null);
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    accountApi<OwnAccount>('GET', '/auth/account').then(setAccount, (error: Error) => setProblem(error.message));
  }, []);

  const start = async () => {
    setProblem(null);
    try {
      setEnrolment(await accountApi('POST', '/auth/account/two-factor'));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const confirm = async (code: string) => {
    setBusy(true);
    setProblem(null);
    try {
      setAccount(await accountApi<OwnAccount>('POST', '/auth/account/two-factor/confirm', { code }).then((a) => ({ ...account!, ...a })));
      setEnrolment(null);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title="My account" />
      <CardContent>
        {account && (
          <>
            <Typography variant="h6">{account.name}</Typography>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {account.email} · {account.role.toLowerCase()}
            </Typography>
            <Typography variant="subtitle1" gutterBottom>
              Two-factor authentication
            </Typography>
            {account.twoFactor ? (
              <Alert severity="success">On: every sign-in asks for your authenticator app’s code. If you lose the app, ask an administrator to reset it.</Alert>
            ) : enrolment ? (
              <TotpEnrolment {...enrolment} onCode={confirm} busy={busy} problem={problem} />
            ) : (
              <>
                <Typography sx={{ mb: 2 }}>Off.{account.twoFactorRequired ? ' Your role must use it.' : ' Turn it on to protect your account with a code from an authenticator app.'}</Typography>
                <Button label="Set up two-factor authentication" variant="contained" onClick={start} />
              </>
            )}
          </>
        )}
        {problem && !enrolment && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};
