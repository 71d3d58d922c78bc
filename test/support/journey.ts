import type { GraphQLClient } from 'graphql-request';
import type pg from 'pg';
import { createActiveExaminer, createCase, createClient, createSpecialty, isoDate } from './fixtures';

/** Moves the booked exam of a case (and its notice) into the past, as if the days until the exam had passed. */
export async function timeTravelToExam(sql: pg.Pool, caseId: string, hoursAgo = 2): Promise<void> {
  await sql.query(
    `update cases.notice n set served_at = now() - make_interval(days => 10)
       from cases.appointment a where n.appointment_id = a.id and a.case_id = $1 and a.status = 'SCHEDULED'`,
    [caseId],
  );
  // The booking moves back whole (its end and the buffer it holds), into a past hour the examiner has free: two
  // held bookings of one examiner never overlap (docs/rules.md, "Scheduling"), past ones included.
  for (let step = 0; ; step++) {
    try {
      await sql.query(
        `update cases.appointment set scheduled_at = now() - make_interval(hours => $2 + 2 * $3),
                ends_at = now() - make_interval(hours => $2 + 2 * $3) + make_interval(mins => duration_minutes),
                blocked_until = now() - make_interval(hours => $2 + 2 * $3) + make_interval(mins => duration_minutes) + (blocked_until - ends_at)
          where case_id = $1 and status = 'SCHEDULED'`,
        [caseId, hoursAgo, step],
      );
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '23P01' || step >= 200) throw error;
    }
  }
}

/** A business day far enough ahead for any seeded notice lead time (NY: 7 business days). */
export function examDateAhead(days = 21): Date {
  const date = new Date(`${isoDate(days)}T15:00:00Z`);
  while ([0, 6].includes(date.getUTCDay())) date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/** The earliest free slot of a case's examiner (availableSlots), as a client finds it before booking. */
export async function earliestSlot(gateway: GraphQLClient, caseId: string, from?: Date): Promise<{ startsAt: string; examinerId: string; format: string }> {
  const data = await gateway.request<{ availableSlots: { earliest: { startsAt: string; examinerId: string; format: string } | null } }>(
    `query ($id: ID!, $from: DateTime) { availableSlots(caseId: $id, from: $from) { earliest { startsAt examinerId format } } }`,
    { id: caseId, from: from?.toISOString() ?? null },
  );
  if (!data.availableSlots.earliest) throw new Error(`case ${caseId} has no free slot in the next 90 days`);
  return data.availableSlots.earliest;
}

const CASE_STATE = `query ($id: ID!) { case(id: $id) { id version status examinerId } }`;

export async function caseState(gateway: GraphQLClient, id: string) {
  return (await gateway.request<{ case: { id: string; version: number; status: string; examinerId: string | null } }>(CASE_STATE, { id })).case;
}

/** A specialty, a client and `examiners` active, licensed examiners in `jurisdiction`, each in its own practice group. */
export async function panelWorld(gateway: GraphQLClient, options: { jurisdiction?: string; examiners?: number } = {}) {
  const specialty = await createSpecialty(gateway);
  const client = await createClient(gateway);
  const examiners = [];
  for (let i = 0; i < (options.examiners ?? 3); i++) {
    examiners.push(await createActiveExaminer(gateway, { specialtyCode: specialty.code, jurisdiction: options.jurisdiction ?? 'US-NY' }));
  }
  return { specialty, client, examiners };
}

/** A case in `jurisdiction` assigned directly to an eligible examiner, with an exam booked and noticed. */
export async function scheduledCase(gateway: GraphQLClient, world: Awaited<ReturnType<typeof panelWorld>>, examinerId: string, overrides: Record<string, unknown> = {}) {
  const created = await createCase(gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code, ...overrides });
  const assigned = await gateway.request<any>(
    `mutation ($id: ID!, $version: Int!, $examinerId: ID!) { assignExaminer(caseId: $id, version: $version, examinerId: $examinerId) { version } }`,
    { id: created.id, version: created.version, examinerId },
  );
  const scheduled = await gateway.request<any>(
    `mutation ($id: ID!, $version: Int!, $at: DateTime!) { scheduleExam(caseId: $id, version: $version, input: { scheduledAt: $at, location: "1 Main St, Albany NY" }) { version } }`,
    { id: created.id, version: assigned.assignExaminer.version, at: (await earliestSlot(gateway, created.id, examDateAhead())).startsAt },
  );
  const noticed = await gateway.request<any>(
    `mutation ($id: ID!, $version: Int!) { serveNotice(caseId: $id, version: $version, input: { method: EMAIL }) { version } }`,
    { id: created.id, version: scheduled.scheduleExam.version },
  );
  return { id: created.id, referenceNumber: created.referenceNumber, version: noticed.serveNotice.version as number };
}
