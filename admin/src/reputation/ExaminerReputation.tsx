import { Box, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { CreateButton, DataTable, DateField, DeleteButton, Pagination, ReferenceManyField, useRecordContext } from 'react-admin';
import { humanize } from '../common/choices';
import { formatDateTime } from '../common/dates';
import { CuratorOnly } from '../common/CuratorOnly';
import { COMPONENT_LABELS, componentLabel, formatScore } from './components';
import { RefreshReputationButton } from './RefreshReputationButton';
import { sampleCue } from './sample';
import { SampleCue } from './ScoreWithSample';
import { ReputationChart } from './ReputationChart';

const percent = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${Math.round(v * 100)}%`);

const Figure = ({ label, value }: { label: string; value: string | number }) => (
  <Box sx={{ minWidth: 140 }}>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body1">{value}</Typography>
  </Box>
);

/** An examiner's reputation: the composite, its components, the trend, the inputs, and the curated events. */
export const ExaminerReputation = () => {
  const record = useRecordContext();
  if (!record) return null;
  const { reputation, reportMetrics, caseMetrics } = record;
  return (
    <Stack spacing={3}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'stretch' }}>
        <Card variant="outlined" sx={{ minWidth: 220 }}>
          <CardContent>
            <Typography color="text.secondary">Composite score</Typography>
            <Typography variant="h3" data-testid="reputation-score" sx={sampleCue(reputation)?.low && reputation?.score != null ? { color: 'text.secondary' } : undefined}>
              {formatScore(reputation?.score)}
            </Typography>
            <Box>
              <SampleCue score={reputation?.score} sample={reputation} />
            </Box>
            <Typography variant="caption" color="text.secondary">
              {reputation?.computedAt ? `computed ${formatDateTime(reputation.computedAt)}` : 'not computed yet'}
            </Typography>
            <Box sx={{ mt: 2 }}>
              <CuratorOnly>
                <RefreshReputationButton />
              </CuratorOnly>
            </Box>
          </CardContent>
        </Card>
        <Card variant="outlined" sx={{ flex: 1 }}>
          <CardContent>
            <Typography color="text.secondary" gutterBottom>
              Trend
            </Typography>
            <ReputationChart history={reputation?.history ?? []} />
          </CardContent>
        </Card>
      </Stack>

      <Box>
        <Typography variant="h6">Components</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>Component</TableCell>
              <TableCell>Measures</TableCell>
              <TableCell align="right">Value (0–100)</TableCell>
              <TableCell align="right">Weight</TableCell>
              <TableCell align="right">Points</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(reputation?.components ?? []).map((c: any) => (
              <TableRow key={c.name}>
                <TableCell>{componentLabel(c.name)}</TableCell>
                <TableCell>{COMPONENT_LABELS[c.name]?.measures}</TableCell>
                <TableCell align="right">{c.value === null ? 'no data' : formatScore(c.value)}</TableCell>
                <TableCell align="right">{percent(c.weight)}</TableCell>
                <TableCell align="right">{formatScore(c.contribution)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>

      <Box>
        <Typography variant="h6" gutterBottom>
          Inputs over the last {reportMetrics?.windowDays ?? 365} days
        </Typography>
        <Stack direction="row" useFlexGap spacing={3} sx={{ flexWrap: 'wrap' }}>
          <Figure label="Reports counted" value={reportMetrics?.reportsCounted ?? 0} />
          <Figure label="On time" value={percent(reportMetrics?.onTimeRate)} />
          <Figure label="Median turnaround" value={reportMetrics?.medianTurnaroundDays == null ? '—' : `${reportMetrics.medianTurnaroundDays} days`} />
          <Figure label="QA first pass" value={percent(reportMetrics?.qaFirstPassRate)} />
          <Figure label="Addenda (excl. late records)" value={percent(reportMetrics?.addendumRateExcludingLateRecords)} />
          <Figure label="Exams" value={caseMetrics?.examsCounted ?? 0} />
          <Figure label="Examiner no-shows" value={caseMetrics?.examinerNoShows ?? 0} />
          <Figure label="Late cancellations" value={caseMetrics?.examinerLateCancellations ?? 0} />
        </Stack>
      </Box>

      <Box>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="h6">QA audits, complaints and feedback</Typography>
          <CreateButton
            resource="reputationEvents"
            label="Record audit, complaint or feedback"
            to={{ pathname: '/reputationEvents/create', search: `?source=${encodeURIComponent(JSON.stringify({ examinerId: record.id }))}` }}
          />
        </Stack>
        <ReferenceManyField reference="reputationEvents" target="examinerId" perPage={10} pagination={<Pagination rowsPerPageOptions={[10, 25]} />}>
          <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">Nothing recorded yet.</Typography>}>
            <DataTable.Col source="occurredOn" label="Date" field={DateField} disableSort />
            <DataTable.Col source="kind" render={(r) => humanize(r.kind)} disableSort />
            <DataTable.Col source="score" disableSort render={(r) => (r.score === null ? '' : r.kind === 'QA_AUDIT' ? `${r.score}/100` : `${r.score}/5`)} />
            <DataTable.Col source="note" disableSort />
            <DataTable.Col source="recordedBy" label="Recorded by" disableSort />
            <DataTable.Col label="" disableSort>
              <DeleteButton
                mutationMode="pessimistic"
                redirect={false}
                label="Remove"
                confirmTitle="Remove this event?"
                confirmContent="Remove only an event recorded in error; the score changes at the next refresh."
              />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Box>
    </Stack>
  );
};
