import { describe, expect, it } from 'vitest';
import { JURISDICTION_RULE_SEEDS } from '../../../subgraphs/cases/src/domain/jurisdiction-rules';
import { earliestExamDate } from '../../../subgraphs/cases/src/domain/scheduling';
import { checkDeliveries, requiredRecipients, type Recipient } from '../../../subgraphs/reports/src/domain/delivery-rules';
import { drawCaseStory, type CaseStory } from './case-story';
import { Random } from '../random';
import { RULES } from './reference';

const DAY = 86_400_000;
const now = Date.parse('2026-11-01T12:00:00Z');
const jurisdictions = ['US-NY', 'US-CA', 'US-WA', 'US-OR', 'US-CT'];

function stories(count: number): CaseStory[] {
  const random = new Random(42);
  return Array.from({ length: count }, (_, i) =>
    drawCaseStory(random, { createdAt: now - random.next() * 400 * DAY, jurisdiction: jurisdictions[i % 5], represented: i % 3 === 0, slowness: 1 }, now),
  );
}

describe('drawCaseStory', () => {
  const all = stories(5_000);

  it('records only what has happened by now, in order', () => {
    for (const s of all) {
      const times = [s.createdAt, s.assignedAt, s.examinedAt, s.closedAt].filter((t): t is number => t !== null);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      for (const t of [...times, s.cancelledAt, s.report?.submittedAt, s.report?.finalisedAt]) if (t != null) expect(t).toBeLessThanOrEqual(now);
      for (const a of s.attempts) expect(a.bookedAt).toBeLessThanOrEqual(now);
    }
  });

  it('gives every status its matching timestamps', () => {
    for (const s of all) {
      switch (s.status) {
        case 'CLOSED':
          expect(s.closedAt).not.toBeNull();
          expect(s.report?.status).toBe('DELIVERED');
          break;
        case 'REPORTED':
          expect(s.report?.finalisedAt).not.toBeNull();
          expect(s.closedAt).toBeNull();
          break;
        case 'EXAMINED':
          expect(s.examinedAt).not.toBeNull();
          expect(s.report?.finalisedAt ?? null).toBeNull();
          break;
        case 'CANCELLED':
          expect(s.cancelledAt).not.toBeNull();
          expect(s.cancelledBy).not.toBeNull();
          expect(s.examinedAt).toBeNull();
          break;
        case 'NO_SHOW':
          expect(s.attempts.at(-1)?.status).toBe('NO_SHOW');
          break;
        case 'SCHEDULED':
          expect(s.attempts.at(-1)?.status).toBe('SCHEDULED');
          break;
        case 'REQUESTED':
          expect(s.assignedAt).toBeNull();
          break;
      }
      if (s.examinedAt !== null) expect(s.attempts.filter((a) => a.status === 'COMPLETED')).toHaveLength(1);
      if (s.status !== 'CANCELLED') expect(s.cancelledAt).toBeNull();
    }
  });

  it('keeps reports consistent: delivered means every copy out, final before delivered', () => {
    for (const s of all) {
      const r = s.report;
      if (!r) continue;
      expect(s.examinedAt).not.toBeNull();
      if (r.status === 'DELIVERED') expect(r.deliveredAt).toBe(Math.max(...r.deliveries.map((d) => d.at)));
      if (r.finalisedAt !== null) expect(r.finalisedAt).toBeGreaterThanOrEqual(r.submittedAt!);
      for (const d of r.deliveries) expect(d.at).toBeGreaterThanOrEqual(r.finalisedAt!);
    }
  });

  it('draws plausible shares: most old cases closed, some cancelled, a few no-shows', () => {
    const old = all.filter((s) => s.createdAt < now - 180 * DAY);
    const share = (status: string) => old.filter((s) => s.status === status).length / old.length;
    expect(share('CLOSED')).toBeGreaterThan(0.8);
    expect(share('CANCELLED')).toBeGreaterThan(0.04);
    expect(share('CANCELLED')).toBeLessThan(0.12);
    const noShows = all.filter((s) => s.attempts.some((a) => a.status === 'NO_SHOW')).length / all.length;
    expect(noShows).toBeGreaterThan(0.04);
    expect(noShows).toBeLessThan(0.12);
  });

  it('keeps the rules each status implies: notice lead time before every exam, every required copy of a delivered report', () => {
    all.forEach((s, i) => {
      const jurisdiction = jurisdictions[i % 5]!;
      const rule = JURISDICTION_RULE_SEEDS.find((r) => r.code === jurisdiction)!;
      if (['ASSIGNED', 'SCHEDULED', 'EXAMINED', 'REPORTED', 'CLOSED', 'NO_SHOW'].includes(s.status)) expect(s.assignedAt).not.toBeNull();
      for (const a of s.attempts) {
        // The notice is served the day the exam is booked (cases domain: earliestExamDate).
        const servedOn = new Date(a.bookedAt).toISOString().slice(0, 10);
        const examOn = new Date(a.scheduledAt).toISOString().slice(0, 10);
        expect(examOn >= earliestExamDate({ rule, today: servedOn, holidays: RULES[jurisdiction]!.holidays }), `${jurisdiction}: booked ${servedOn}, exam ${examOn}`).toBe(true);
      }
      for (const report of [s.report, ...s.addenda]) {
        if (report?.status !== 'DELIVERED') continue;
        const required = requiredRecipients({ jurisdictionRecipients: rule.reportRecipients as Recipient[], claimantRepresented: i % 3 === 0, hasTreatingPhysician: true });
        const check = checkDeliveries({ requiredRecipients: required, sameDay: false, deliveries: report.deliveries.map((d) => ({ recipient: d.recipient as Recipient, deliveredAt: new Date(d.at) })) });
        expect(check.missing).toEqual([]);
        expect(report.deliveries.map((d) => d.recipient).sort()).toEqual([...required].sort());
      }
    });
  });

  it('is reproducible from the seed', () => {
    expect(stories(50)).toEqual(stories(50));
  });
});
