import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Loading, Title, useGetList, useNotify, usePermissions } from 'react-admin';
import { AVAILABILITY, BOOK, CASE_VERSION, graphql, SAVE, SLOTS, WEEK, WEEKDAYS, type Availability, type ExceptionRow, type WeeklyHoursRow } from './api';

interface Office {
  id: string;
  label: string | null;
  city: string;
  timeZone: string;
}

interface Loaded {
  examiner: { id: string; displayName: string; telehealth: boolean; offices: Office[] } | null;
  examinerAvailability: Availability | null;
}

const DEFAULT_WEEK = (offices: Office[]): WeeklyHoursRow[] => (offices[0] ? [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '17:00', officeId: offices[0].id })) : []);

/**
 * The examiner's availability (docs/rules.md, "Scheduling"): weekly hours per office and for telehealth in the
 * office's zone, time off, buffer and daily maximum; their week of bookings; and, for an administrator, a case's
 * free slots with this examiner, booked with one click. An EXAMINER sees their own; ADMIN picks the examiner.
 */
export const AvailabilityPage = () => {
  const { permissions } = usePermissions<{ role?: string; examinerId?: string | null }>();
  const admin = permissions?.role === 'ADMIN';
  const [picked, setPicked] = useState<string>('');
  const examinerId = admin ? picked : (permissions?.examinerId ?? '');
  const examiners = useGetList('examiners', { pagination: { page: 1, perPage: 200 }, sort: { field: 'lastName', order: 'ASC' }, filter: { status: 'ACTIVE' } }, { enabled: admin });

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Availability" />
      {admin && (
        <TextField select label="Examiner" value={picked} onChange={(e) => setPicked(e.target.value)} sx={{ minWidth: 320, mb: 2 }} size="small">
          {(examiners.data ?? []).map((e) => (
            <MenuItem key={e.id} value={String(e.id)}>
              {String(e.displayName ?? `${e.firstName} ${e.lastName}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {examinerId ? <ExaminerAvailability examinerId={examinerId} admin={admin} /> : <Alert severity="info">{admin ? 'Choose an examiner.' : 'This sign-in is not an examiner.'}</Alert>}
    </Box>
  );
};

const ExaminerAvailability = ({ examinerId, admin }: { examinerId: string; admin: boolean }) => {
  const notify = useNotify();
  const loaded = useQuery({ queryKey: ['availability', examinerId], queryFn: () => graphql<Loaded>(AVAILABILITY, { id: examinerId }) });
  const [hours, setHours] = useState<WeeklyHoursRow[] | null>(null);
  const [exceptions, setExceptions] = useState<ExceptionRow[]>([]);
  const [buffer, setBuffer] = useState('15');
  const [maxPerDay, setMaxPerDay] = useState('8');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!loaded.data) return;
    const saved = loaded.data.examinerAvailability;
    setHours(saved ? saved.weeklyHours.map(({ weekday, start, end, officeId }) => ({ weekday, start, end, officeId })) : DEFAULT_WEEK(loaded.data.examiner?.offices ?? []));
    setExceptions(saved ? saved.exceptions.map(({ kind, startsOn, endsOn, startTime, endTime, officeId, note }) => ({ kind, startsOn, endsOn, startTime, endTime, officeId, note })) : []);
    setBuffer(String(saved?.bufferMinutes ?? 15));
    setMaxPerDay(String(saved?.maxExamsPerDay ?? 8));
  }, [loaded.data]);

  if (loaded.isPending || hours === null) return <Loading />;
  if (loaded.error) return <Alert severity="error">{(loaded.error as Error).message}</Alert>;
  const examiner = loaded.data.examiner!;
  const zoneOf = (officeId: string | null) => (officeId ? examiner.offices.find((o) => o.id === officeId)?.timeZone : loaded.data.examinerAvailability?.telehealthTimeZone) ?? '';
  const places = [...examiner.offices.map((o) => ({ id: o.id, name: o.label ?? o.city })), ...(examiner.telehealth ? [{ id: '', name: 'Telehealth' }] : [])];

  const save = async () => {
    setProblem(null);
    try {
      await graphql(SAVE, {
        id: examinerId,
        version: loaded.data.examinerAvailability?.version ?? null,
        input: { weeklyHours: hours, exceptions: exceptions.map((e) => ({ ...e, startTime: e.startTime || null, endTime: e.endTime || null })), examLengths: [], bufferMinutes: Number(buffer), maxExamsPerDay: Number(maxPerDay) },
      });
      await loaded.refetch();
      notify('Availability saved', { type: 'success' });
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const setRow = (i: number, change: Partial<WeeklyHoursRow>) => setHours(hours.map((h, j) => (j === i ? { ...h, ...change } : h)));
  const setException = (i: number, change: Partial<ExceptionRow>) => setExceptions(exceptions.map((e, j) => (j === i ? { ...e, ...change } : e)));

  return (
    <Stack spacing={2}>
      <Card>
        <CardContent>
          <Typography variant="h6">Weekly hours of {examiner.displayName}</Typography>
          <Typography variant="body2" color="text.secondary">Each row is local time of its place's zone.</Typography>
          <Table size="small" aria-label="Weekly hours">
            <TableHead>
              <TableRow>
                <TableCell>Day</TableCell>
                <TableCell>From</TableCell>
                <TableCell>To</TableCell>
                <TableCell>Place</TableCell>
                <TableCell>Zone</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {hours.map((h, i) => (
                <TableRow key={i}>
                  <TableCell>
                    <TextField select size="small" value={h.weekday} onChange={(e) => setRow(i, { weekday: Number(e.target.value) })}>
                      {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                        <MenuItem key={d} value={d}>
                          {WEEKDAYS[d]}
                        </MenuItem>
                      ))}
                    </TextField>
                  </TableCell>
                  <TableCell>
                    <TextField size="small" type="time" value={h.start} onChange={(e) => setRow(i, { start: e.target.value })} />
                  </TableCell>
                  <TableCell>
                    <TextField size="small" type="time" value={h.end} onChange={(e) => setRow(i, { end: e.target.value })} />
                  </TableCell>
                  <TableCell>
                    <TextField select size="small" value={h.officeId ?? ''} onChange={(e) => setRow(i, { officeId: e.target.value || null })}>
                      {places.map((p) => (
                        <MenuItem key={p.id} value={p.id}>
                          {p.name}
                        </MenuItem>
                      ))}
                    </TextField>
                  </TableCell>
                  <TableCell>{zoneOf(h.officeId)}</TableCell>
                  <TableCell>
                    <Button onClick={() => setHours(hours.filter((_, j) => j !== i))}>Remove</Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button onClick={() => setHours([...hours, { weekday: 1, start: '09:00', end: '17:00', officeId: places[0]?.id || null }])}>Add hours</Button>

          <Typography variant="h6" sx={{ mt: 2 }}>Time off and extra hours</Typography>
          <Table size="small" aria-label="Exceptions">
            <TableBody>
              {exceptions.map((e, i) => (
                <TableRow key={i}>
                  <TableCell>
                    <TextField select size="small" value={e.kind} onChange={(v) => setException(i, { kind: v.target.value as ExceptionRow['kind'] })}>
                      <MenuItem value="TIME_OFF">Time off</MenuItem>
                      <MenuItem value="EXTRA_HOURS">Extra hours</MenuItem>
                    </TextField>
                  </TableCell>
                  <TableCell>
                    <TextField size="small" type="date" label="From" value={e.startsOn} onChange={(v) => setException(i, { startsOn: v.target.value })} InputLabelProps={{ shrink: true }} />
                  </TableCell>
                  <TableCell>
                    <TextField size="small" type="date" label="To" value={e.endsOn} onChange={(v) => setException(i, { endsOn: v.target.value })} InputLabelProps={{ shrink: true }} />
                  </TableCell>
                  <TableCell>
                    <TextField size="small" type="time" label="Start (blank: whole day)" value={e.startTime ?? ''} onChange={(v) => setException(i, { startTime: v.target.value || null })} InputLabelProps={{ shrink: true }} />
                  </TableCell>
                  <TableCell>
                    <TextField size="small" type="time" label="End" value={e.endTime ?? ''} onChange={(v) => setException(i, { endTime: v.target.value || null })} InputLabelProps={{ shrink: true }} />
                  </TableCell>
                  <TableCell>
                    <TextField size="small" label="Note" value={e.note ?? ''} onChange={(v) => setException(i, { note: v.target.value || null })} />
                  </TableCell>
                  <TableCell>
                    <Button onClick={() => setExceptions(exceptions.filter((_, j) => j !== i))}>Remove</Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button
            onClick={() => {
              const today = new Date().toISOString().slice(0, 10);
              setExceptions([...exceptions, { kind: 'TIME_OFF', startsOn: today, endsOn: today, startTime: null, endTime: null, officeId: null, note: null }]);
            }}
          >
            Add time off
          </Button>
          <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
            <TextField size="small" label="Buffer between exams (minutes)" value={buffer} onChange={(e) => setBuffer(e.target.value)} />
            <TextField size="small" label="Maximum exams per day" value={maxPerDay} onChange={(e) => setMaxPerDay(e.target.value)} />
            <Button variant="contained" onClick={save}>
              Save availability
            </Button>
          </Stack>
          {problem && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {problem}
            </Alert>
          )}
        </CardContent>
      </Card>
      <Week examinerId={examinerId} />
      {admin && <BookFromSlots examinerId={examinerId} />}
    </Stack>
  );
};

interface WeekData {
  cases: {
    items: {
      id: string;
      referenceNumber: string;
      appointments: { scheduledAt: string; status: string; localStart: string | null; timeZone: string | null; examinerLocalStart: string | null; examinerTimeZone: string | null; format: string; location: string | null }[];
    }[];
  };
}

/** A wall time with its offset ("2026-03-09T09:00:00.000-04:00") as "2026-03-09 09:00". */
const wall = (local: string) => `${local.slice(0, 10)} ${local.slice(11, 16)}`;

/**
 * The examiner's held bookings of the next seven days, in the zone of the examiner's hours (the office's, or their
 * telehealth zone); a telehealth exam also shows the claimant's time, which the claimant was given (docs/rules.md,
 * "Time zones").
 */
const Week = ({ examinerId }: { examinerId: string }) => {
  const week = useQuery({ queryKey: ['availability-week', examinerId], queryFn: () => graphql<WeekData>(WEEK, { id: examinerId }) });
  if (week.isPending) return <Loading />;
  if (week.error) return <Alert severity="error">{(week.error as Error).message}</Alert>;
  const now = Date.now();
  const bookings = week.data.cases.items
    .flatMap((c) => c.appointments.filter((a) => a.status === 'SCHEDULED').map((a) => ({ ...a, reference: c.referenceNumber })))
    .filter((a) => Date.parse(a.scheduledAt) >= now && Date.parse(a.scheduledAt) < now + 7 * 86_400_000)
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  return (
    <Card>
      <CardContent>
        <Typography variant="h6">The next seven days</Typography>
        {bookings.length === 0 ? (
          <Typography color="text.secondary">No exams booked.</Typography>
        ) : (
          <Table size="small" aria-label="Week">
            <TableBody>
              {bookings.map((b) => (
                <TableRow key={`${b.reference}-${b.scheduledAt}`}>
                  <TableCell>{b.examinerLocalStart ? wall(b.examinerLocalStart) : b.scheduledAt}</TableCell>
                  <TableCell>{b.examinerTimeZone ?? b.timeZone}</TableCell>
                  <TableCell>{b.reference}</TableCell>
                  <TableCell>
                    {b.format === 'TELEHEALTH' ? 'Telehealth' : b.location}
                    {b.format === 'TELEHEALTH' && b.localStart && b.timeZone !== b.examinerTimeZone ? ` (claimant: ${wall(b.localStart)} ${b.timeZone})` : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

interface SlotsData {
  availableSlots: {
    earliestExamDate: string;
    latestExamDate: string | null;
    slots: { examinerId: string; startsAt: string; localStart: string; localStartText: string; timeZone: string; examinerLocalStart: string; examinerTimeZone: string; format: string; location: string | null }[];
  };
}

/** ADMIN: a case's free slots with this examiner (its assigned one), and booking one. */
const BookFromSlots = ({ examinerId }: { examinerId: string }) => {
  const notify = useNotify();
  const [reference, setReference] = useState('');
  const [slots, setSlots] = useState<SlotsData['availableSlots'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const find = async () => {
    setProblem(null);
    try {
      setSlots((await graphql<SlotsData>(SLOTS, { caseId: reference.trim(), examinerId })).availableSlots);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const book = async (at: string) => {
    setProblem(null);
    try {
      const { case: kase } = await graphql<{ case: { version: number } | null }>(CASE_VERSION, { id: reference.trim() });
      if (!kase) throw new Error('No such case');
      await graphql(BOOK, { caseId: reference.trim(), version: kase.version, at });
      notify('Exam booked', { type: 'success' });
      await find();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <Card>
      <CardContent>
        <Typography variant="h6">Book from the free slots</Typography>
        <Stack direction="row" spacing={2}>
          <TextField size="small" label="Case id" value={reference} onChange={(e) => setReference(e.target.value)} sx={{ minWidth: 360 }} />
          <Button variant="outlined" onClick={find} disabled={!reference.trim()}>
            Find free slots
          </Button>
        </Stack>
        {problem && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {problem}
          </Alert>
        )}
        {slots && (
          <Table size="small" aria-label="Free slots">
            <TableBody>
              {slots.slots.map((s) => (
                <TableRow key={s.startsAt}>
                  <TableCell title={s.localStartText}>{wall(s.localStart)}</TableCell>
                  <TableCell>{s.timeZone}</TableCell>
                  <TableCell>{s.timeZone !== s.examinerTimeZone ? `examiner: ${wall(s.examinerLocalStart)} ${s.examinerTimeZone}` : ''}</TableCell>
                  <TableCell>{s.format === 'TELEHEALTH' ? 'Telehealth' : s.location}</TableCell>
                  <TableCell>
                    <Button onClick={() => book(s.startsAt)}>Book</Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
