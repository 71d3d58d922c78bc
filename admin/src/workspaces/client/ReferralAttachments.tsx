import { Box, Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { SCHEMA_ENUMS } from 'virtual:schema-enums';
import { humanize } from '../../common/choices';
import { uploadCaseDocument } from '../../documents/api';

/** What a client sends with a referral: NOTICE is the platform's (docs/documents.md, "Records intake"). */
const ATTACHMENT_KINDS = (SCHEMA_ENUMS.CaseDocumentKind ?? []).filter((kind) => kind !== 'NOTICE');

export interface ReferralAttachment {
  file: File;
  kind: string;
}

/** A file's likely kind: the referral letter first, then medical records. */
const defaultKind = (index: number) => (index === 0 && ATTACHMENT_KINDS.includes('REFERRAL') ? 'REFERRAL' : ATTACHMENT_KINDS.includes('MEDICAL_RECORD') ? 'MEDICAL_RECORD' : (ATTACHMENT_KINDS[0] ?? ''));

/**
 * Documents chosen on the referral form (the referral letter, medical records, imaging reports…), each with its
 * kind. They are uploaded once the case exists (`uploadReferralAttachments`), not before: a document belongs to a
 * case (docs/documents.md, "Upload and download").
 */
export function ReferralAttachments({ value, onChange }: { value: ReferralAttachment[]; onChange: (next: ReferralAttachment[]) => void }) {
  return (
    <Stack spacing={1} sx={{ width: '100%' }} data-testid="referral-attachments">
      {value.map((a, i) => (
        <Box key={`${a.file.name}-${i}`} sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography sx={{ minWidth: 220 }}>{a.file.name}</Typography>
          <TextField
            select
            size="small"
            label="Kind"
            value={a.kind}
            onChange={(e) => onChange(value.map((x, j) => (j === i ? { ...x, kind: e.target.value } : x)))}
            sx={{ minWidth: 200 }}
          >
            {ATTACHMENT_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {humanize(k)}
              </MenuItem>
            ))}
          </TextField>
          <IconButton aria-label={`Remove ${a.file.name}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
            ×
          </IconButton>
        </Box>
      ))}
      <Box>
        <Button component="label" variant="outlined" size="small">
          Attach documents
          <input
            hidden
            multiple
            type="file"
            accept="application/pdf,image/jpeg,image/png,image/tiff"
            aria-label="Attach documents"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              onChange([...value, ...files.map((file, k) => ({ file, kind: defaultKind(value.length + k) }))]);
              e.target.value = '';
            }}
          />
        </Button>
        <Typography variant="caption" color="text.secondary" sx={{ ml: 2 }}>
          PDF, or JPEG/PNG/TIFF scans; uploaded when the IME is ordered. Records go to the examiner once the jurisdiction allows.
        </Typography>
      </Box>
    </Stack>
  );
}

/**
 * Uploads the attachments to the new case, one by one (requestDocumentUpload, then the signed link with the user's
 * own token), provided by the client. Answers the names of those refused, with the reason, so the form can say so.
 */
export async function uploadReferralAttachments(caseId: string, attachments: readonly ReferralAttachment[]): Promise<{ uploaded: number; failed: string[] }> {
  const failed: string[] = [];
  let uploaded = 0;
  for (const a of attachments) {
    try {
      await uploadCaseDocument({ caseId, kind: a.kind, providedBy: 'CLIENT', servedOn: null, file: a.file });
      uploaded += 1;
    } catch (e) {
      failed.push(`${a.file.name}: ${(e as Error).message}`);
    }
  }
  return { uploaded, failed };
}
