import { FieldErrors, isRecordId, loadOrNotFound, loadVersioned, partyKey } from '@imepanel/runtime';
import { assertMayDeclareConflictFor, conflictChangeScope } from '../access';
import { clientExists } from '../clients/cases-client';
import type { ExaminersCommandContext } from '../context';
import { ConflictDeclaration, Examiner, PartyType } from '../entities';
import type { DeclareConflictInput, UpdateConflictInput } from '../inputs/conflict.inputs';

function checkPeriod(errors: FieldErrors, startsOn: string | null, endsOn: string | null) {
  if (startsOn && endsOn && endsOn < startsOn) errors.add('input.endsOn', `endsOn (${endsOn}) is before startsOn (${startsOn})`);
}

/**
 * A client is identified by its id in the cases subgraph, the identity the cases subgraph hashes for a case's
 * CLIENT party key (docs/rules.md, "Conflicts and party keys"). A name or a mistyped id would hash to a key no
 * case ever has, silently disabling the conflict, so the client is looked up when the conflict is declared.
 */
async function checkClientParty(errors: FieldErrors, ctx: ExaminersCommandContext, input: DeclareConflictInput): Promise<void> {
  if (input.partyType !== PartyType.CLIENT) return;
  const id = input.partyIdentity.trim();
  if (!isRecordId(id)) errors.add('input.partyIdentity', 'For a CLIENT the party identity is the client id (a UUID, as the clients query lists it)');
  else if (!(await clientExists(ctx.services.cases, id))) errors.add('input.partyIdentity', `Client ${id} does not exist`);
}

export async function declareConflict(ctx: ExaminersCommandContext, examinerId: string, input: DeclareConflictInput): Promise<ConflictDeclaration> {
  assertMayDeclareConflictFor(ctx.actor, examinerId);
  const errors = new FieldErrors();
  await checkClientParty(errors, ctx, input);
  return ctx.em.transactional(async (tx) => {
    const examiner = await loadOrNotFound(tx, Examiner, examinerId);
    // Claimant identity is health-adjacent PII: only its keyed hash is kept, never a readable label.
    if (input.partyType === PartyType.CLAIMANT && input.partyLabel) {
      errors.add('input.partyLabel', 'A claimant conflict cannot carry a label: only the keyed hash of the claimant is stored');
    }
    checkPeriod(errors, input.startsOn ?? null, input.endsOn ?? null);
    errors.throwIfAny();
    const conflict = tx.create(ConflictDeclaration, {
      examiner,
      partyType: input.partyType,
      partyKey: partyKey(ctx.settings.partyKeySecret, input.partyType, input.partyIdentity),
      partyLabel: input.partyLabel?.trim() || null,
      reason: input.reason.trim(),
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
    });
    await tx.persist(conflict).flush();
    return conflict;
  });
}

export async function updateConflict(ctx: ExaminersCommandContext, id: string, version: number, input: UpdateConflictInput): Promise<ConflictDeclaration> {
  return ctx.em.transactional(async (tx) => {
    const conflict = await loadVersioned(tx, ConflictDeclaration, id, version, { scope: conflictChangeScope(ctx.actor) });
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

export async function removeConflict(ctx: ExaminersCommandContext, id: string, version: number): Promise<string> {
  return ctx.em.transactional(async (tx) => {
    const conflict = await loadVersioned(tx, ConflictDeclaration, id, version, { scope: conflictChangeScope(ctx.actor) });
    await tx.remove(conflict).flush();
    return id;
  });
}
