import { Button } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { ImePanelDataProvider } from '../dataProvider';

/** Recomputes every examiner's composite from the real rows now (`refreshReputation`) and reloads the page's data. */
export const RefreshReputationButton = ({ onDone }: { onDone?: (result: { examinersScored: number; examinersWithoutData: number }) => void }) => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      const { data } = await dataProvider.refreshReputation();
      notify(`Scores recomputed: ${data.examinersScored} examiners scored, ${data.examinersWithoutData} without data yet`, { type: 'success' });
      onDone?.(data);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setRunning(false);
    }
  };
  return (
    <Button size="small" variant="outlined" startIcon={<RefreshIcon />} onClick={run} disabled={running}>
      {running ? 'Recomputing…' : 'Recompute scores now'}
    </Button>
  );
};
