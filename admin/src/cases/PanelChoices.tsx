import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ImePanelDataProvider } from '../dataProvider';

/** What the client may do on an open panel under its procedure (docs/rules.md, "Panels"), in plain words. */
export function panelProcedureInWords(panel: { procedure?: string; choiceDueOn?: string | null; strikeDueOn?: string | null }): string {
  switch (panel.procedure) {
    case 'CLAIMANT_CHOICE':
      return `The claimant is not represented: they choose the examiner${panel.choiceDueOn ? ` until ${panel.choiceDueOn}` : ''}; after that day you may select one.`;
    case 'PARTY_STRIKES':
      return `The claimant is represented: each side may strike one examiner${panel.strikeDueOn ? ` until ${panel.strikeDueOn}` : ''}; the one left is the evaluator. A side that does not strike in time lets the other choose.`;
    default:
      return 'No panel rule applies here: you may strike one examiner, or select the one you want.';
  }
}

/**
 * The client's side of an open panel: strike an examiner or select one, each confirmed by the API. A refusal (the
 * choice period has not ended, the other side's turn, …) is shown as the API words it, and nothing changes.
 */
export const PanelChoiceButtons = ({ panel, member }: { panel: any; member: any }) => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const kase = useRecordContext();
  const [busy, setBusy] = useState(false);
  if (panel.status !== 'OPEN' || member.struckBy || member.selected) return null;
  const name = member.examiner?.displayName ?? 'this examiner';
  const choose = async (choice: 'strike' | 'select') => {
    setBusy(true);
    try {
      await dataProvider.choosePanelMember({ choice, panelId: panel.id, examinerId: member.examinerId });
      notify(choice === 'strike' ? `${name} was struck from the panel.` : `${name} was selected and is assigned to case ${kase?.referenceNumber ?? ''}.`, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" variant="outlined" color="warning" disabled={busy} onClick={() => void choose('strike')} aria-label={`Strike ${name}`}>
        Strike
      </Button>
      <Button size="small" variant="contained" disabled={busy} onClick={() => void choose('select')} aria-label={`Select ${name}`}>
        Select
      </Button>
    </Stack>
  );
};

export const PanelProcedure = ({ panel }: { panel: any }) =>
  panel.status === 'OPEN' ? (
    <Alert severity="info">{panelProcedureInWords(panel)}</Alert>
  ) : panel.selectionReason ? (
    <Typography color="text.secondary">{panel.selectionReason}</Typography>
  ) : null;
