import { FieldErrors, actorName, loadOrNotFound, loadVersioned, today } from '@imepanel/runtime';
import { utcDateOf } from '@imepanel/runtime/calendar';
import type { ExaminersCommandContext } from '../context';
import { reverificationDue } from '../domain/credential-expiry';
import { isJurisdictionalCredentialKind } from '../domain/enums';
import { Credential, CredentialEvidence, Examiner, VerificationStatus, type CredentialKind } from '../entities';
import type { AddCredentialInput, UpdateCredentialInput } from '../inputs/credential.inputs';

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
    const duplicate = await tx.count(Credential, { examiner: examinerId, kind: input.kind, number: input.number.trim(), jurisdiction: shape.jurisdiction });
    if (duplicate) errors.add('input.number', `The examiner already has ${input.kind} number ${input.number.trim()}`);
    errors.throwIfAny();
    const credential = tx.create(Credential, { examiner, ...shape, issuer: input.issuer.trim(), number: input.number.trim() });
    await tx.persist(credential).flush();
    return credential;
  });
}

export async function updateCredential(ctx: ExaminersCommandContext, id: string, version: number, input: UpdateCredentialInput): Promise<Credential> {
  return ctx.em.transactional(async (tx) => {
    const credential = await loadVersioned(tx, Credential, id, version);
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
    await tx.remove(credential).flush();
    return id;
  });
}
