import { Card, CardContent, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { useParams } from 'react-router';
import { CaseDocumentsPanel } from './CaseDocumentsPanel';

/** /case-documents/:caseId: a case's records on a page of their own, until the case page embeds the panel. */
export function CaseDocumentsPage() {
  const { caseId } = useParams();
  if (!caseId) return null;
  return (
    <Card>
      <Title title="Case documents" />
      <CardContent>
        <Typography variant="h6" gutterBottom>
          Documents
        </Typography>
        <CaseDocumentsPanel caseId={caseId} />
      </CardContent>
    </Card>
  );
}
