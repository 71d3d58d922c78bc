import { FieldErrors, assertVersion, notFound } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { partyKey } from '@imepanel/runtime';
import { ConflictDeclaration, Examiner, PartyType } from '../entities';
import type { DeclareConflictInput, UpdateConflictInput } from '../inputs/conflict.inputs';

function checkPeriod(errors: FieldErrors, startsOn: string | null, endsOn: string | null) {
  if (startsOn && endsOn && endsOn < startsOn) errors.add('input.endsOn', `endsOn (${endsOn}) is before startsOn (${startsOn})`);
}

export async function declareConflict(
  em: EntityManager,
  secret: string,
  examinerId: string,
  input: DeclareConflictInput,
): Promise<ConflictDeclaration> {
  return em.transactional(async (tx) => {
    const examiner = await tx.findOne(Examiner, { id: examinerId });
    if (!examiner) throw notFound('Examiner', examinerId);
    const errors = new FieldErrors();
    // Claimant identity is health-adjacent PII: only its keyed hash is kept, never a readable label.
    if (input.partyType === PartyType.CLAIMANT && input.partyLabel) {
      errors.add('input.partyLabel', 'A claimant conflict cannot carry a label: only the keyed hash of the claimant is stored');
    }
    checkPeriod(errors, input.startsOn ?? null, input.endsOn ?? null);
    errors.throwIfAny();
    const conflict = tx.create(ConflictDeclaration, {
      examiner,
      partyType: input.partyType,
      partyKey: partyKey(secret, input.partyType, input.partyIdentity),
      partyLabel: input.partyLabel?.trim() || null,
      reason: input.reason.trim(),
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
    });
    await tx.persist(conflict).flush();
    return conflict;
  });
}

async function loadConflict(em: EntityManager, id: string) {
  const conflict = await em.findOne(ConflictDeclaration, { id });
  if (!conflict) throw notFound('ConflictDeclaration', id);
  return conflict;
}

export async function updateConflict(em: EntityManager, id: string, version: number, input: UpdateConflictInput) {
  return em.transactional(async (tx) => {
    const conflict = await loadConflict(tx, id);
    assertVersion('ConflictDeclaration', conflict, version);
    const startsOn = input.startsOn !== undefined ? input.startsOn : conflict.startsOn;
    const endsOn = input.endsOn !== undefined ? input.endsOn : conflict.endsOn;
    const errors = new FieldErrors();
    checkPeriod(errors, startsOn, endsOn);
    errors.throwIfAny();
    if (input.reason) conflict.reason = input.reason.trim();
    conflict.startsOn = startsOn;
    conflict.endsOn = endsOn;
    await tx.flush();
    return conflict;
  });
}

export async function removeConflict(em: EntityManager, id: string, version: number): Promise<string> {
  return em.transactional(async (tx) => {
    const conflict = await loadConflict(tx, id);
    assertVersion('ConflictDeclaration', conflict, version);
    await tx.remove(conflict).flush();
    return id;
  });
}
