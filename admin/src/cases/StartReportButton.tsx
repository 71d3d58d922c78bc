import { Button } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext } from 'react-admin';
import { useNavigate } from 'react-router';
import type { ImePanelDataProvider } from '../dataProvider';
import { useRole } from '../workspaces/byRole';

/** The assigned examiner starts the IME report of an examined case and goes on to write it. */
export const StartReportButton = () => {
  const c = useRecordContext();
  const role = useRole();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const hasReport = (c?.reports ?? []).some((r: any) => r.kind === 'IME');
  if (role !== 'EXAMINER' || c?.status !== 'EXAMINED' || hasReport) return null;
  const start = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.startReport({ caseId: String(c.id) });
      navigate(`/reports/${data.id}`);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      setBusy(false);
    }
  };
  return (
    <Button variant="contained" disabled={busy} onClick={() => void start()} sx={{ mb: 2 }}>
      Start the report
    </Button>
  );
};
