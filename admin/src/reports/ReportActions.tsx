import EditIcon from '@mui/icons-material/Edit';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { ImePanelDataProvider } from '../dataProvider';
import { useRole } from '../workspaces/byRole';
import { addendumReasonChoices } from '../workspaces/choices';
import { EDITABLE_REPORT_STATUSES } from '../workspaces/WorkspaceReportList';

/** The examiner's way from a report still with them to the editor. */
export const EditReportButton = () => {
  const r = useRecordContext();
  if (useRole() !== 'EXAMINER' || !r || !EDITABLE_REPORT_STATUSES.includes(r.status)) return null;
  return (
    <Button component={RouterLink} to={`/reports/${r.id}`} startIcon={<EditIcon />}>
      Open in the editor
    </Button>
  );
};

/**
 * An addendum to a final report (docs/rules.md: after FINAL a report is frozen; corrections and answers to further
 * questions go into addenda), with its reason. The examiner starts one and writes it in the editor; the client who
 * ordered the case requests one: the draft goes to the assigned examiner, and the client follows it on its page.
 */
export const AddendumButton = () => {
  const r = useRecordContext();
  const role = useRole();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if ((role !== 'EXAMINER' && role !== 'CLIENT') || !r || !['FINAL', 'DELIVERED'].includes(r.status)) return null;
  const start = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.startReport({ caseId: String(r.caseId), kind: 'ADDENDUM', parentReportId: String(r.id), addendumReason: reason });
      if (role === 'CLIENT') {
        notify('Addendum requested: the examiner has it to write. You can follow it here.', { type: 'success' });
        navigate(`/reports/${data.id}/show`);
        return;
      }
      navigate(`/reports/${data.id}`);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      setBusy(false);
    }
  };
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <TextField select size="small" label="Addendum reason" value={reason} onChange={(e) => setReason(e.target.value)} sx={{ minWidth: 220 }}>
        {addendumReasonChoices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="outlined" disabled={busy || !reason} onClick={() => void start()}>
        {role === 'CLIENT' ? 'Request an addendum' : 'Write an addendum'}
      </Button>
    </Stack>
  );
};
