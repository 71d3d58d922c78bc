import { Alert, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useDataProvider, useRecordContext } from 'react-admin';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import { ValueChip } from '../common/StatusChip';
import type { ImePanelDataProvider } from '../dataProvider';

/**
 * A credential's history and what its lapse would do (docs/rules.md, "Credential terms"): the earlier terms it
 * renewed, each as it was verified; and, for the current term, the jurisdictions where the examiner stops being
 * eligible the day after it expires unless it is renewed, with the examiner's open cases there.
 */
export const CredentialTerms = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const terms = useQuery({
    queryKey: ['credentialTerms', record?.id, record?.version],
    enabled: Boolean(record?.id && record?.examinerId),
    queryFn: () => dataProvider.getCredentialTerms({ id: String(record!.id), examinerId: String(record!.examinerId) }).then((r) => r.data),
  });
  if (!record) return null;
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        {record.current === false && (
          <Alert severity="info" sx={{ mb: 2 }}>
            A renewal replaced this term on {formatDateTime(record.supersededAt)}. It is kept as history and cannot be changed or verified.
          </Alert>
        )}
        {terms.error && <Alert severity="error">The history could not be loaded: {(terms.error as Error).message}</Alert>}
        {terms.data && record.current !== false && (
          <Stack spacing={1} sx={{ mb: 2 }}>
            <Typography variant="h6" component="h2">
              If it lapses
            </Typography>
            {record.verificationStatus !== 'VERIFIED' ? (
              <Typography>It does not count for eligibility until it is verified, so its lapse changes nothing yet.</Typography>
            ) : terms.data.lapsesOn === null ? (
              <Typography>It does not expire.</Typography>
            ) : terms.data.jurisdictions.length === 0 ? (
              <Typography>From {terms.data.lapsesOn} it no longer counts; no eligibility rule depends on it alone, so the examiner stays eligible.</Typography>
            ) : (
              <>
                <Typography>
                  From {terms.data.lapsesOn}, without a verified renewal, {record.examiner?.displayName ?? 'the examiner'} stops being eligible in{' '}
                  <strong>{terms.data.jurisdictions.join(', ')}</strong>.
                </Typography>
                <Typography>
                  {terms.data.openCases.length === 0
                    ? 'No open case of theirs is there.'
                    : `Open cases there (${terms.data.openCases.length}): `}
                  {terms.data.openCases.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ', '}
                      <Link to={`/cases/${c.id}/show`}>{c.referenceNumber}</Link> ({humanize(c.status)})
                    </span>
                  ))}
                </Typography>
              </>
            )}
          </Stack>
        )}
        <Typography variant="h6" component="h2">
          Earlier terms
        </Typography>
        {terms.data && terms.data.previousTerms.length === 0 && <Typography color="text.secondary">None: this is its first term on record.</Typography>}
        {terms.data && terms.data.previousTerms.length > 0 && (
          <Table size="small" aria-label="Earlier terms">
            <TableHead>
              <TableRow>
                <TableCell>Number</TableCell>
                <TableCell>Issued</TableCell>
                <TableCell>Expired</TableCell>
                <TableCell>Verification</TableCell>
                <TableCell>Replaced</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {terms.data.previousTerms.map((term) => (
                <TableRow key={term.id}>
                  <TableCell>{term.number}</TableCell>
                  <TableCell>{term.issuedOn ?? '—'}</TableCell>
                  <TableCell>{term.expiresOn ?? '—'}</TableCell>
                  <TableCell>
                    <ValueChip value={term.verificationStatus} /> {term.verifiedBy ? `by ${term.verifiedBy}, ${formatDateTime(term.verifiedAt)}` : ''}
                  </TableCell>
                  <TableCell>{formatDateTime(term.supersededAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
