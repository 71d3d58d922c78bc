import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Loading, Title, useDataProvider } from 'react-admin';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ImePanelDataProvider } from '../dataProvider';
import { downloadStatsCsv } from './download';
import { DIMENSIONS, MEASURES, dimensionNamed, formatMeasure, monthBounds, type StatsKind } from './measures';
import { chartRows, toSeries, type Point } from './series';

const COLOURS = ['#1976d2', '#d32f2f', '#388e3c', '#f57c00', '#7b1fa2', '#455a64'];

const monthOf = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
const monthsBefore = (date: Date, months: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));

const SuppressedChip = () => <Chip size="small" variant="outlined" label="suppressed" title="Withheld: too few cases to publish (docs/statistics.md, Privacy)" />;

/**
 * Statistics for analysts (and administrators and client staff, each seeing what their role may): one measure
 * over months, by one other dimension, as a chart with the table beside it and the same question as CSV.
 * Suppressed cells stay suppressed: a gap in the chart and "suppressed" in the table, never a zero.
 */
export const StatisticsPage = () => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const now = new Date();
  const [kind, setKind] = useState<StatsKind>('cases');
  const [measureField, setMeasureField] = useState('count');
  const [dimensionName, setDimensionName] = useState<string>('JURISDICTION');
  const [jurisdictions, setJurisdictions] = useState('');
  const [fromMonth, setFromMonth] = useState(monthOf(monthsBefore(now, 11)));
  const [toMonth, setToMonth] = useState(monthOf(now));
  const [exportProblem, setExportProblem] = useState<string | null>(null);

  const measures = MEASURES[kind];
  const measure = measures.find((m) => m.field === measureField) ?? measures[0];
  const dimension = dimensionNamed(dimensionName);
  const groupBy = dimension ? ['MONTH', dimension.name] : ['MONTH'];
  const filter = useMemo(() => {
    const list = jurisdictions
      .split(',')
      .map((j) => j.trim().toUpperCase())
      .filter(Boolean);
    return { ...monthBounds(fromMonth, toMonth), ...(list.length ? { jurisdiction: list } : {}) };
  }, [jurisdictions, fromMonth, toMonth]);

  const answer = useQuery({
    queryKey: ['statistics', kind, groupBy, filter],
    queryFn: () =>
      dataProvider
        .getStats({ kind, groupBy, filter, keySelection: dimension?.selection ?? '', measures: MEASURES[kind].map((m) => m.field) })
        .then((r) => r.data),
  });

  const series = useMemo(() => (answer.data ? toSeries(answer.data.groups, dimension, measure.field) : null), [answer.data, dimension, measure.field]);
  const allLines = useMemo(() => (answer.data ? toSeries(answer.data.groups, dimension, measure.field, Number.MAX_SAFE_INTEGER) : null), [answer.data, dimension, measure.field]);
  const chartName = `${measure.label} by month${dimension ? ` and ${dimension.label.toLowerCase()}` : ''}`;
  const cell = (point: Point | undefined) => (point === 'suppressed' ? <SuppressedChip /> : formatMeasure(point ?? null, measure.format));

  return (
    <Box sx={{ p: 2 }}>
      <Title title="Statistics" />
      <Typography variant="h5" component="h1" gutterBottom>
        Statistics
      </Typography>
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={kind}
              aria-label="What to measure"
              onChange={(_, value: StatsKind | null) => {
                if (!value) return;
                setKind(value);
                setMeasureField('count');
              }}
            >
              <ToggleButton value="cases">Cases</ToggleButton>
              <ToggleButton value="reports">Reports</ToggleButton>
            </ToggleButtonGroup>
            <FormControl size="small" fullWidth={false} sx={{ width: 340 }}>
              <InputLabel id="stats-measure">Measure</InputLabel>
              <Select labelId="stats-measure" label="Measure" value={measure.field} onChange={(e) => setMeasureField(e.target.value)}>
                {measures.map((m) => (
                  <MenuItem key={m.field} value={m.field}>
                    {m.label}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <FormControl size="small" fullWidth={false} sx={{ width: 200 }}>
              <InputLabel id="stats-dimension">By month and</InputLabel>
              <Select labelId="stats-dimension" label="By month and" value={dimensionName} onChange={(e) => setDimensionName(e.target.value)}>
                <MenuItem value="NONE">nothing else</MenuItem>
                {DIMENSIONS.map((d) => (
                  <MenuItem key={d.name} value={d.name}>
                    {d.label}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <TextField size="small" fullWidth={false} sx={{ width: 200 }} label="Jurisdictions" placeholder="US-NY, US-CA" value={jurisdictions} onChange={(e) => setJurisdictions(e.target.value)} />
            <TextField size="small" fullWidth={false} sx={{ width: 180 }} type="month" label="From" value={fromMonth} onChange={(e) => setFromMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" fullWidth={false} sx={{ width: 180 }} type="month" label="To" value={toMonth} onChange={(e) => setToMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <Button
              startIcon={<DownloadIcon />}
              onClick={() => {
                setExportProblem(null);
                downloadStatsCsv(kind, groupBy, filter).catch((e: Error) => setExportProblem(e.message));
              }}
            >
              CSV
            </Button>
          </Box>
          {exportProblem && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {exportProblem}
            </Alert>
          )}
        </CardContent>
      </Card>
      {answer.isPending && <Loading />}
      {answer.error && <Alert severity="error">The statistics could not be loaded: {(answer.error as Error).message}</Alert>}
      {answer.data && series && allLines && (
        <>
          <Stack direction="row" spacing={2} sx={{ mb: 1 }} flexWrap="wrap" useFlexGap>
            <Typography>
              {measure.label}, overall: <strong>{answer.data.overall.suppressed ? 'suppressed' : formatMeasure(answer.data.overall[measure.field], measure.format)}</strong>
              {!answer.data.overall.suppressed && measure.field !== 'count' && ` (${answer.data.overall.count ?? 0} ${kind})`}
            </Typography>
            {answer.data.suppressionApplied && (
              <Typography color="text.secondary">
                Groups of fewer than {answer.data.minGroupSize} are suppressed, and some larger ones with them so that none can be worked out.
                {answer.data.suppressedGroups === 0 && ` A dash means no ${kind}, or too few to publish: the two are not told apart.`}
              </Typography>
            )}
            {answer.data.truncated && <Alert severity="warning">More groups matched than were answered; narrow the question.</Alert>}
          </Stack>
          {series.months.length === 0 ? (
            <Alert severity="info">No {kind} in these months{filter.jurisdiction ? ' and jurisdictions' : ''}.</Alert>
          ) : (
            <Card sx={{ mb: 2 }}>
              <CardContent>
                {/* The keyboard and screen-reader way through the chart (WCAG 1.1.1, 2.1.1): recharts' accessibility
                    layer makes the chart one tab stop whose arrow keys step through the months, each month's figures
                    announced as its tooltip (a live region); the table below gives every figure. */}
                <Box role="group" aria-label={chartName} aria-describedby="stats-chart-help" data-testid="stats-chart">
                  <Typography id="stats-chart-help" variant="body2" color="text.secondary">
                    Keyboard: focus the chart and use the left and right arrow keys to read each month. The table below gives every figure.
                  </Typography>
                  <ResponsiveContainer width="100%" height={320}>
                    <LineChart data={chartRows(series)} margin={{ top: 10, right: 20, bottom: 5, left: 0 }} accessibilityLayer title={chartName}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="month" />
                      <YAxis allowDecimals={measure.format !== 'count'} tickFormatter={(v: number) => (measure.format === 'rate' ? `${Math.round(v * 100)}%` : String(v))} />
                      <Tooltip formatter={(v) => formatMeasure(typeof v === 'number' ? v : null, measure.format)} />
                      <Legend />
                      {series.lines.map((line, i) => (
                        <Line key={line.key} dataKey={line.key} name={line.title} stroke={COLOURS[i % COLOURS.length]} connectNulls={false} isAnimationActive={false} dot />
                      ))}
                    </LineChart>
                  </ResponsiveContainer>
                </Box>
                {series.hidden > 0 && (
                  <Typography variant="body2" color="text.secondary">
                    The chart draws the {series.lines.length} largest; {series.hidden} more are in the table.
                  </Typography>
                )}
              </CardContent>
            </Card>
          )}
          {series.months.length > 0 && (
            <TableContainer component={Card}>
              <Table size="small" aria-label={`${measure.label} by month`}>
                <TableHead>
                  <TableRow>
                    <TableCell component="th" scope="col">
                      {dimension?.label ?? 'All'}
                    </TableCell>
                    {allLines.months.map((month) => (
                      <TableCell key={month} component="th" scope="col" align="right">
                        {month}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {allLines.lines.map((line) => (
                    <TableRow key={line.key}>
                      <TableCell component="th" scope="row">
                        {line.title}
                      </TableCell>
                      {allLines.months.map((month) => (
                        <TableCell key={month} align="right">
                          {cell(line.points[month])}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </>
      )}
    </Box>
  );
};
