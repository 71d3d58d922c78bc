import { FieldErrors, actorName, failedPrecondition, loadOrNotFound, loadVersioned, today } from '@imepanel/runtime';
import { addCalendarDays, utcDateOf } from '@imepanel/runtime/calendar';
import { ref } from '@mikro-orm/core';
import type { ExaminersCommandContext } from '../context';
import { reverificationDue } from '../domain/credential-expiry';
import { isJurisdictionalCredentialKind } from '../domain/enums';
import { Credential, CredentialEvidence, Examiner, VerificationStatus, type CredentialKind } from '../entities';
import type { AddCredentialInput, RenewCredentialInput, UpdateCredentialInput } from '../inputs/credential.inputs';

function checkCredentialShape(
  errors: FieldErrors,
  shape: { kind: CredentialKind; jurisdiction: string | null; issuedOn: string | null; expiresOn: string | null },
) {
  // A state licence or certification only means something in the jurisdiction that issued it.
  if (isJurisdictionalCredentialKind(shape.kind) && !shape.jurisdiction) {
    errors.add('input.jurisdiction', `A ${shape.kind} needs the jurisdiction that issued it, e.g. US-NY`);
  }
  if (shape.issuedOn && shape.expiresOn && shape.expiresOn < shape.issuedOn) {
    errors.add('input.expiresOn', `expiresOn (${shape.expiresOn}) is before issuedOn (${shape.issuedOn})`);
  }
}

export async function addCredential(ctx: ExaminersCommandContext, examinerId: string, input: AddCredentialInput): Promise<Credential> {
  return ctx.em.transactional(async (tx) => {
    const examiner = await loadOrNotFound(tx, Examiner, examinerId);
    const errors = new FieldErrors();
    const shape = {
      kind: input.kind,
      jurisdiction: input.jurisdiction ?? null,
      issuedOn: input.issuedOn ?? null,
      expiresOn: input.expiresOn ?? null,
    };
    checkCredentialShape(errors, shape);
    // Earlier terms of a renewed credential share its number; only a current term is a duplicate.
    const duplicate = await tx.count(Credential, { examiner: examinerId, kind: input.kind, number: input.number.trim(), jurisdiction: shape.jurisdiction, supersededBy: null });
    if (duplicate) errors.add('input.number', `The examiner already has ${input.kind} number ${input.number.trim()}; renew it to record a new term`);
    errors.throwIfAny();
    const credential = tx.create(Credential, { examiner, ...shape, issuer: input.issuer.trim(), number: input.number.trim() });
    await tx.persist(credential).flush();
    return credential;
  });
}

function refuseSuperseded(credential: Credential, doing: string): void {
  if (credential.supersededBy) {
    throw failedPrecondition('CREDENTIAL_SUPERSEDED', `This ${credential.kind} term was replaced by a renewal on ${credential.supersededAt?.toISOString().slice(0, 10)}; ${doing} the current term instead`, {
      currentId: credential.supersededBy.id,
    });
  }
}

/**
 * Records a credential's renewal as a new term (docs/rules.md, "Credential terms"): a new, UNVERIFIED credential of
 * the same kind, issuer and jurisdiction, and the previous term kept as it was — dates, verification and all —
 * marked as superseded by it, so worklists show the current term only and the history keeps every term.
 */
export async function renewCredential(ctx: ExaminersCommandContext, id: string, version: number, input: RenewCredentialInput): Promise<Credential> {
  return ctx.em.transactional(async (tx) => {
    const previous = await loadVersioned(tx, Credential, id, version);
    refuseSuperseded(previous, 'renew');
    const issuedOn = input.issuedOn ?? (previous.expiresOn ? addCalendarDays(previous.expiresOn, 1) : null);
    const errors = new FieldErrors();
    if (previous.expiresOn && input.expiresOn <= previous.expiresOn) {
      errors.add('input.expiresOn', `A renewal ends after the previous term, which ends ${previous.expiresOn}`);
    }
    checkCredentialShape(errors, { kind: previous.kind, jurisdiction: previous.jurisdiction, issuedOn, expiresOn: input.expiresOn });
    errors.throwIfAny();
    const now = ctx.clock.now();
    const renewal = tx.create(Credential, {
      examiner: previous.examiner,
      kind: previous.kind,
      issuer: previous.issuer,
      number: input.number?.trim() || previous.number,
      jurisdiction: previous.jurisdiction,
      issuedOn,
      expiresOn: input.expiresOn,
      verificationNote: 'Renewal; awaiting primary-source verification',
      nextVerificationDue: today(ctx.clock),
    });
    tx.persist(renewal);
    previous.supersededBy = ref(renewal);
    previous.supersededAt = now;
    // The previous term is history now: it is not verified again.
    previous.nextVerificationDue = null;
    await tx.flush();
    return renewal;
  });
}

export async function updateCredential(ctx: ExaminersCommandContext, id: string, version: number, input: UpdateCredentialInput): Promise<Credential> {
  return ctx.em.transactional(async (tx) => {
    const credential = await loadVersioned(tx, Credential, id, version);
    refuseSuperseded(credential, 'change');
    const next = {
      kind: credential.kind,
      issuer: input.issuer?.trim() ?? credential.issuer,
      number: input.number?.trim() ?? credential.number,
      jurisdiction: input.jurisdiction !== undefined ? input.jurisdiction : credential.jurisdiction,
      issuedOn: input.issuedOn !== undefined ? input.issuedOn : credential.issuedOn,
      expiresOn: input.expiresOn !== undefined ? input.expiresOn : credential.expiresOn,
    };
    const errors = new FieldErrors();
    checkCredentialShape(errors, next);
    errors.throwIfAny();
    // What was verified is the number, jurisdiction and dates: change any of them and it must be verified again.
    const material =
      next.number !== credential.number ||
      next.jurisdiction !== credential.jurisdiction ||
      next.issuedOn !== credential.issuedOn ||
      next.expiresOn !== credential.expiresOn;
    Object.assign(credential, next);
    if (material && credential.verificationStatus !== VerificationStatus.UNVERIFIED) {
      credential.verificationStatus = VerificationStatus.UNVERIFIED;
      credential.verificationNote = 'Changed after verification; verify again';
      credential.nextVerificationDue = today(ctx.clock);
    }
    await tx.flush();
    return credential;
  });
}

/** Records the outcome of a primary-source verification by the caller, now, and when it is due again. */
export async function setVerification(
  ctx: ExaminersCommandContext,
  id: string,
  version: number,
  outcome: 'VERIFIED' | 'REJECTED',
  note: string | null | undefined,
  evidenceDocumentId?: string | null,
): Promise<Credential> {
  return ctx.em.transactional(async (tx) => {
    const credential = await loadVersioned(tx, Credential, id, version);
    refuseSuperseded(credential, outcome === 'VERIFIED' ? 'verify' : 'reject');
    // Which document the credential was checked against (docs/documents.md, "Credential evidence").
    const evidence = evidenceDocumentId ? await tx.findOne(CredentialEvidence, { id: evidenceDocumentId, credential: id, status: 'STORED' }) : null;
    if (evidenceDocumentId && !evidence) new FieldErrors().add('evidenceDocumentId', `Document ${evidenceDocumentId} is not stored evidence of credential ${id}`).throwIfAny();
    credential.verifiedAgainstDocumentId = evidence?.id ?? null;
    if (outcome === 'REJECTED' && !note?.trim()) {
      new FieldErrors().add('note', 'Say why the credential is rejected').throwIfAny();
    }
    const now = ctx.clock.now();
    credential.verificationStatus = outcome;
    credential.verifiedAt = now;
    credential.verifiedBy = actorName(ctx);
    credential.verificationNote = note?.trim() || null;
    credential.nextVerificationDue = outcome === 'VERIFIED' ? reverificationDue(utcDateOf(now), credential.kind, utcDateOf(now)) : null;
    await tx.flush();
    return credential;
  });
}

export async function removeCredential(ctx: ExaminersCommandContext, id: string, version: number): Promise<string> {
  return ctx.em.transactional(async (tx) => {
    const credential = await loadVersioned(tx, Credential, id, version);
    // A renewal recorded in error: the term it replaced is the current one again.
    for (const previous of await tx.find(Credential, { supersededBy: credential.id })) {
      previous.supersededBy = null;
      previous.supersededAt = null;
      previous.nextVerificationDue = today(ctx.clock);
    }
    await tx.remove(credential).flush();
    return id;
  });
}
