import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useListContext, useNotify, useRefresh, useUnselectAll, type RaRecord } from 'react-admin';

export interface BulkOutcome {
  record: RaRecord;
  error?: string;
}

/**
 * One action on every selected row, confirmed once with one note (a reason, when the action needs one). Each row is
 * its own API call — its own audit entry, its own optimistic-locking check — and the dialog then says which rows
 * succeeded and, for each refused one, why; nothing is reported done that was not.
 */
export const BulkAction = ({
  label,
  resource,
  describe,
  noteLabel,
  noteRequired = false,
  eligible = () => true,
  run,
}: {
  label: string;
  resource: string;
  /** How a row is named in the summary. */
  describe: (record: RaRecord) => string;
  noteLabel: string;
  noteRequired?: boolean;
  /** Rows the action applies to; the rest are left as they are and counted. */
  eligible?: (record: RaRecord) => boolean;
  run: (record: RaRecord, note: string) => Promise<unknown>;
}) => {
  const { selectedIds, data } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<BulkOutcome[] | null>(null);
  const selected = (data ?? []).filter((r) => selectedIds.includes(r.id));
  const targets = selected.filter(eligible);
  const skipped = selected.length - targets.length;

  const confirm = async () => {
    if (noteRequired && !note.trim()) return;
    setBusy(true);
    const results: BulkOutcome[] = [];
    for (const record of targets) {
      try {
        await run(record, note.trim());
        results.push({ record });
      } catch (error) {
        results.push({ record, error: (error as Error).message });
      }
    }
    setBusy(false);
    const refused = results.filter((r) => r.error);
    refresh();
    if (refused.length === 0) {
      notify(`${label}: ${results.length} done${skipped ? `, ${skipped} left as they were` : ''}`, { type: 'success' });
      unselectAll();
      close();
    } else {
      setOutcomes(results);
    }
  };
  const close = () => {
    setOpen(false);
    setNote('');
    setOutcomes(null);
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} disabled={selected.length === 0}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => !busy && close()} maxWidth="sm" fullWidth>
        <DialogTitle>
          {label}: {targets.length} of {selected.length} selected
        </DialogTitle>
        <DialogContent>
          {outcomes ? (
            <>
              <Alert severity="warning" sx={{ mb: 1 }}>
                {outcomes.filter((o) => !o.error).length} done, {outcomes.filter((o) => o.error).length} refused:
              </Alert>
              <List dense>
                {outcomes
                  .filter((o) => o.error)
                  .map((o) => (
                    <ListItem key={String(o.record.id)}>
                      {describe(o.record)}: {o.error}
                    </ListItem>
                  ))}
              </List>
            </>
          ) : (
            <>
              <DialogContentText sx={{ mb: 2 }}>
                {targets.length === 0
                  ? 'None of the selected rows can take this action.'
                  : `Each of the ${targets.length} is changed on its own and recorded with your name.${skipped ? ` ${skipped} selected ${skipped === 1 ? 'row does' : 'rows do'} not apply and stay as they are.` : ''}`}
              </DialogContentText>
              <TextField
                fullWidth
                multiline
                minRows={2}
                label={noteLabel}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                error={noteRequired && !note.trim()}
                helperText={noteRequired ? 'Required: it is kept on every one' : 'Optional: kept on every one'}
              />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={busy}>
            {outcomes ? 'Close' : 'Cancel'}
          </Button>
          {!outcomes && (
            <Button variant="contained" onClick={confirm} disabled={busy || targets.length === 0 || (noteRequired && !note.trim())}>
              {label}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
