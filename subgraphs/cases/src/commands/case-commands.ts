import { createHash } from 'node:crypto';
import { FieldErrors, conflict, failedPrecondition, isTimeZone, jurisdictionTimeZone, markChanged, today } from '@imepanel/runtime';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertMayOrderFor } from '../access';
import { fetchSpecialty } from '../clients/examiners-client';
import type { CasesCommandContext } from '../context';
import { ASSIGNED_CASE_STATUSES, EXAMINED_CASE_STATUSES, isCaseStatusIn, isTerminalCaseStatus } from '../domain/case-lifecycle';
import { Appointment, AppointmentStatus, Case, CaseStatus, Claimant, ExamFormat, ClaimantRepresentative, Client, JurisdictionRule, ReferralQuestion } from '../entities';
import type { ClaimantInput, CreateCaseInput, UpdateCaseInput } from '../inputs/case.inputs';
import { loadCase } from './case-loading';
import { recordCaseEvent } from './case-timeline';

function toClaimant(input: ClaimantInput): Claimant {
  const claimant = new Claimant();
  Object.assign(claimant, {
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    dateOfBirth: input.dateOfBirth,
    email: input.email?.trim().toLowerCase() || null,
    phone: input.phone ?? null,
    addressLine1: input.addressLine1?.trim() || null,
    city: input.city?.trim() || null,
    region: input.region?.trim() || null,
    postalCode: input.postalCode?.trim() || null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    language: input.language,
    interpreterNeeded: input.interpreterNeeded,
    accommodations: [...new Set((input.accommodations ?? []).map((a) => a.trim().replace(/\s+/g, ' ')))],
  });
  if (input.representative) {
    claimant.representative = Object.assign(new ClaimantRepresentative(), {
      name: input.representative.name.trim(),
      firm: input.representative.firm?.trim() || null,
      email: input.representative.email?.trim().toLowerCase() || null,
      phone: input.representative.phone ?? null,
    });
  }
  return claimant;
}

function checkClaimant(errors: FieldErrors, claimant: ClaimantInput, prefix: string, day: string) {
  if (claimant.dateOfBirth >= day) errors.add(`${prefix}.dateOfBirth`, 'dateOfBirth must be in the past');
  if ((claimant.latitude === null || claimant.latitude === undefined) !== (claimant.longitude === null || claimant.longitude === undefined)) {
    errors.add(`${prefix}.longitude`, 'latitude and longitude go together: give both or neither');
  }
}

/** A claimant's zone is an IANA name luxon knows (docs/rules.md, "Time zones"). */
function checkTimeZone(errors: FieldErrors, zone: string | null | undefined) {
  if (zone && !isTimeZone(zone)) errors.add('input.claimantTimeZone', `${zone} is not an IANA time zone such as America/Chicago`);
}

function checkDates(errors: FieldErrors, input: { injuryDate?: string | null; dueDate?: string | null }, day: string) {
  if (input.injuryDate && input.injuryDate > day) errors.add('input.injuryDate', 'injuryDate cannot be in the future');
}

/** What the examiners subgraph says about a specialty code a case is to store, asked before the transaction. */
type SpecialtyStanding = Awaited<ReturnType<typeof fetchSpecialty>>;

/**
 * A case stores the code of a specialty the examiners subgraph owns, so the code is checked when it is written:
 * an unknown code, or an inactive one the case does not already have, is refused at the caller's field. (A
 * subgraph that does not answer refuses the write with DEPENDENCY_UNAVAILABLE: the code is never stored unchecked.)
 */
function checkSpecialty(errors: FieldErrors, code: string, standing: SpecialtyStanding, current?: string) {
  if (!standing) errors.add('input.requiredSpecialtyCode', `Specialty ${code} does not exist; the specialties query lists the codes`);
  else if (!standing.active && code !== current) errors.add('input.requiredSpecialtyCode', `Specialty ${code} is inactive and cannot be newly required`);
}

/** A stable hash of what was asked, so a reused idempotency key with a different request is refused. */
function fingerprint(input: CreateCaseInput): string {
  const { idempotencyKey: _key, ...request } = input;
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

async function nextReferenceNumber(em: EntityManager, now: Date): Promise<string> {
  const [row] = await em.execute<{ n: string }[]>(`select nextval('cases.case_reference_seq') as n`);
  return `IME-${now.getUTCFullYear()}-${String(row.n).padStart(6, '0')}`;
}

async function findByIdempotencyKey(em: EntityManager, clientId: string, key: string, request: string): Promise<Case | null> {
  const existing = await em.findOne(Case, { client: clientId, idempotencyKey: key });
  if (existing && existing.idempotencyFingerprint !== request) {
    throw conflict(`Idempotency key "${key}" was already used for a different case request (${existing.referenceNumber})`, {
      caseId: existing.id,
    });
  }
  return existing;
}

/**
 * Creates a case in REQUESTED with its referral questions and a CREATED timeline entry. With an idempotency
 * key, a retry (even a concurrent one) returns the case the first call created instead of a second case.
 */
export async function createCase(ctx: CasesCommandContext, input: CreateCaseInput): Promise<Case> {
  const { em, actor } = ctx;
  assertMayOrderFor(actor, input.clientId);
  const day = today(ctx.clock);
  const request = fingerprint(input);
  if (input.idempotencyKey) {
    const existing = await findByIdempotencyKey(em, input.clientId, input.idempotencyKey, request);
    if (existing) return existing;
  }
  const specialty = await fetchSpecialty(ctx.services.examiners, input.requiredSpecialtyCode);
  try {
    return await em.transactional(async (tx) => {
      const errors = new FieldErrors();
      const [client, rule] = await Promise.all([
        tx.findOne(Client, { id: input.clientId }),
        tx.findOne(JurisdictionRule, { code: input.jurisdiction }),
      ]);
      if (!client) errors.add('input.clientId', `Client ${input.clientId} does not exist`);
      else if (!client.active) errors.add('input.clientId', `Client ${client.name} is archived and cannot order new IMEs`);
      if (!rule) errors.add('input.jurisdiction', `No jurisdiction rule for ${input.jurisdiction}; known jurisdictions are listed by jurisdictionRules`);
      checkSpecialty(errors, input.requiredSpecialtyCode, specialty);
      checkClaimant(errors, input.claimant, 'input.claimant', day);
      checkTimeZone(errors, input.claimantTimeZone);
      checkDates(errors, input, day);
      errors.throwIfAny();

      const kase = tx.create(Case, {
        referenceNumber: await nextReferenceNumber(tx, ctx.clock.now()),
        client: client!,
        claimNumber: input.claimNumber.trim(),
        lineOfBusiness: input.lineOfBusiness,
        reasons: [...new Set(input.reasons)],
        requiredSpecialtyCode: input.requiredSpecialtyCode,
        jurisdiction: rule!,
        bodyParts: input.bodyParts.map((b) => b.trim()),
        injuryDate: input.injuryDate ?? null,
        claimant: toClaimant(input.claimant),
        claimantTimeZone: input.claimantTimeZone ?? jurisdictionTimeZone(input.jurisdiction),
        treatingProviderNpis: [...new Set(input.treatingProviderNpis)],
        employerName: input.employerName?.trim() || null,
        examFormat: input.examFormat,
        telehealthAllowed: input.telehealthAllowed,
        dueDate: input.dueDate ?? null,
        priority: input.priority,
        idempotencyKey: input.idempotencyKey ?? null,
        idempotencyFingerprint: input.idempotencyKey ? request : null,
        createdBy: actor?.name ?? null,
      });
      tx.persist(kase);
      input.referralQuestions.forEach((text, index) =>
        tx.persist(tx.create(ReferralQuestion, { case: kase, position: index + 1, text: text.trim() })),
      );
      recordCaseEvent(tx, kase, actor, 'CREATED', { to: CaseStatus.REQUESTED });
      await tx.flush();
      return kase;
    });
  } catch (error) {
    // A concurrent request with the same key won the race: answer with its case.
    if (error instanceof UniqueConstraintViolationException && input.idempotencyKey) {
      const winner = await findByIdempotencyKey(em.fork(), input.clientId, input.idempotencyKey, request);
      if (winner) return winner;
    }
    throw error;
  }
}

/** Corrects referral details. What an assigned examiner or a started exam relies on can no longer change. */
export async function updateCase(ctx: CasesCommandContext, id: string, version: number, input: UpdateCaseInput): Promise<Case> {
  const { actor } = ctx;
  const day = today(ctx.clock);
  const specialty = input.requiredSpecialtyCode ? await fetchSpecialty(ctx.services.examiners, input.requiredSpecialtyCode) : undefined;
  return ctx.em.transactional(async (tx) => {
    const kase = await loadCase(tx, id, actor, version);
    if (isTerminalCaseStatus(kase.status)) {
      throw failedPrecondition('CASE_CLOSED', `Case ${kase.referenceNumber} is ${kase.status} and can no longer be changed`);
    }
    const errors = new FieldErrors();
    if (input.requiredSpecialtyCode && input.requiredSpecialtyCode !== kase.requiredSpecialtyCode && isCaseStatusIn(ASSIGNED_CASE_STATUSES, kase.status)) {
      errors.add('input.requiredSpecialtyCode', `The specialty cannot change once an examiner is assigned (case is ${kase.status})`);
    }
    if (input.requiredSpecialtyCode) checkSpecialty(errors, input.requiredSpecialtyCode, specialty ?? null, kase.requiredSpecialtyCode);
    if (input.referralQuestions && isCaseStatusIn(EXAMINED_CASE_STATUSES, kase.status)) {
      errors.add('input.referralQuestions', `Referral questions cannot change after the exam (case is ${kase.status}); request an addendum`);
    }
    if (input.claimant) checkClaimant(errors, input.claimant, 'input.claimant', day);
    checkTimeZone(errors, input.claimantTimeZone);
    checkDates(errors, input, day);
    errors.throwIfAny();

    const changed: string[] = [];
    const set = <K extends keyof Case & string>(key: K, value: Case[K]) => {
      kase[key] = value;
      changed.push(key);
    };
    if (input.claimNumber) set('claimNumber', input.claimNumber.trim());
    if (input.lineOfBusiness) set('lineOfBusiness', input.lineOfBusiness);
    if (input.reasons) set('reasons', [...new Set(input.reasons)]);
    if (input.requiredSpecialtyCode) set('requiredSpecialtyCode', input.requiredSpecialtyCode);
    if (input.bodyParts) set('bodyParts', input.bodyParts.map((b) => b.trim()));
    if (input.injuryDate !== undefined) set('injuryDate', input.injuryDate ?? null);
    if (input.claimant) set('claimant', toClaimant(input.claimant));
    if (input.claimantTimeZone !== undefined) {
      set('claimantTimeZone', input.claimantTimeZone ?? jurisdictionTimeZone(kase.jurisdiction.unwrap().code));
      // A booked telehealth exam is shown in the claimant's zone: the new one from now on (docs/rules.md, "Time zones").
      await tx.nativeUpdate(Appointment, { case: id, status: AppointmentStatus.SCHEDULED, format: ExamFormat.TELEHEALTH }, { timeZone: kase.claimantTimeZone });
    }
    if (input.treatingProviderNpis) set('treatingProviderNpis', [...new Set(input.treatingProviderNpis)]);
    if (input.employerName !== undefined) set('employerName', input.employerName?.trim() || null);
    if (input.examFormat) set('examFormat', input.examFormat);
    if (input.telehealthAllowed !== undefined && input.telehealthAllowed !== null) set('telehealthAllowed', input.telehealthAllowed);
    if (input.dueDate !== undefined) set('dueDate', input.dueDate ?? null);
    if (input.priority) set('priority', input.priority);
    if (input.referralQuestions) {
      await tx.nativeDelete(ReferralQuestion, { case: id });
      input.referralQuestions.forEach((text, index) =>
        tx.persist(tx.create(ReferralQuestion, { case: kase, position: index + 1, text: text.trim() })),
      );
      changed.push('referralQuestions');
    }
    // Every correction is a new version of the case, whichever of its rows it touched.
    markChanged(kase);
    // The timeline names the fields changed, never their values (some are claimant PII).
    recordCaseEvent(tx, kase, actor, 'UPDATED', { note: `Changed ${changed.join(', ') || 'nothing'}`, data: { fields: changed } });
    await tx.flush();
    return kase;
  });
}
