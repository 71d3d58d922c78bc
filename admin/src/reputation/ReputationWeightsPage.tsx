import { Alert, Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, Loading, Title, useDataProvider, useNotify } from 'react-admin';
import { isConflict, WEIGHT_NAMES, type ImePanelDataProvider } from '../dataProvider';
import { CuratorOnly } from '../common/CuratorOnly';
import { ValueChip } from '../common/StatusChip';
import { mayAccess } from '../access';
import { ReputationWeightsHistory } from '../history/RecordHistories';
import { useRole } from '../workspaces/byRole';
import { COMPONENT_LABELS } from './components';
import { ScoreWithSample } from './ScoreWithSample';
import { RefreshReputationButton } from './RefreshReputationButton';

type Draft = Record<string, string>;

const toDraft = (weights: Record<string, unknown>): Draft => Object.fromEntries(WEIGHT_NAMES.map((n) => [n, String(weights[n] ?? 0)]));

/**
 * The admin-set weights of the composite score. Weights are relative (the API normalises them). "Preview" shows
 * how every examiner's score would move with the draft weights, from their latest inputs, before anything is
 * saved; saving uses the weights' version, so two administrators cannot silently overwrite each other.
 */
export const ReputationWeightsPage = () => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const role = useRole();
  const saved = useQuery({ queryKey: ['reputationWeights'], queryFn: () => dataProvider.getReputationWeights().then((r) => r.data) });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [preview, setPreview] = useState<Awaited<ReturnType<ImePanelDataProvider['previewReputationWeights']>> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // Load the saved weights into the form once; later refetches never overwrite what is being typed.
    if (saved.data && draft === null) {
      setDraft(toDraft(saved.data));
      setVersion(saved.data.version);
    }
  }, [saved.data, draft]);

  if (saved.isPending || !draft) return <Loading />;
  if (saved.error) return <Alert severity="error">{(saved.error as Error).message}</Alert>;

  const invalid = WEIGHT_NAMES.filter((n) => draft[n].trim() === '' || !(Number(draft[n]) >= 0));
  const total = WEIGHT_NAMES.reduce((sum, n) => sum + (Number(draft[n]) || 0), 0);

  const runPreview = async () => {
    setBusy(true);
    setProblem(null);
    try {
      setPreview(await dataProvider.previewReputationWeights({ weights: draft }));
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await dataProvider.updateReputationWeights({ weights: draft, version: version! });
      setVersion(data.version);
      await saved.refetch();
      notify('Weights saved. Scores change at the next refresh (or recompute now).', { type: 'success' });
    } catch (error) {
      setProblem(
        isConflict(error)
          ? 'Not saved: someone else changed the weights after you opened this page, and nothing was overwritten. Your numbers are still here: reload the page to see theirs.'
          : (error as Error).message,
      );
    } finally {
      setBusy(false);
    }
  };

  const rows = (preview?.data ?? [])
    .map((p) => ({ ...p, delta: p.previewScore !== null && p.currentScore !== null ? p.previewScore - p.currentScore : null }))
    .sort((a, b) => Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0));

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Reputation weights" />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Stack direction="row" sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography variant="h6">Weights of the composite score</Typography>
              <CuratorOnly>
                <RefreshReputationButton />
              </CuratorOnly>
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              Relative weights: each component counts for its weight divided by the sum ({total.toFixed(2)}). Last saved{' '}
              {saved.data?.updatedBy ? `by ${saved.data.updatedBy} ` : ''}
              {saved.data?.updatedAt ? new Date(saved.data.updatedAt).toLocaleString() : ''}.
            </Typography>
            {problem && (
              <Alert severity="error" sx={{ mb: 2 }} role="alert">
                {problem}
              </Alert>
            )}
            <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
              {WEIGHT_NAMES.map((name) => (
                <TextField
                  key={name}
                  name={name}
                  label={COMPONENT_LABELS[name].label}
                  helperText={`${COMPONENT_LABELS[name].measures}${total > 0 ? ` · ${Math.round(((Number(draft[name]) || 0) / total) * 100)}%` : ''}`}
                  type="number"
                  value={draft[name]}
                  error={invalid.includes(name)}
                  onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
                  slotProps={{ htmlInput: { min: 0, step: 0.05 } }}
                  sx={{ width: 260 }}
                />
              ))}
            </Stack>
            <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
              <Button variant="outlined" onClick={runPreview} disabled={busy || invalid.length > 0 || total === 0}>
                Preview the effect
              </Button>
              <CuratorOnly>
                <Button variant="contained" onClick={save} disabled={busy || invalid.length > 0 || total === 0}>
                  Save weights
                </Button>
              </CuratorOnly>
            </Stack>
          </CardContent>
        </Card>
        {preview && (
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>
                Preview: {preview.total} examiners, largest changes first
              </Typography>
              <Table size="small" data-testid="weights-preview">
                <TableHead>
                  <TableRow>
                    <TableCell>Examiner</TableCell>
                    <TableCell>Status</TableCell>
                    <TableCell align="right">Current score</TableCell>
                    <TableCell align="right">With these weights</TableCell>
                    <TableCell align="right">Change</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.id}>
                      <TableCell>
                        <Link to={`/examiners/${row.examiner.id}/show/reputation`}>{row.examiner.displayName}</Link>
                      </TableCell>
                      <TableCell>
                        <ValueChip value={row.examiner.status} />
                      </TableCell>
                      <TableCell align="right">
                        <ScoreWithSample score={row.currentScore} sample={row.examiner.reputation} />
                      </TableCell>
                      <TableCell align="right">
                        <ScoreWithSample score={row.previewScore} sample={row.examiner.reputation} />
                      </TableCell>
                      <TableCell align="right" sx={{ color: (row.delta ?? 0) < 0 ? 'error.main' : (row.delta ?? 0) > 0 ? 'success.main' : undefined }}>
                        {row.delta === null ? '—' : `${row.delta > 0 ? '+' : ''}${row.delta.toFixed(1)}`}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        )}
        {mayAccess(role, 'history', 'show') && (
          <Card>
            <CardContent>
              <ReputationWeightsHistory version={version} />
            </CardContent>
          </Card>
        )}
      </Stack>
    </Box>
  );
};
