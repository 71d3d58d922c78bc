import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Alert, Box, Card, CardContent, List, ListItem, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { AutocompleteInput, DateInput, Form, Link, Loading, ReferenceInput, SaveButton, Title, useDataProvider } from 'react-admin';
import { useNavigate, useSearchParams } from 'react-router';
import { humanize } from '../common/choices';
import type { ImePanelDataProvider } from '../dataProvider';
import { eligibilityUrl } from './CheckEligibilityButton';
import { ruleQuestion, verdict } from './rules';

/**
 * "Why is this examiner (not) eligible for this case" (docs/console.md, "Eligibility check"; administrators): pick
 * a case and an examiner (one comes chosen from the page that links here) and, optionally, the exam date; every
 * eligibility rule is listed with pass or fail and the API's reason, judged as a panel draw or an assignment would
 * judge it (explainCaseEligibility). The choice lives in the address, so a check can be linked to and reloaded.
 */
export const EligibilityPage = () => {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const caseId = params.get('caseId') ?? '';
  const examinerId = params.get('examinerId') ?? '';
  const examDate = params.get('examDate') ?? '';
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Eligibility check" />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Typography variant="h6" component="h1" gutterBottom>
              Why is this examiner (not) eligible for this case?
            </Typography>
            <Form
              key={`${caseId}/${examinerId}/${examDate}`}
              defaultValues={{ caseId: caseId || null, examinerId: examinerId || null, examDate: examDate || null }}
              onSubmit={(values: Record<string, any>) => navigate(eligibilityUrl({ caseId: values.caseId ?? undefined, examinerId: values.examinerId ?? undefined, examDate: values.examDate ?? undefined }))}
            >
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
                <ReferenceInput source="caseId" reference="cases" sort={{ field: 'createdAt', order: 'DESC' }}>
                  <AutocompleteInput label="Case" optionText="referenceNumber" helperText="Reference, claim number or claimant" sx={{ minWidth: 280 }} />
                </ReferenceInput>
                <ReferenceInput source="examinerId" reference="examiners" sort={{ field: 'displayName', order: 'ASC' }}>
                  <AutocompleteInput label="Examiner" optionText="displayName" helperText="Name, NPI or e-mail" sx={{ minWidth: 280 }} />
                </ReferenceInput>
                <DateInput source="examDate" label="Exam date" helperText="Empty: the earliest possible exam date" />
                <SaveButton label="Check" icon={<></>} alwaysEnable sx={{ mt: 1 }} />
              </Stack>
            </Form>
          </CardContent>
        </Card>
        {caseId && examinerId ? (
          <Explanation caseId={caseId} examinerId={examinerId} examDate={examDate} />
        ) : (
          <Typography color="text.secondary">Choose a case and an examiner to see every rule judged.</Typography>
        )}
      </Stack>
    </Box>
  );
};

const Explanation = ({ caseId, examinerId, examDate }: { caseId: string; examinerId: string; examDate: string }) => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const answer = useQuery({
    queryKey: ['explainCaseEligibility', caseId, examinerId, examDate],
    queryFn: () => dataProvider.explainCaseEligibility({ caseId, examinerId, examDate }).then((r) => r.data),
    retry: false,
  });
  if (answer.isPending) return <Loading loadingPrimary="Judging every rule" loadingSecondary="" />;
  if (answer.error) return <Alert severity="error">The check could not be made: {(answer.error as Error).message}</Alert>;
  const e = answer.data;
  const name = e.examiner?.displayName ?? 'The examiner';
  return (
    <Card>
      <CardContent>
        <Alert severity={e.eligible ? 'success' : 'warning'} sx={{ mb: 2 }} data-testid="eligibility-verdict">
          {verdict(name, e.eligible, e.rules)}
        </Alert>
        <Typography sx={{ mb: 1 }}>
          {e.examiner ? <Link to={`/examiners/${e.examiner.id}/show`}>{e.examiner.displayName}</Link> : name} ({humanize(e.examiner?.status)}) for case{' '}
          {e.case ? <Link to={`/cases/${e.case.id}/show`}>{e.case.referenceNumber}</Link> : caseId}
          {e.case ? ` — ${e.case.jurisdictionCode}, ${e.case.requiredSpecialtyCode}, ${humanize(e.case.examFormat).toLowerCase()}${e.case.telehealthAllowed ? ' (telehealth allowed)' : ''}` : ''}
          , judged on {e.examDate}
          {e.distanceKm !== null ? `; nearest office ${Math.round(e.distanceKm)} km from the claimant` : ''}.
        </Typography>
        <List aria-label="Eligibility rules">
          {e.rules.map((r) => (
            <ListItem key={r.rule} divider data-testid={`rule-${r.rule}`} data-passed={r.passed}>
              <ListItemIcon>
                {r.passed ? <CheckCircleIcon color="success" titleAccess="Passed" /> : <CancelIcon color="error" titleAccess="Failed" />}
              </ListItemIcon>
              <ListItemText
                primary={`${r.passed ? 'Passed' : 'Failed'}: ${ruleQuestion(r.rule)}`}
                secondary={r.reason}
                slotProps={{ primary: { sx: { fontWeight: r.passed ? undefined : 600 } } }}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
