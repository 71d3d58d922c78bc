import { Card, CardContent, CardHeader, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useDataProvider } from 'react-admin';
import { humanize } from '../../common/choices';
import { formatDateTime } from '../../common/dates';
import { filteredListUrl } from '../../common/links';
import type { ImePanelDataProvider } from '../../dataProvider';

/** The examiner's booked exams, soonest first: when, where (or by video), for which case. */
export const UpcomingExams = () => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const { data, isPending, error } = useQuery({ queryKey: ['upcomingExams'], queryFn: () => dataProvider.getUpcomingExams().then((r) => r.data) });
  return (
    <Card data-testid="examiner-upcoming-exams" variant="outlined">
      <CardHeader title="Upcoming exams" titleTypographyProps={{ variant: 'h6' }} />
      <CardContent sx={{ pt: 0, overflowX: 'auto' }}>
        {error ? (
          <Typography color="error">Not available: {(error as Error).message}</Typography>
        ) : isPending ? (
          <Typography color="text.secondary">Loading…</Typography>
        ) : !data?.length ? (
          <Typography color="text.secondary">No exam booked.</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>When</TableCell>
                <TableCell>Case</TableCell>
                <TableCell>Where</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    {/* In the zone of the examiner's hours (their office's, or their telehealth zone). */}
                    {a.examinerLocalStart ? `${a.examinerLocalStart.slice(0, 10)} ${a.examinerLocalStart.slice(11, 16)} ${a.examinerTimeZone ?? ''}` : formatDateTime(a.scheduledAt)} · {a.durationMinutes} min
                  </TableCell>
                  <TableCell>
                    <Link to={`/cases/${a.case.id}/show/exam`}>{a.case.referenceNumber}</Link>
                  </TableCell>
                  <TableCell>{a.format === 'TELEHEALTH' ? `Telehealth${a.location ? `: ${a.location}` : ''}` : (a.location ?? humanize(a.format))}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Typography sx={{ mt: 1 }}>
          <Link to={filteredListUrl('cases', { status: ['SCHEDULED'] })}>All booked exams</Link>
        </Typography>
      </CardContent>
    </Card>
  );
};
