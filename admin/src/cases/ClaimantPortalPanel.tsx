import { Alert, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import type { ImePanelDataProvider } from '../dataProvider';
import { useRole } from '../workspaces/byRole';

/**
 * The claimant portal on the case page (docs/claimant-portal.md), for the case's client and administrators: the
 * portal links of the claimant and the representative (revoke, reissue — a new link is shown once and e-mailed),
 * and the claimant's requests and complaints with buttons to answer them. Acknowledgements, requests and feedback
 * are on the Timeline tab.
 */
export const ClaimantPortalPanel = () => {
  const kase = useRecordContext();
  const role = useRole();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [data, setData] = useState<{ accesses: any[]; requests: any[] } | null>(null);
  const [issued, setIssued] = useState<{ link: string; sentTo: string | null } | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const caseId = kase ? String(kase.id) : null;
  // Examiners and analysts never see the portal's links or requests (the API refuses them): nothing is asked.
  const staff = role === 'ADMIN' || role === 'CLIENT';
  const load = useCallback(async () => {
    if (!caseId || !staff) return;
    setData((await dataProvider.getClaimantPortal({ caseId })).data);
  }, [caseId, dataProvider, staff]);
  useEffect(() => {
    void load().catch((error: Error) => notify(error.message, { type: 'error' }));
  }, [load, notify]);
  if (!kase || !staff) return null;
  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      notify(done, { type: 'success' });
      await load();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const issue = (party: 'CLAIMANT' | 'REPRESENTATIVE') =>
    act(async () => setIssued((await dataProvider.issueClaimantAccess({ caseId: String(kase.id), party })).data), 'A new portal link was issued; earlier links of that person stop working.');
  const answer = (request: any, granted: boolean) =>
    act(() => dataProvider.answerClaimantRequest({ requestId: request.id, granted, answer: answers[request.id]?.trim() ?? '' }), `Answer sent: ${granted ? 'granted' : 'declined'}.`);
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Typography variant="h6">Claimant portal</Typography>
      {issued && (
        <Alert severity="success" onClose={() => setIssued(null)}>
          New link (shown once{issued.sentTo ? `, e-mailed to ${issued.sentTo}` : ''}): <code>{issued.link}</code>
        </Alert>
      )}
      <Table size="small" aria-label="Claimant portal links">
        <TableHead>
          <TableRow>
            <TableCell>For</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Issued</TableCell>
            <TableCell>Last used</TableCell>
            <TableCell>Wrong tries</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {(data?.accesses ?? []).map((a) => (
            <TableRow key={a.id}>
              <TableCell>{humanize(a.party)}</TableCell>
              <TableCell>{humanize(a.status)}</TableCell>
              <TableCell>{formatDateTime(a.issuedAt)}</TableCell>
              <TableCell>{formatDateTime(a.lastVerifiedAt) || '—'}</TableCell>
              <TableCell>{a.failedAttempts}</TableCell>
              <TableCell>
                {a.status === 'ACTIVE' && (
                  <Button size="small" color="warning" disabled={busy} onClick={() => void act(() => dataProvider.revokeClaimantAccess({ accessId: a.id }), 'The link was turned off.')}>
                    Revoke
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" disabled={busy} onClick={() => void issue('CLAIMANT')}>
          {data?.accesses.some((a) => a.party === 'CLAIMANT') ? 'Reissue claimant link' : 'Issue claimant link'}
        </Button>
        {kase.claimantRepresented && (
          <Button variant="outlined" disabled={busy} onClick={() => void issue('REPRESENTATIVE')}>
            {data?.accesses.some((a) => a.party === 'REPRESENTATIVE') ? 'Reissue representative link' : 'Issue representative link'}
          </Button>
        )}
      </Stack>
      <Typography variant="subtitle1">Requests from the claimant</Typography>
      {data && data.requests.length === 0 && <Typography color="text.secondary">No requests.</Typography>}
      {(data?.requests ?? []).map((r) => (
        <Stack key={r.id} spacing={1} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
          <Typography>
            <strong>{humanize(r.kind)}</strong> by the {humanize(r.party).toLowerCase()}, {formatDateTime(r.createdAt)}
            {r.language ? ` (language: ${r.language})` : ''} — {humanize(r.status)}
          </Typography>
          {r.details && <Typography sx={{ whiteSpace: 'pre-line' }}>{r.details}</Typography>}
          {r.answer && <Typography color="text.secondary">Answer ({formatDateTime(r.answeredAt)}): {r.answer}</Typography>}
          {r.status === 'OPEN' && (
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'center' }}>
              <TextField
                size="small"
                label="Answer to the claimant"
                value={answers[r.id] ?? ''}
                onChange={(e) => setAnswers((all) => ({ ...all, [r.id]: e.target.value }))}
                sx={{ minWidth: 280 }}
              />
              <Button size="small" variant="contained" disabled={busy || !answers[r.id]?.trim()} onClick={() => void answer(r, true)}>
                Grant
              </Button>
              <Button size="small" variant="outlined" disabled={busy || !answers[r.id]?.trim()} onClick={() => void answer(r, false)}>
                Decline
              </Button>
            </Stack>
          )}
        </Stack>
      ))}
    </Stack>
  );
};
