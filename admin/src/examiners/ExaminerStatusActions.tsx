import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, type HttpError } from 'react-admin';
import type { ApiErrorBody, ImePanelDataProvider } from '../dataProvider';

type Target = 'ACTIVE' | 'SUSPENDED' | 'RETIRED';

const WHAT: Record<Target, { verb: string; explain: string; needsReason: boolean; colour: 'success' | 'warning' | 'error' }> = {
  ACTIVE: {
    verb: 'Activate',
    explain: 'Active examiners can be drawn for panels and assigned cases. Activation needs a specialty and a verified, unexpired medical licence.',
    needsReason: false,
    colour: 'success',
  },
  SUSPENDED: {
    verb: 'Suspend',
    explain: 'A suspended examiner is drawn for no new panel or case until reactivated. The reason is recorded with your name.',
    needsReason: true,
    colour: 'warning',
  },
  RETIRED: {
    verb: 'Retire',
    explain: 'A retired examiner leaves the panel; their cases and reports stay. The reason is recorded with your name.',
    needsReason: true,
    colour: 'error',
  },
};

/** The status changes the API allows from each status (an examiner never goes back to PENDING_REVIEW). */
function targetsFrom(status: string): Target[] {
  return (['ACTIVE', 'SUSPENDED', 'RETIRED'] as Target[]).filter((t) => t !== status && !(status === 'RETIRED' && t === 'SUSPENDED'));
}

const StatusChangeButton = ({ target }: { target: Target }) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ message: string; reasonError?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  if (!record) return null;
  const what = WHAT[target];
  const label = target === 'ACTIVE' && record.status !== 'PENDING_REVIEW' ? 'Reactivate' : what.verb;

  const confirm = async () => {
    if (what.needsReason && !reason.trim()) {
      setProblem({ message: 'Say why: the reason is recorded on the examiner.', reasonError: 'Required' });
      return;
    }
    setSaving(true);
    try {
      await dataProvider.changeExaminerStatus({ id: String(record.id), version: record.version, status: target, reason: reason || null });
      notify(`${record.displayName} is now ${target.toLowerCase()}`, { type: 'success' });
      setOpen(false);
      setReason('');
      setProblem(null);
      refresh();
    } catch (error) {
      const body = (error as HttpError).body as ApiErrorBody | undefined;
      const reasonError = typeof body?.errors?.reason === 'string' ? body.errors.reason : undefined;
      // The dialog stays open with the reason typed, whatever went wrong.
      setProblem({ message: (error as Error).message, reasonError });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button size="small" variant="outlined" color={what.colour} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => !saving && setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>
          {label} {record.displayName}?
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{what.explain}</DialogContentText>
          {problem && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {problem.message}
            </Alert>
          )}
          {what.needsReason && (
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={2}
              label="Reason"
              name="reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={Boolean(problem?.reasonError)}
              helperText={problem?.reasonError ?? 'Required'}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={saving}>
            Cancel
          </Button>
          <Button onClick={confirm} variant="contained" color={what.colour} disabled={saving}>
            {label}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** Activate, suspend (with a reason), retire: each confirmed in a dialog before the API is called. */
export const ExaminerStatusActions = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <>
      {targetsFrom(record.status).map((target) => (
        <StatusChangeButton key={target} target={target} />
      ))}
    </>
  );
};
