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

export const VerifyCredentialButton = () => {
  const record = useRecordContext();
  return record && record.verificationStatus !== 'VERIFIED' ? <DecisionButton decision="verify" /> : null;
};

export const RejectCredentialButton = () => {
  const record = useRecordContext();
  return record && record.verificationStatus !== 'REJECTED' ? <DecisionButton decision="reject" /> : null;
};
