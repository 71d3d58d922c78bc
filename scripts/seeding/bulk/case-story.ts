import { Random, Weighted } from '../random';
import { ADDENDUM_REASONS, CANCELLED_BY, RULES, type BulkRule } from './reference';

/**
 * The life of one case, drawn in full and then cut at `now`: what has happened by then is recorded (with
 * matching timestamps and statuses), what would happen later does not exist yet. Pure: no I/O, so the
 * invariants the statistics rely on are unit-tested.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Attempt {
  bookedAt: number;
  scheduledAt: number;
  status: 'SCHEDULED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED';
  noShowParty: string | null;
}

export interface Delivery {
  recipient: string;
  at: number;
}

export interface ReportStory {
  status: 'DRAFT' | 'SUBMITTED' | 'IN_QA' | 'CHANGES_REQUESTED' | 'FINAL' | 'DELIVERED';
  startedAt: number;
  submittedAt: number | null;
  finalisedAt: number | null;
  deliveredAt: number | null;
  deliveries: Delivery[];
}

export interface AddendumStory extends ReportStory {
  reason: string;
}

export interface CaseStory {
  status: string;
  createdAt: number;
  proposedAt: number | null;
  assignedAt: number | null;
  examinedAt: number | null;
  closedAt: number | null;
  cancelledAt: number | null;
  cancelledBy: string | null;
  cancellationChargeable: boolean | null;
  cancellationReason: string | null;
  attempts: Attempt[];
  report: ReportStory | null;
  addenda: AddendumStory[];
  /** Last change to the case record. */
  updatedAt: number;
}

export interface StoryInputs {
  createdAt: number;
  jurisdiction: string;
  represented: boolean;
  /** How slow the examiner who would take the case is with reports (1 = median). */
  slowness: number;
  /**
   * Books the exam in the examiner's first free slot at or after the time drawn and answers its start (ms); without
   * it the exam is at the time drawn. seed:bulk passes its ExamCalendar (exam-calendar.ts).
   */
  book?: (notBefore: number) => number;
}

const cancelledBy = new Weighted(CANCELLED_BY);
const addendumReasons = new Weighted(ADDENDUM_REASONS);
/**
 * The exam `wait` after booking, or later when the notice (served the day the exam is booked) needs more lead
 * time: from the first day the jurisdiction allows, at the time of day it was booked.
 */
function noticedExam(rule: BulkRule, bookedAt: number, wait: number): number {
  const booked = new Date(bookedAt).toISOString();
  const earliest = Date.parse(`${rule.earliestExamOn(booked.slice(0, 10))}T${booked.slice(11)}`);
  return Math.max(bookedAt + wait, earliest, bookedAt + DAY);
}
const past = (t: number | null, now: number) => (t !== null && t <= now ? t : null);
const endOfUtcDay = (t: number) => Math.floor(t / DAY) * DAY + DAY - 1;

/** The report's path from the exam: drafted, submitted, QA (sometimes sent back), final, copies delivered. */
function drawReport(random: Random, examinedAt: number, jurisdiction: string, represented: boolean, slowness: number, scale = 1) {
  const rule = RULES[jurisdiction];
  const startedAt = examinedAt + random.int(1, 24) * HOUR * scale;
  const submittedAt = Math.max(startedAt + HOUR, examinedAt + random.logNormal(7 * DAY * slowness * scale, 0.45));
  const qaAt = submittedAt + random.int(1, 12) * HOUR;
  const changesRequested = random.chance(0.12);
  const sentBackAt = changesRequested ? qaAt + random.int(4, 30) * HOUR : null;
  const finalisedAt = (sentBackAt ?? qaAt) + random.logNormal((changesRequested ? 3 : 1.2) * DAY, 0.5);
  const deliveries: Delivery[] = [];
  const clientAt = finalisedAt + random.int(5, 240) * 60_000;
  const required = rule.recipients(represented);
  for (const recipient of required) {
    if (recipient === 'CLIENT') deliveries.push({ recipient, at: clientAt });
    else if (recipient === 'CLAIMANT' && random.chance(0.03)) continue; // the claimant's copy never went out
    else if (rule.sameDay) {
      const onTime = random.chance(recipient === 'CLAIMANT' ? 0.93 : 0.97);
      deliveries.push({ recipient, at: onTime ? Math.min(endOfUtcDay(clientAt), clientAt + random.int(0, 120) * 60_000) : clientAt + random.int(1, 4) * DAY });
    } else deliveries.push({ recipient, at: finalisedAt + random.logNormal(recipient === 'CLAIMANT' ? 1.5 * DAY : 0.8 * DAY, 0.9) });
  }
  const complete = deliveries.length === required.length;
  const deliveredAt = complete ? Math.max(...deliveries.map((d) => d.at)) : null;
  return { startedAt, submittedAt, qaAt, sentBackAt, finalisedAt, deliveries, deliveredAt };
}

function reportAt(drawn: ReturnType<typeof drawReport>, now: number): ReportStory | null {
  if (drawn.startedAt > now) return null;
  const finalisedAt = past(drawn.finalisedAt, now);
  const deliveries = drawn.deliveries.filter((d) => d.at <= now);
  const deliveredAt = past(drawn.deliveredAt, now);
  let status: ReportStory['status'] = 'DRAFT';
  if (deliveredAt !== null) status = 'DELIVERED';
  else if (finalisedAt !== null) status = 'FINAL';
  else if (drawn.sentBackAt !== null && drawn.sentBackAt <= now) status = 'CHANGES_REQUESTED';
  else if (drawn.qaAt <= now) status = 'IN_QA';
  else if (drawn.submittedAt <= now) status = 'SUBMITTED';
  // A report sent back and resubmitted is IN_QA again; keep it simple: sent back until finalised.
  return { status, startedAt: drawn.startedAt, submittedAt: past(drawn.submittedAt, now), finalisedAt, deliveredAt, deliveries };
}

/** Draws the whole life of a case and answers what of it has happened by `now`. */
export function drawCaseStory(random: Random, inputs: StoryInputs, now: number): CaseStory {
  const { createdAt, jurisdiction, represented } = inputs;
  const rule = RULES[jurisdiction];
  const proposed = rule.panel ? createdAt + random.logNormal(1 * DAY, 0.7) : null;
  const assigned = proposed !== null ? proposed + random.logNormal(6 * DAY, 0.5) : createdAt + random.logNormal(2.5 * DAY, 0.8);

  let cancelled: number | null = null;
  let by: string | null = null;
  let chargeable: boolean | null = null;
  let reason: string | null = null;
  const attempts: { bookedAt: number; scheduledAt: number; outcome: 'COMPLETED' | 'NO_SHOW' | 'CANCELLED'; noShowParty: string | null }[] = [];
  let examined: number | null = null;

  if (random.chance(0.025)) {
    // Withdrawn before any exam was booked: the claim settled, or the referral was a duplicate.
    cancelled = createdAt + random.next() * (assigned - createdAt + 5 * DAY);
    by = random.chance(0.8) ? 'CLIENT' : 'ADMIN';
    chargeable = false;
    reason = random.pick(['Claim settled', 'Duplicate referral', 'IME no longer required']);
  } else {
    const book = inputs.book ?? ((t: number) => t);
    let bookedAt = assigned + random.logNormal(1.5 * DAY, 0.6);
    let scheduledAt = book(noticedExam(rule, bookedAt, random.logNormal(16 * DAY, 0.4)));
    for (let k = 0; k < 3; k++) {
      if (random.chance(0.03)) {
        // Late cancellation: within two days of the exam, charged to the party at fault unless the examiner.
        cancelled = scheduledAt - random.int(2, 48) * HOUR;
        by = cancelledBy.pick(random);
        chargeable = by !== 'EXAMINER' && by !== 'ADMIN';
        reason = 'Cancelled within 48 hours of the exam';
        attempts.push({ bookedAt, scheduledAt, outcome: 'CANCELLED', noShowParty: null });
        break;
      }
      if (random.chance(0.075)) {
        const party = random.chance(0.85) ? 'CLAIMANT' : random.chance(0.55) ? 'EXAMINER' : 'OTHER';
        attempts.push({ bookedAt, scheduledAt, outcome: 'NO_SHOW', noShowParty: party });
        if (k < 2 && random.chance(0.75)) {
          bookedAt = scheduledAt + random.logNormal(3 * DAY, 0.5);
          scheduledAt = book(noticedExam(rule, bookedAt, random.logNormal(14 * DAY, 0.35)));
          continue;
        }
        if (random.chance(0.6)) {
          cancelled = scheduledAt + random.logNormal(5 * DAY, 0.5);
          by = party === 'EXAMINER' ? 'EXAMINER' : 'CLAIMANT';
          chargeable = party !== 'EXAMINER';
          reason = 'Claimant did not attend';
        }
        break;
      }
      attempts.push({ bookedAt, scheduledAt, outcome: 'COMPLETED', noShowParty: null });
      examined = scheduledAt;
      break;
    }
  }

  const drawn = examined !== null ? drawReport(random, examined, jurisdiction, represented, inputs.slowness) : null;
  const closed = drawn?.deliveredAt != null ? drawn.deliveredAt + random.logNormal(1 * DAY, 0.7) : null;
  const addendaDrawn =
    drawn?.deliveredAt != null && random.chance(0.06)
      ? [{ reason: addendumReasons.pick(random), ...drawReport(random, drawn.deliveredAt + random.logNormal(20 * DAY, 0.7), jurisdiction, represented, inputs.slowness, 0.6) }]
      : [];

  // Cut at now.
  const cancelledAt = past(cancelled, now);
  const report = drawn ? reportAt(drawn, now) : null;
  const addenda = addendaDrawn.flatMap((a) => {
    const story = reportAt(a, now);
    return story ? [{ ...story, reason: a.reason }] : [];
  });
  const shown: Attempt[] = [];
  for (const a of attempts) {
    if (a.bookedAt > now) break;
    const decided = a.outcome === 'CANCELLED' ? cancelled! : a.scheduledAt;
    shown.push({ bookedAt: a.bookedAt, scheduledAt: a.scheduledAt, status: decided <= now ? a.outcome : 'SCHEDULED', noShowParty: decided <= now ? a.noShowParty : null });
  }
  const examinedAt = past(examined, now);
  const closedAt = past(closed, now);
  const assignedAt = cancelled !== null && cancelled < assigned ? null : past(assigned, now);
  const proposedAt = cancelled !== null && proposed !== null && cancelled < proposed ? null : past(proposed, now);
  const last = shown.at(-1);

  let status = 'REQUESTED';
  if (cancelledAt !== null) status = 'CANCELLED';
  else if (closedAt !== null) status = 'CLOSED';
  else if (report?.finalisedAt != null) status = 'REPORTED';
  else if (examinedAt !== null) status = 'EXAMINED';
  else if (last?.status === 'NO_SHOW') status = 'NO_SHOW';
  else if (last) status = 'SCHEDULED';
  else if (assignedAt !== null) status = 'ASSIGNED';
  else if (proposedAt !== null) status = 'PANEL_PROPOSED';

  const events = [createdAt, proposedAt, assignedAt, last?.bookedAt ?? null, examinedAt, report?.finalisedAt ?? null, closedAt, cancelledAt];
  return {
    status,
    createdAt,
    proposedAt,
    assignedAt,
    examinedAt,
    closedAt,
    cancelledAt,
    cancelledBy: cancelledAt !== null ? by : null,
    cancellationChargeable: cancelledAt !== null ? chargeable : null,
    cancellationReason: cancelledAt !== null ? reason : null,
    attempts: shown,
    report,
    addenda,
    updatedAt: Math.max(...events.filter((t): t is number => t !== null)),
  };
}
