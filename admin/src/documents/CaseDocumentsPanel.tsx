import { Alert, Button, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { SCHEMA_ENUMS } from 'virtual:schema-enums';
import { humanize } from '../common/choices';
import { downloadCaseDocument, listCaseDocuments, markDocumentServed, uploadCaseDocument, verifyCaseChain, type CaseDocumentRow } from './api';

/** Kinds a user uploads: NOTICE is the platform's (docs/documents.md, "Records intake"). */
const UPLOAD_KINDS = (SCHEMA_ENUMS.CaseDocumentKind ?? []).filter((kind) => kind !== 'NOTICE');
const PARTIES = SCHEMA_ENUMS.CaseParty ?? [];

const sizeOf = (bytes: number | null) => (bytes === null ? '' : bytes < 1_000_000 ? `${Math.round(bytes / 1000)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`);

/**
 * A case's records: the documents with their kind, who provided them, service and release to the examiner, pages
 * and hash; an upload form; downloads; and the check of the case's chain of custody. Embeddable in any case page.
 */
export function CaseDocumentsPanel({ caseId }: { caseId: string }) {
  const [documents, setDocuments] = useState<CaseDocumentRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState(UPLOAD_KINDS.includes('MEDICAL_RECORD') ? 'MEDICAL_RECORD' : (UPLOAD_KINDS[0] ?? ''));
  const [providedBy, setProvidedBy] = useState('CLIENT');
  const [servedOn, setServedOn] = useState('');
  const [busy, setBusy] = useState(false);

  const reload = useCallback(() => {
    listCaseDocuments(caseId).then(setDocuments, (e: Error) => setError(e.message));
  }, [caseId]);
  useEffect(reload, [reload]);

  const act = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
      if (done) setNotice(done);
      reload();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} sx={{ width: '100%' }} data-testid="case-documents">
      {error && <Alert severity="error">{error}</Alert>}
      {notice && <Alert severity="success">{notice}</Alert>}
      <Table size="small" aria-label="Documents">
        <TableHead>
          <TableRow>
            <TableCell>Document</TableCell>
            <TableCell>Kind</TableCell>
            <TableCell>Provided by</TableCell>
            <TableCell>Served on</TableCell>
            <TableCell>Examiner</TableCell>
            <TableCell>Pages</TableCell>
            <TableCell>SHA-256</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {documents?.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>No documents yet.</TableCell>
            </TableRow>
          )}
          {documents?.map((d) => (
            <TableRow key={d.id}>
              <TableCell>
                {d.fileName}
                <Typography variant="caption" display="block">
                  {d.status === 'STORED' ? `${d.mediaType} ${sizeOf(d.size)}` : 'waiting for upload'}
                </Typography>
              </TableCell>
              <TableCell>{humanize(d.kind)}</TableCell>
              <TableCell>{humanize(d.providedBy)}</TableCell>
              <TableCell>
                {d.servedOn ?? (
                  <Button size="small" disabled={busy} onClick={() => act(() => markDocumentServed(d, new Date().toISOString().slice(0, 10)), 'Marked served today')}>
                    Mark served today
                  </Button>
                )}
              </TableCell>
              <TableCell>{d.releasedToExaminer === null ? '' : d.releasedToExaminer ? 'released' : 'not yet'}</TableCell>
              <TableCell>{d.pageCount ?? ''}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 11 }}>{d.sha256?.slice(0, 16)}</TableCell>
              <TableCell>
                {d.status === 'STORED' && (
                  <Button size="small" disabled={busy} onClick={() => act(() => downloadCaseDocument(d))}>
                    Download
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label="Kind" value={kind} onChange={(e) => setKind(e.target.value)} sx={{ minWidth: 180 }}>
          {UPLOAD_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {humanize(k)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label="Provided by" value={providedBy} onChange={(e) => setProvidedBy(e.target.value)} sx={{ minWidth: 150 }}>
          {PARTIES.map((p) => (
            <MenuItem key={p} value={p}>
              {humanize(p)}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" type="date" label="Served on the other party" value={servedOn} onChange={(e) => setServedOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <Button component="label" variant="outlined" size="small">
          {file ? file.name : 'Choose file'}
          <input hidden type="file" accept="application/pdf,image/jpeg,image/png,image/tiff" aria-label="Document file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Button>
        <Button variant="contained" size="small" disabled={!file || busy} onClick={() => file && act(() => uploadCaseDocument({ caseId, kind, providedBy, servedOn: servedOn || null, file }), `Uploaded ${file.name}`).then(() => setFile(null))}>
          Upload
        </Button>
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            act(async () => {
              const chain = await verifyCaseChain(caseId);
              if (!chain.verified) throw new Error(`Chain of custody broken at entry ${chain.firstBroken?.seq} (${humanize(chain.firstBroken?.reason)})`);
              setNotice(`Chain of custody verified: ${chain.entries} entries`);
            })
          }
        >
          Verify chain of custody
        </Button>
      </Stack>
    </Stack>
  );
}
