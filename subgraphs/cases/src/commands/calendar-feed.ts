import { createHash, randomBytes } from 'node:crypto';
import { assertActsForExaminer, actorName, type Logger } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CasesCommandContext } from '../context';
import { calendarFeed, type CalendarEvent } from '../domain/icalendar';
import { Appointment, AppointmentStatus, CalendarFeed } from '../entities';

/** Where the cases subgraph serves a feed: GET /calendar/<token>.ics (docs/rules.md, "Scheduling"). */
export const calendarFeedPath = (token: string) => `/calendar/${token}.ics`;

/** How far back a feed lists bookings; ahead, it lists all. */
const FEED_HISTORY_DAYS = 90;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * A new private feed URL for the examiner (the examiner themself or ADMIN), replacing any earlier one: the token is
 * shown this once and stored only as its hash.
 */
export async function rotateCalendarFeed(ctx: CasesCommandContext, examinerId: string): Promise<{ examinerId: string; token: string; path: string }> {
  assertActsForExaminer(ctx.actor, examinerId, "rotate an examiner's calendar feed");
  const token = randomBytes(32).toString('base64url');
  await ctx.em.transactional(async (tx) => {
    const feed = (await tx.findOne(CalendarFeed, { examinerId })) ?? tx.create(CalendarFeed, { examinerId, tokenHash: '' });
    feed.tokenHash = hashOf(token);
    feed.createdAt = ctx.clock.now();
    feed.createdBy = actorName(ctx);
    tx.persist(feed);
    await tx.flush();
  });
  return { examinerId, token, path: calendarFeedPath(token) };
}

/** Revokes the examiner's feed: its URL answers 404 from now on. Answers whether there was one. */
export async function revokeCalendarFeed(ctx: CasesCommandContext, examinerId: string): Promise<boolean> {
  assertActsForExaminer(ctx.actor, examinerId, "revoke an examiner's calendar feed");
  return ctx.em.transactional(async (tx) => {
    const feed = await tx.findOne(CalendarFeed, { examinerId });
    if (!feed) return false;
    tx.remove(feed);
    await tx.flush();
    return true;
  });
}

/**
 * The feed a token opens, as iCalendar text, or null for a token no feed has (never issued, rotated or revoked).
 * Each booking is named by its case reference only; its place is the office (or "Telehealth").
 */
export async function calendarFeedText(em: EntityManager, token: string, now: Date): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const feed = await em.findOne(CalendarFeed, { tokenHash: hashOf(token) });
  if (!feed) return null;
  const since = new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000);
  const appointments = await em.find(
    Appointment,
    { examinerId: feed.examinerId, scheduledAt: { $gte: since } },
    { populate: ['case'], fields: ['id', 'scheduledAt', 'endsAt', 'status', 'format', 'location', 'durationMinutes', 'version', 'createdAt', 'cancelledAt', 'case.referenceNumber'], orderBy: { scheduledAt: 'asc' } },
  );
  const events: CalendarEvent[] = appointments.map((a) => {
    const reference = a.case.getEntity().referenceNumber;
    return {
      uid: `${a.id}@imepanel`,
      start: a.scheduledAt,
      end: a.endsAt,
      summary: `IME ${reference}${a.format === 'TELEHEALTH' ? ' (telehealth)' : ''}`,
      description: `Case ${reference}: ${a.durationMinutes} minutes, ${a.format === 'TELEHEALTH' ? 'telehealth' : 'in person'}. Details in the IME Panel console.`,
      location: a.format === 'TELEHEALTH' ? 'Telehealth' : a.location,
      status: a.status === AppointmentStatus.RESCHEDULED || a.status === AppointmentStatus.CANCELLED ? 'CANCELLED' : 'CONFIRMED',
      updatedAt: a.cancelledAt ?? a.createdAt,
      sequence: a.version,
    };
  });
  return calendarFeed('IME Panel bookings', events);
}

/** GET /calendar/<token>.ics on the cases subgraph: the token is the credential (no bearer token: calendar apps send none). */
export function calendarFeedRoute(deps: { em: () => EntityManager; now: () => Date; log: Logger }) {
  return async (req: { params: Record<string, string> }, res: { status(code: number): { type(t: string): { send(body: string): void } }; setHeader(name: string, value: string): void }) => {
    const file = req.params.file ?? '';
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    try {
      const text = token ? await calendarFeedText(deps.em(), token, deps.now()) : null;
      if (text === null) {
        res.status(404).type('text/plain').send('No such calendar feed');
        return;
      }
      res.setHeader('Cache-Control', 'private, max-age=300');
      res.status(200).type('text/calendar; charset=utf-8').send(text);
    } catch (error) {
      deps.log.error({ err: error }, 'calendar feed failed');
      res.status(500).type('text/plain').send('The calendar feed could not be produced');
    }
  };
}
