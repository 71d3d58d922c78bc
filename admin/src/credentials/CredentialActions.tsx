import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, type HttpError } from 'react-admin';
import { humanize } from '../common/choices';
import type { ApiErrorBody, ImePanelDataProvider } from '../dataProvider';

type Decision = 'verify' | 'reject';

/**
 * Verify or reject a credential, confirmed in a dialog. Verification records who and when (the API takes the
 * caller and the time) and schedules the next re-verification; rejection needs a note saying why.
 */
const DecisionButton = ({ decision }: { decision: Decision }) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ message: string; noteError?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  if (!record) return null;
  const verify = decision === 'verify';
  const credential = `${humanize(record.kind)} ${record.number}`;

  const confirm = async () => {
    if (!verify && !note.trim()) {
      setProblem({ message: 'Say why it is rejected: the note is kept on the credential.', noteError: 'Required' });
      return;
    }
    setSaving(true);
    try {
      const { data } = verify
        ? await dataProvider.verifyCredential({ id: String(record.id), version: record.version, note: note || null })
        : await dataProvider.rejectCredential({ id: String(record.id), version: record.version, note });
      notify(verify ? `${credential} verified by ${data.verifiedBy}` : `${credential} rejected`, { type: verify ? 'success' : 'warning' });
      setOpen(false);
      setNote('');
      setProblem(null);
      refresh();
    } catch (error) {
      const body = (error as HttpError).body as ApiErrorBody | undefined;
      setProblem({ message: (error as Error).message, noteError: typeof body?.errors?.note === 'string' ? body.errors.note : undefined });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        color={verify ? 'success' : 'error'}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        {verify ? 'Verify' : 'Reject'}
      </Button>
      <Dialog open={open} onClose={() => !saving && setOpen(false)} onClick={(e) => e.stopPropagation()} maxWidth="sm" fullWidth>
        <DialogTitle>
          {verify ? 'Verify' : 'Reject'} {credential}?
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {verify
              ? `Confirm you checked it with ${record.issuer}. It is recorded as verified by you, now, and falls due for re-verification later.`
              : 'A rejected credential does not count for eligibility. The note is kept with your name.'}
          </DialogContentText>
          {problem && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {problem.message}
            </Alert>
          )}
          <TextField
            fullWidth
            multiline
            minRows={2}
            label={verify ? 'Note (optional)' : 'Why is it rejected?'}
            name="note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={Boolean(problem?.noteError)}
            helperText={problem?.noteError ?? (verify ? 'e.g. checked on the board website' : 'Required')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={saving}>
            Cancel
          </Button>
          <Button onClick={confirm} variant="contained" color={verify ? 'success' : 'error'} disabled={saving}>
            {verify ? 'Verify' : 'Reject'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** Verification is of the current term: a term a renewal replaced is history. */
export const VerifyCredentialButton = () => {
  const record = useRecordContext();
  return record && record.current !== false && record.verificationStatus !== 'VERIFIED' ? <DecisionButton decision="verify" /> : null;
};

export const RejectCredentialButton = () => {
  const record = useRecordContext();
  return record && record.current !== false && record.verificationStatus !== 'REJECTED' ? <DecisionButton decision="reject" /> : null;
};

/**
 * Renew a credential: the issuer's new term becomes a new, unverified credential, and this term is kept as it
 * was, marked as replaced (docs/rules.md, "Credential terms") — so the worklists stop listing it and its history
 * stays. Offered on current terms only.
 */
export const RenewCredentialButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ expiresOn: '', issuedOn: '', number: '' });
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [saving, setSaving] = useState(false);
  if (!record || record.current === false) return null;
  const credential = `${humanize(record.kind)} ${record.number}`;
  const field = (name: keyof typeof values, label: string, helper: string, type = 'date') => (
    <TextField
      fullWidth
      margin="dense"
      type={type}
      label={label}
      name={name}
      value={values[name]}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      error={Boolean(problem?.fields[name])}
      helperText={problem?.fields[name] ?? helper}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );

  const confirm = async () => {
    setSaving(true);
    try {
      await dataProvider.renewCredential({ id: String(record.id), version: record.version, ...values });
      notify(`${credential} renewed until ${values.expiresOn}: verify the new term`, { type: 'success' });
      setOpen(false);
      setValues({ expiresOn: '', issuedOn: '', number: '' });
      setProblem(null);
      refresh();
    } catch (error) {
      const body = (error as HttpError).body as ApiErrorBody | undefined;
      const fields = Object.fromEntries(Object.entries(body?.errors ?? {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      setProblem({ message: (error as Error).message, fields });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        Renew
      </Button>
      <Dialog open={open} onClose={() => !saving && setOpen(false)} onClick={(e) => e.stopPropagation()} maxWidth="sm" fullWidth>
        <DialogTitle>Renew {credential}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>
            The new term is recorded as a credential of its own, unverified until you check it with {record.issuer}. This term
            {record.expiresOn ? ` (until ${record.expiresOn})` : ''} is kept in the history as replaced.
          </DialogContentText>
          {problem && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {problem.message}
            </Alert>
          )}
          {field('expiresOn', 'New expiry date', 'The last day of the new term')}
          {field('issuedOn', 'New term starts', 'Leave empty for the day after this term ends')}
          {field('number', 'New number', 'Only if the issuer changed it', 'text')}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={saving}>
            Cancel
          </Button>
          <Button onClick={confirm} variant="contained" disabled={saving || !values.expiresOn}>
            Renew
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
