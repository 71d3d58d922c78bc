import { Alert, Button, Checkbox, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useController } from 'react-hook-form';
import { humanize } from '../../common/choices';
import { downloadCaseDocument, listCaseDocuments, type CaseDocumentRow } from '../../documents/api';
import { markReviewedRecord, type ReviewedRecordValue } from '../report-fields';

/**
 * The records reviewed, picked from the case's documents released to the examiner (docs/documents.md, "The
 * examiner's records reviewed"): each with its kind, pages and a download, and the marks CA 8 CCR §35 asks for —
 * received, reviewed, relied on (relied on implies reviewed and received). The API lists only the documents the
 * examiner may have; what is marked is saved with the report (`reviewedRecords`).
 */
export function ReviewedRecordsInput({ caseId }: { caseId: string }) {
  const { field } = useController({ name: 'reviewedRecords' });
  const [documents, setDocuments] = useState<CaseDocumentRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);

  useEffect(() => {
    listCaseDocuments(caseId).then(
      (rows) => setDocuments(rows.filter((d) => d.status === 'STORED' && d.kind !== 'NOTICE')),
      (e: Error) => setError(e.message),
    );
  }, [caseId]);

  const marks: ReviewedRecordValue[] = Array.isArray(field.value) ? field.value : [];
  const markOf = (documentId: string) => marks.find((m) => m.documentId === documentId);
  const toggle = (documentId: string, mark: 'received' | 'reviewed' | 'reliedOn', on: boolean) => field.onChange(markReviewedRecord(marks, documentId, mark, on));

  const download = async (d: CaseDocumentRow) => {
    setDownloading(d.id);
    setError(null);
    try {
      await downloadCaseDocument(d);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setDownloading(null);
    }
  };

  if (error && documents === null) return <Alert severity="error">The case's records cannot be listed: {error}</Alert>;
  if (documents === null) return <Typography color="text.secondary">Loading the case's records…</Typography>;
  return (
    <>
      {error && <Alert severity="error">{error}</Alert>}
      {documents.length === 0 ? (
        <Typography color="text.secondary" data-testid="no-released-records">
          No records have been released to you for this case yet. List any record you reviewed that is not on file below.
        </Typography>
      ) : (
        <Table size="small" aria-label="Records on file" data-testid="records-on-file">
          <TableHead>
            <TableRow>
              <TableCell>Record</TableCell>
              <TableCell>Kind</TableCell>
              <TableCell>Pages</TableCell>
              <TableCell>Received</TableCell>
              <TableCell>Reviewed</TableCell>
              <TableCell>Relied on</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {documents.map((d) => {
              const mark = markOf(d.id);
              return (
                <TableRow key={d.id} data-testid={`record-${d.id}`}>
                  <TableCell>{d.fileName}</TableCell>
                  <TableCell>{humanize(d.kind)}</TableCell>
                  <TableCell>{d.pageCount ?? ''}</TableCell>
                  {(['received', 'reviewed', 'reliedOn'] as const).map((m) => (
                    <TableCell key={m} padding="checkbox">
                      <Checkbox
                        checked={Boolean(mark?.[m])}
                        onChange={(e) => toggle(d.id, m, e.target.checked)}
                        slotProps={{ input: { 'aria-label': `${d.fileName}: ${m === 'reliedOn' ? 'relied on' : m}` } }}
                      />
                    </TableCell>
                  ))}
                  <TableCell>
                    <Button size="small" disabled={downloading === d.id} onClick={() => download(d)}>
                      Download
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
}
