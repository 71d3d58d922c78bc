import { FieldErrors, assertActsForExaminer, assertVersion, loadOrNotFound } from '@imepanel/runtime';
import type { ExaminersCommandContext } from '../context';
import { availabilityProblems } from '../domain/availability';
import { Examiner, ExaminerAvailability, OfficeLocation, Specialty, type AvailabilityException, type ExamLength, type WeeklyHours } from '../entities';
import type { AvailabilityInput } from '../inputs/availability.inputs';

const DEFAULT_TELEHEALTH_ZONE = 'America/New_York';

/**
 * Saves an examiner's whole availability (docs/rules.md, "Scheduling"): the examiner for themself, or an
 * administrator. Every time of day is stored with the IANA zone it is read in — an office's hours in the
 * office's zone, telehealth hours in the telehealth zone — so slots stay right across daylight-saving changes.
 * `version` is the saved availability's (refused with CONFLICT when stale); null the first time.
 */
export async function setAvailability(
  ctx: ExaminersCommandContext,
  examinerId: string,
  version: number | null | undefined,
  input: AvailabilityInput,
): Promise<ExaminerAvailability> {
  assertActsForExaminer(ctx.actor, examinerId, "change an examiner's availability");
  return ctx.em.transactional(async (tx) => {
    const examiner = await loadOrNotFound(tx, Examiner, examinerId);
    const offices = await tx.find(OfficeLocation, { examiner: examinerId }, { orderBy: { primary: 'desc', id: 'asc' } });
    const zoneOf = new Map(offices.map((o) => [o.id, o.timeZone]));
    const telehealthTimeZone = input.telehealthTimeZone?.trim() || offices[0]?.timeZone || DEFAULT_TELEHEALTH_ZONE;
    const weeklyHours: WeeklyHours[] = input.weeklyHours.map((h) => ({
      weekday: h.weekday,
      start: h.start,
      end: h.end,
      officeId: h.officeId ?? null,
      timeZone: (h.officeId && zoneOf.get(h.officeId)) || telehealthTimeZone,
    }));
    const exceptions: AvailabilityException[] = input.exceptions.map((e) => ({
      kind: e.kind,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      startTime: e.startTime ?? null,
      endTime: e.endTime ?? null,
      officeId: e.officeId ?? null,
      timeZone: e.timeZone?.trim() || (e.officeId && zoneOf.get(e.officeId)) || (e.kind === 'TIME_OFF' ? offices[0]?.timeZone : null) || telehealthTimeZone,
      note: e.note?.trim() || null,
    }));
    const examLengths: ExamLength[] = input.examLengths.map((l) => ({ format: l.format, specialtyCode: l.specialtyCode?.trim() || null, minutes: l.minutes }));

    const errors = new FieldErrors();
    const shape = { telehealthTimeZone, weeklyHours, exceptions, examLengths };
    for (const problem of availabilityProblems(shape, new Set(zoneOf.keys()), examiner.telehealth)) errors.add(problem.field, problem.message);
    const codes = [...new Set(examLengths.flatMap((l) => (l.specialtyCode ? [l.specialtyCode] : [])))];
    if (codes.length > 0) {
      const known = new Set((await tx.find(Specialty, { code: { $in: codes } }, { fields: ['code'] })).map((s) => s.code));
      examLengths.forEach((l, i) => {
        if (l.specialtyCode && !known.has(l.specialtyCode)) errors.add(`input.examLengths.${i}.specialtyCode`, `Specialty ${l.specialtyCode} does not exist`);
      });
    }
    errors.throwIfAny();

    let availability = await tx.findOne(ExaminerAvailability, { examiner: examinerId });
    if (availability && version != null) assertVersion('ExaminerAvailability', availability, version);
    if (!availability) {
      availability = tx.create(ExaminerAvailability, { examiner, telehealthTimeZone });
      tx.persist(availability);
    }
    Object.assign(availability, {
      telehealthTimeZone,
      weeklyHours,
      exceptions,
      examLengths,
      ...(input.bufferMinutes != null ? { bufferMinutes: input.bufferMinutes } : {}),
      ...(input.maxExamsPerDay != null ? { maxExamsPerDay: input.maxExamsPerDay } : {}),
      ...(input.slotMinutes != null ? { slotMinutes: input.slotMinutes } : {}),
      ...(input.recordReviewsPerWeek != null ? { recordReviewsPerWeek: input.recordReviewsPerWeek } : {}),
    });
    await tx.flush();
    return availability;
  });
}
