import { FieldErrors, actorName, badUserInput, failedPrecondition, loadVersioned, markChanged, recordEvent, today } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ExaminersCommandContext } from '../context';
import { defaultTimeZoneForRegion, isTimeZone } from '../domain/availability';
import { checkExaminerStatusChange } from '../domain/examiner-status';
import { Credential, Examiner, ExaminerSpecialty, ExaminerStatusChange, OfficeLocation, PracticeGroup, Specialty } from '../entities';
import type {
  ChangeExaminerStatusInput,
  CreateExaminerInput,
  ExaminerSpecialtyInput,
  OfficeLocationInput,
  UpdateExaminerInput,
} from '../inputs/examiner.inputs';

/** Checks what the input refers to (NPI uniqueness, practice group, specialty codes) and collects every problem. */
async function checkReferences(
  em: EntityManager,
  input: Pick<UpdateExaminerInput, 'npi' | 'practiceGroupId' | 'specialties' | 'offices'>,
  examinerId: string | null,
): Promise<{ specialties: Map<string, Specialty>; practiceGroup: PracticeGroup | null | undefined }> {
  const errors = new FieldErrors();
  if (input.npi) {
    const holder = await em.findOne(Examiner, { npi: input.npi }, { fields: ['id'] });
    if (holder && holder.id !== examinerId) errors.add('input.npi', `An examiner with NPI ${input.npi} already exists`);
  }
  let practiceGroup: PracticeGroup | null | undefined;
  if (input.practiceGroupId) {
    practiceGroup = await em.findOne(PracticeGroup, { id: input.practiceGroupId });
    if (!practiceGroup) errors.add('input.practiceGroupId', `Practice group ${input.practiceGroupId} does not exist`);
  } else if (input.practiceGroupId === null) {
    practiceGroup = null;
  }
  const specialties = new Map<string, Specialty>();
  if (input.specialties?.length) {
    const codes = input.specialties.map((s) => s.code);
    for (const found of await em.find(Specialty, { code: { $in: codes } })) specialties.set(found.code, found);
    input.specialties.forEach((s, i) => {
      const specialty = specialties.get(s.code);
      if (!specialty) errors.add(`input.specialties.${i}.code`, `Specialty ${s.code} does not exist`);
      else if (!specialty.active) errors.add(`input.specialties.${i}.code`, `Specialty ${s.code} is inactive`);
      if (codes.indexOf(s.code) !== i) errors.add(`input.specialties.${i}.code`, `Specialty ${s.code} is listed twice`);
    });
    if (input.specialties.filter((s) => s.primary).length > 1) {
      errors.add('input.specialties', 'At most one specialty can be primary');
    }
  }
  input.offices?.forEach((o, i) => {
    if (o.timeZone != null && !isTimeZone(o.timeZone)) errors.add(`input.offices.${i}.timeZone`, `${o.timeZone} is not an IANA time zone such as America/New_York`);
  });
  if (input.offices && input.offices.filter((o) => o.primary).length > 1) {
    errors.add('input.offices', 'At most one office can be primary');
  }
  errors.throwIfAny();
  return { specialties, practiceGroup };
}

function replaceSpecialties(em: EntityManager, examiner: Examiner, inputs: ExaminerSpecialtyInput[], specialties: Map<string, Specialty>) {
  for (const s of inputs) {
    em.persist(
      em.create(ExaminerSpecialty, {
        examiner,
        specialty: specialties.get(s.code)!,
        boardCertified: s.boardCertified,
        primary: s.primary,
      }),
    );
  }
}

function replaceOffices(em: EntityManager, examiner: Examiner, inputs: OfficeLocationInput[]) {
  for (const o of inputs) {
    em.persist(
      em.create(OfficeLocation, {
        examiner,
        label: o.label ?? null,
        addressLine1: o.addressLine1.trim(),
        addressLine2: o.addressLine2 ?? null,
        city: o.city.trim(),
        region: o.region.trim(),
        postalCode: o.postalCode.trim(),
        country: o.country,
        latitude: o.latitude,
        longitude: o.longitude,
        primary: o.primary,
        timeZone: o.timeZone ?? defaultTimeZoneForRegion(o.country, o.region.trim()),
      }),
    );
  }
}

export async function createExaminer(ctx: ExaminersCommandContext, input: CreateExaminerInput): Promise<Examiner> {
  return ctx.em.transactional(async (tx) => {
    const { specialties, practiceGroup } = await checkReferences(tx, input, null);
    const examiner = tx.create(Examiner, {
      npi: input.npi,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      suffix: input.suffix?.trim() || null,
      email: input.email.trim().toLowerCase(),
      phone: input.phone ?? null,
      practiceGroup: practiceGroup ?? null,
      languages: [...new Set(input.languages)],
      telehealth: input.telehealth,
      yearsInPractice: input.yearsInPractice ?? null,
      bio: input.bio ?? null,
    });
    tx.persist(examiner);
    replaceSpecialties(tx, examiner, input.specialties, specialties);
    replaceOffices(tx, examiner, input.offices);
    await tx.flush();
    return examiner;
  });
}

export async function updateExaminer(ctx: ExaminersCommandContext, id: string, version: number, input: UpdateExaminerInput): Promise<Examiner> {
  return ctx.em.transactional(async (tx) => {
    const examiner = await loadVersioned(tx, Examiner, id, version);
    const { specialties, practiceGroup } = await checkReferences(tx, input, id);
    if (input.npi !== undefined && input.npi !== null) examiner.npi = input.npi;
    if (input.firstName) examiner.firstName = input.firstName.trim();
    if (input.lastName) examiner.lastName = input.lastName.trim();
    if (input.suffix !== undefined) examiner.suffix = input.suffix?.trim() || null;
    if (input.email) examiner.email = input.email.trim().toLowerCase();
    if (input.phone !== undefined) examiner.phone = input.phone ?? null;
    if (practiceGroup !== undefined) examiner.practiceGroup = practiceGroup ? tx.getReference(PracticeGroup, practiceGroup.id, { wrapped: true }) : null;
    if (input.languages) examiner.languages = [...new Set(input.languages)];
    if (input.telehealth !== undefined && input.telehealth !== null) examiner.telehealth = input.telehealth;
    if (input.yearsInPractice !== undefined) examiner.yearsInPractice = input.yearsInPractice ?? null;
    if (input.bio !== undefined) examiner.bio = input.bio ?? null;
    if (input.specialties) {
      await tx.nativeDelete(ExaminerSpecialty, { examiner: id });
      replaceSpecialties(tx, examiner, input.specialties, specialties);
    }
    if (input.offices) {
      await tx.nativeDelete(OfficeLocation, { examiner: id });
      replaceOffices(tx, examiner, input.offices);
    }
    // The lists are part of the examiner: replacing them is a new version of it, like any other change.
    if (input.specialties || input.offices) markChanged(examiner);
    await tx.flush();
    return examiner;
  });
}

export async function changeExaminerStatus(ctx: ExaminersCommandContext, id: string, version: number, input: ChangeExaminerStatusInput): Promise<Examiner> {
  return ctx.em.transactional(async (tx) => {
    const examiner = await loadVersioned(tx, Examiner, id, version);
    const [specialtyCount, licences] = await Promise.all([
      tx.count(ExaminerSpecialty, { examiner: id }),
      tx.find(Credential, { examiner: id, kind: 'MEDICAL_LICENSE' }, { fields: ['verificationStatus', 'expiresOn'] }),
    ]);
    const verdict = checkExaminerStatusChange({
      from: examiner.status,
      to: input.status,
      reason: input.reason,
      today: today(ctx.clock),
      specialtyCount,
      licences: licences.map((l) => ({ status: l.verificationStatus, expiresOn: l.expiresOn })),
    });
    if (!verdict.ok) {
      throw verdict.field !== undefined
        ? badUserInput([{ field: verdict.field, message: verdict.message }], verdict.message)
        : failedPrecondition(verdict.rule, verdict.message);
    }
    const change = {
      fromStatus: examiner.status,
      toStatus: input.status,
      reason: input.reason?.trim() || null,
      changedBy: actorName(ctx),
      changedAt: ctx.clock.now(),
    };
    examiner.status = change.toStatus;
    examiner.statusReason = change.reason;
    examiner.statusChangedAt = change.changedAt;
    examiner.statusChangedBy = change.changedBy;
    // Every change is kept with its reason, not only the latest (docs/rules.md, "Examiner status").
    tx.persist(tx.create(ExaminerStatusChange, { examiner, ...change }));
    // docs/messaging.md, "Events": ids and statuses only (the reason is free text and stays here).
    if (change.toStatus === 'SUSPENDED' && change.fromStatus !== 'SUSPENDED') {
      recordEvent(tx, { type: 'EXAMINER_SUSPENDED', aggregateType: 'Examiner', aggregateId: examiner.id, occurredAt: change.changedAt, payload: { examinerId: examiner.id, status: examiner.status, previousStatus: change.fromStatus } });
    }
    await tx.flush();
    return examiner;
  });
}
