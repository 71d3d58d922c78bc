import { FieldErrors, actorName, assertVersion, notFound, type Actor } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { reverificationDue } from '../domain/credential-expiry';
import { Credential, Examiner, VerificationStatus, type CredentialKind } from '../entities';
import type { AddCredentialInput, UpdateCredentialInput } from '../inputs/credential.inputs';

/** Kinds that only mean something in one jurisdiction (a state licence, a state QME certification). */
const JURISDICTIONAL_KINDS: readonly CredentialKind[] = ['MEDICAL_LICENSE', 'QME_CERTIFICATION', 'DEA_REGISTRATION'];

const today = () => new Date().toISOString().slice(0, 10);

function checkCredentialShape(
  errors: FieldErrors,
  shape: { kind: CredentialKind; jurisdiction: string | null; issuedOn: string | null; expiresOn: string | null },
) {
  if (JURISDICTIONAL_KINDS.includes(shape.kind) && !shape.jurisdiction) {
    errors.add('input.jurisdiction', `A ${shape.kind} needs the jurisdiction that issued it, e.g. US-NY`);
  }
  if (shape.issuedOn && shape.expiresOn && shape.expiresOn < shape.issuedOn) {
    errors.add('input.expiresOn', `expiresOn (${shape.expiresOn}) is before issuedOn (${shape.issuedOn})`);
  }
}

async function loadCredential(em: EntityManager, id: string): Promise<Credential> {
  const credential = await em.findOne(Credential, { id });
  if (!credential) throw notFound('Credential', id);
  return credential;
}

export async function addCredential(em: EntityManager, examinerId: string, input: AddCredentialInput): Promise<Credential> {
  return em.transactional(async (tx) => {
    const examiner = await tx.findOne(Examiner, { id: examinerId });
    if (!examiner) throw notFound('Examiner', examinerId);
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

export async function updateCredential(em: EntityManager, id: string, version: number, input: UpdateCredentialInput): Promise<Credential> {
  return em.transactional(async (tx) => {
    const credential = await loadCredential(tx, id);
    assertVersion('Credential', credential, version);
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
      credential.nextVerificationDue = today();
    }
    credential.updatedAt = new Date();
    await tx.flush();
    return credential;
  });
}

export async function setVerification(
  em: EntityManager,
  id: string,
  version: number,
  outcome: 'VERIFIED' | 'REJECTED',
  note: string | null | undefined,
  actor: Actor | null,
): Promise<Credential> {
  return em.transactional(async (tx) => {
    const credential = await loadCredential(tx, id);
    assertVersion('Credential', credential, version);
    if (outcome === 'REJECTED' && !note?.trim()) {
      new FieldErrors().add('note', 'Say why the credential is rejected').throwIfAny();
    }
    const now = new Date();
    credential.verificationStatus = outcome;
    credential.verifiedAt = now;
    credential.verifiedBy = actorName({ actor });
    credential.verificationNote = note?.trim() || null;
    credential.nextVerificationDue = outcome === 'VERIFIED' ? reverificationDue(now.toISOString().slice(0, 10), credential.kind, today()) : null;
    credential.updatedAt = now;
    await tx.flush();
    return credential;
  });
}

export async function removeCredential(em: EntityManager, id: string, version: number): Promise<string> {
  return em.transactional(async (tx) => {
    const credential = await loadCredential(tx, id);
    assertVersion('Credential', credential, version);
    await tx.remove(credential).flush();
    return id;
  });
}
