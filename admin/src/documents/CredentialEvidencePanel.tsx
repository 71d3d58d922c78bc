import { Alert, Button, List, ListItem, ListItemText, MenuItem, Stack, TextField } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { SCHEMA_ENUMS } from 'virtual:schema-enums';
import { humanize } from '../common/choices';
import { downloadCredentialEvidence, listCredentialEvidence, uploadCredentialEvidence, type EvidenceRow } from './api';

const KINDS = SCHEMA_ENUMS.CredentialEvidenceKind ?? [];

/** A credential's evidence (licence scan, certificate of insurance): list, upload, download; the one verified against is marked. */
export function CredentialEvidencePanel({ credentialId }: { credentialId: string }) {
  const [rows, setRows] = useState<{ evidence: EvidenceRow[]; verifiedAgainstDocumentId: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState(KINDS[0] ?? 'OTHER');
  const [file, setFile] = useState<File | null>(null);
  const reload = useCallback(() => {
    listCredentialEvidence(credentialId).then(setRows, (e: Error) => setError(e.message));
  }, [credentialId]);
  useEffect(reload, [reload]);
  const run = (work: () => Promise<unknown>) => work().then(() => (setError(null), reload()), (e: Error) => setError(e.message));

  return (
    <Stack spacing={1} data-testid="credential-evidence">
      {error && <Alert severity="error">{error}</Alert>}
      <List dense>
        {rows?.evidence.length === 0 && <ListItem>No evidence attached.</ListItem>}
        {rows?.evidence.map((e) => (
          <ListItem
            key={e.id}
            secondaryAction={
              e.status === 'STORED' && (
                <Button size="small" onClick={() => run(() => downloadCredentialEvidence(e))}>
                  Download
                </Button>
              )
            }
          >
            <ListItemText primary={`${humanize(e.kind)}: ${e.fileName}`} secondary={`${e.status === 'STORED' ? e.mediaType : 'waiting for upload'}${e.id === rows.verifiedAgainstDocumentId ? ' - verified against this' : ''}`} />
          </ListItem>
        ))}
      </List>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField select size="small" label="Evidence" value={kind} onChange={(e) => setKind(e.target.value)} sx={{ minWidth: 200 }}>
          {KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {humanize(k)}
            </MenuItem>
          ))}
        </TextField>
        <Button component="label" variant="outlined" size="small">
          {file ? file.name : 'Choose file'}
          <input hidden type="file" accept="application/pdf,image/jpeg,image/png,image/tiff" aria-label="Evidence file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Button>
        <Button variant="contained" size="small" disabled={!file} onClick={() => file && run(() => uploadCredentialEvidence({ credentialId, kind, file })).then(() => setFile(null))}>
          Attach
        </Button>
      </Stack>
    </Stack>
  );
}
