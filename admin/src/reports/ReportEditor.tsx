import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  ArrayInput,
  DateInput,
  DateTimeInput,
  Form,
  HttpError,
  Link,
  Loading,
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Title,
  useDataProvider,
  useGetOne,
  useNotify,
  useRequireAccess,
} from 'react-admin';
import { useParams } from 'react-router';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import type { ApiErrorBody, ImePanelDataProvider } from '../dataProvider';
import { reportContentInput } from '../dataProvider/reports';
import { changedFields } from '../dataProvider/params';
import { workCapacityChoices } from '../workspaces/choices';
import { dueInWords } from '../workspaces/deadlines';
import { flattenErrors, icd10Code, missingItemInput, reportFormValues, type MissingItem } from '../workspaces/report-fields';
import { EDITABLE_REPORT_STATUSES } from '../workspaces/WorkspaceReportList';
import { ReviewedRecordsInput } from '../workspaces/examiner/ReviewedRecordsInput';

const Section = ({ title, hint }: { title: string; hint?: string }) => (
  <Box sx={{ mt: 3, width: '100%' }}>
    <Typography variant="h6">{title}</Typography>
    {hint && <Typography color="text.secondary">{hint}</Typography>}
  </Box>
);

const Row = ({ children }: { children: React.ReactNode }) => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%', '& > *': { flex: '1 1 14rem' } }}>{children}</Box>
);

/** QA's requests on a report sent back: what to change before submitting again (form and completeness only). */
const ChangeRequests = ({ report }: { report: any }) => {
  const requests = (report.qaReviews ?? []).filter((q: any) => q.outcome === 'CHANGES_REQUESTED');
  if (report.status !== 'CHANGES_REQUESTED' || requests.length === 0) return null;
  const latest = requests[requests.length - 1];
  return (
    <Alert severity="warning" data-testid="qa-change-requests">
      <strong>QA asks for changes</strong> ({formatDateTime(latest.reviewedAt)}): {latest.notes}
      {latest.checklist?.filter((c: any) => !c.passed).map((c: any) => (
        <div key={c.item}>
          ✗ {c.item}
          {c.note ? `: ${c.note}` : ''}
        </div>
      ))}
      <div>Make the changes below, save, and submit the report again.</div>
    </Alert>
  );
};

/** The refusal of a submission, one line per field the completeness check found missing. */
const MissingList = ({ message, items, questionIds }: { message: string; items: MissingItem[]; questionIds: string[] }) => (
  <Alert severity="error" data-testid="submission-refused">
    <strong>Not submitted.</strong> {message}
    <ul style={{ margin: '0.5em 0 0' }}>
      {items.map((item) => {
        const { input, label } = missingItemInput(item.field, questionIds);
        return (
          <li key={item.field} data-testid={`missing-${input}`}>
            <strong>{label}</strong>: {item.message}
          </li>
        );
      })}
    </ul>
  </Alert>
);

type Refusal = { message: string; items: MissingItem[] } | null;

/**
 * Save and submit. Saving sends only the fields changed since the report was loaded; submitting saves first, then
 * asks the API to submit, which runs the completeness check: when it refuses, every missing item is shown under its
 * input and in the list above the buttons. No success is claimed that the API did not confirm.
 */
const EditorActions = ({ report, original, questionIds, onSaved }: { report: any; original: Record<string, any>; questionIds: string[]; onSaved: () => Promise<any> }) => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const notify = useNotify();
  const form = useFormContext();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>(null);

  const markFields = (pairs: [string, string][]) => pairs.forEach(([input, message]) => form.setError(input, { type: 'server', message }, { shouldFocus: false }));

  /** Saves what changed; answers the report's new version, or null when the API refused (its errors shown). */
  const save = async (values: Record<string, any>): Promise<number | null> => {
    const changed = changedFields(reportContentInput(values), reportContentInput(original));
    if (Object.keys(changed).length === 0) return report.version;
    try {
      const { data } = await dataProvider.update('reports', { id: report.id, data: values, previousData: { ...original, version: report.version } });
      return data.version as number;
    } catch (error) {
      const body = (error as HttpError).body as ApiErrorBody | undefined;
      if (body?.errors) markFields(flattenErrors(body.errors));
      notify((error as Error).message, { type: 'error' });
      return null;
    }
  };

  /** Runs `work` on the form's values once its own checks pass (an ICD-10 code's shape); marks the fields otherwise. */
  const checked = (work: (values: Record<string, any>) => Promise<void>) => () => {
    form.clearErrors();
    setRefusal(null);
    void form.handleSubmit(
      async (values) => {
        setBusy(true);
        try {
          await work(values);
        } finally {
          setBusy(false);
        }
      },
      () => notify('Not saved: correct the fields marked in red.', { type: 'error' }),
    )();
  };

  const onSave = checked(async (values) => {
    const version = await save(values);
    if (version === null) return;
    notify('Saved.', { type: 'success' });
    await onSaved();
  });

  const onSubmit = checked(async (values) => {
    const version = await save(values);
    if (version === null) return;
    try {
      await dataProvider.submitReport({ id: String(report.id), version });
      notify('Submitted for QA review.', { type: 'success' });
      await onSaved();
    } catch (error) {
      const body = (error as HttpError).body as ApiErrorBody | undefined;
      if (body?.rule === 'REPORT_INCOMPLETE') {
        // The API's own list of what is missing, as the report now stands (saved above).
        const latest = await onSaved();
        const items: MissingItem[] = latest?.missingItems ?? [];
        setRefusal({ message: 'Complete these, then submit again:', items });
        markFields(items.map((item) => [missingItemInput(item.field, questionIds).input, item.message]));
      } else {
        setRefusal({ message: (error as Error).message, items: [] });
      }
      notify((error as Error).message, { type: 'error' });
    }
  });

  return (
    <Stack spacing={2} sx={{ mt: 3 }}>
      {refusal && <MissingList message={refusal.message} items={refusal.items} questionIds={questionIds} />}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="outlined" disabled={busy} onClick={onSave}>
          Save draft
        </Button>
        <Button variant="contained" disabled={busy} onClick={onSubmit}>
          Submit for QA
        </Button>
      </Stack>
    </Stack>
  );
};

/**
 * The report editor (examiners): every referral question with its answer, the records reviewed, diagnoses with
 * their ICD-10 codes, MMI, the impairment rating with its guide edition, table and page, and work capacity. What the
 * completeness check needs is listed before submission (the API's `missingItems`), and a refused submission shows it
 * field by field.
 */
export const ReportEditor = () => {
  const { id } = useParams();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const queryClient = useQueryClient();
  // The editor is the examiners' (access.ts): other roles are sent to react-admin's access-denied page.
  const access = useRequireAccess({ action: 'edit', resource: 'reports' });
  const report = useGetOne('reports', { id: id! }, { enabled: Boolean(id) && !access.isPending });
  const content = useQuery({
    queryKey: ['reportContent', id],
    queryFn: () => dataProvider.getReportContent({ id: id! }).then((r) => r.data),
    enabled: Boolean(id) && !access.isPending,
    retry: false,
  });

  // One object per loaded version: react-admin's form resets itself whenever its record changes.
  const original = useMemo(() => (report.data && content.data ? reportFormValues(report.data, content.data) : null), [report.data, content.data]);

  if (report.error || content.error) {
    return <Alert severity="error">This report cannot be opened: {((report.error ?? content.error) as Error).message}</Alert>;
  }
  if (access.isPending || report.isPending || content.isPending || !original) return <Loading />;
  const r = report.data;
  const questions: { id: string; position: number; text: string }[] = content.data.questions ?? [];
  const questionIds = questions.map((q) => q.id);
  const title = `${humanize(r.kind)} report · case ${r.case?.referenceNumber ?? r.caseId}`;

  const reload = async () => {
    const [fresh] = await Promise.all([report.refetch(), content.refetch(), queryClient.invalidateQueries({ queryKey: ['reports'] })]);
    return fresh.data;
  };

  if (!EDITABLE_REPORT_STATUSES.includes(r.status)) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={title} />
        <Alert severity="info">
          This report is {humanize(r.status).toLowerCase()}: only drafts and reports sent back by QA can be edited.{' '}
          <Link to={`/reports/${r.id}/show`}>Read it</Link>
        </Alert>
      </Box>
    );
  }

  return (
    <Box sx={{ mt: 2, maxWidth: 1000 }}>
      <Title title={title} />
      <Card variant="outlined">
        <CardContent>
          <Stack spacing={1}>
            <Typography>
              Case <Link to={`/cases/${r.caseId}/show`}>{r.case?.referenceNumber ?? r.caseId}</Link> · {humanize(r.status)} · exam {r.examDate ?? '—'} · due{' '}
              {dueInWords(r.dueDate)}
            </Typography>
            <ChangeRequests report={r} />
            {r.missingItems?.length > 0 && (
              <Alert severity="info" data-testid="still-missing">
                Still needed before you can submit: {r.missingItems.length} item{r.missingItems.length === 1 ? '' : 's'} (
                {r.missingItems.map((m: MissingItem) => missingItemInput(m.field, questionIds).label).join(', ')}).
              </Alert>
            )}
          </Stack>
          {/* Reloaded after each save (what is shown is what was saved), keeping the errors the API just gave. */}
          <Form key={r.id} record={original} onSubmit={() => undefined} resetOptions={{ keepErrors: true, keepIsSubmitted: true }}>
            <Section title="Referral questions" hint="Answer every question the referral asked." />
            {questions.map((q, index) => (
              <TextInput key={q.id} source={`answers.${index}.answer`} label={`${q.position}. ${q.text}`} multiline minRows={2} fullWidth />
            ))}

            <Section title="Records reviewed" hint="Mark the case's records you received, reviewed and relied on; download any to read it." />
            <ReviewedRecordsInput caseId={String(r.caseId)} />
            <Typography color="text.secondary" sx={{ mt: 2 }}>
              Records not on file here, each on its own line: what it is and its date.
            </Typography>
            <ArrayInput source="recordsReviewed" label={false}>
              <SimpleFormIterator disableReordering fullWidth>
                <TextInput source="" label="Record" fullWidth helperText={false} />
              </SimpleFormIterator>
            </ArrayInput>

            <Section title="Exam" />
            <Row>
              <DateTimeInput source="examStartedAt" label="Exam started" />
              <DateTimeInput source="examEndedAt" label="Exam ended" />
            </Row>
            <TextInput source="history" label="History" multiline minRows={3} fullWidth />
            <TextInput source="findings" label="Findings" multiline minRows={3} fullWidth />

            <Section title="Diagnoses" hint="ICD-10-CM codes, like S83.241A (the code's shape is checked as you type)." />
            <ArrayInput source="diagnoses" label={false}>
              <SimpleFormIterator inline disableReordering>
                <TextInput source="icd10" label="ICD-10 code" validate={icd10Code} helperText={false} />
                <TextInput source="description" label="Description" helperText={false} sx={{ minWidth: 280 }} />
              </SimpleFormIterator>
            </ArrayInput>

            <Section title="Opinions" />
            <TextInput source="causationOpinion" label="Causation opinion" multiline minRows={2} fullWidth />
            <Row>
              <RadioButtonGroupInput
                source="mmiReached"
                label="MMI reached"
                choices={[
                  { id: 'true', name: 'Yes' },
                  { id: 'false', name: 'No' },
                ]}
              />
              <DateInput source="mmiDate" label="MMI date" />
            </Row>
            <Row>
              <NumberInput source="impairmentPercent" label="Whole-person impairment (%)" min={0} max={100} />
              <TextInput source="impairmentGuideEdition" label="Rating guide edition" helperText="e.g. AMA Guides, 6th edition" />
              <TextInput source="impairmentTable" label="Guide table" helperText="e.g. Table 15-5" />
              <TextInput source="impairmentPage" label="Guide page" helperText="e.g. 401" />
            </Row>
            <Row>
              <SelectInput source="workCapacity" label="Work capacity" choices={workCapacityChoices} emptyText="Not stated" />
              <TextInput source="workRestrictions" label="Work restrictions" multiline />
            </Row>
            <TextInput source="treatmentRecommendations" label="Treatment recommendations" multiline minRows={2} fullWidth />
            <EditorActions report={r} original={original} questionIds={questionIds} onSaved={reload} />
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
};
