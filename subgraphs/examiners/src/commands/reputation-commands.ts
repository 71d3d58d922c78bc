import { FieldErrors, actorName, assertVersion, loadOrNotFound, today } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { caseExists } from '../clients/cases-client';
import type { ExaminersCommandContext } from '../context';
import { validateWeights } from '../domain/reputation';
import { Examiner, ReputationEvent, ReputationEventKind, ReputationWeights } from '../entities';
import type { ClaimantReputationEventInput, RecordReputationEventInput, ReputationWeightsInput } from '../inputs/reputation.inputs';

/** Which score each kind of event carries: audits a 0–100 score, feedback a 1–5 rating, the rest none. */
function checkScore(errors: FieldErrors, kind: ReputationEventKind, score: number | null | undefined) {
  const field = 'input.score';
  if (kind === ReputationEventKind.QA_AUDIT) {
    if (score === null || score === undefined) errors.add(field, 'A QA audit needs a score from 0 to 100');
  } else if (kind === ReputationEventKind.CLIENT_FEEDBACK || kind === ReputationEventKind.CLAIMANT_FEEDBACK) {
    if (score === null || score === undefined || score < 1 || score > 5 || !Number.isInteger(score)) {
      errors.add(field, 'Feedback needs a whole-number rating from 1 to 5');
    }
  } else if (score !== null && score !== undefined) {
    errors.add(field, `A ${kind} carries no score`);
  }
}

/** The weight problems of domain/reputation.ts at the caller's fields (`input.timeliness`, …). */
export function checkWeights(input: ReputationWeightsInput): void {
  const errors = new FieldErrors();
  for (const problem of validateWeights({ ...input })) errors.add(`input.${problem.field}`, problem.message);
  errors.throwIfAny();
}

export async function recordReputationEvent(ctx: ExaminersCommandContext, examinerId: string, input: RecordReputationEventInput): Promise<ReputationEvent> {
  const errors = new FieldErrors();
  // The case is the cases subgraph's: looked up before it is stored (the service client refuses when it cannot ask).
  if (input.caseId && !(await caseExists(ctx.services.cases, input.caseId))) errors.add('input.caseId', `Case ${input.caseId} does not exist`);
  return ctx.em.transactional(async (tx) => {
    const examiner = await loadOrNotFound(tx, Examiner, examinerId);
    const day = today(ctx.clock);
    checkScore(errors, input.kind, input.score);
    if (input.occurredOn && input.occurredOn > day) errors.add('input.occurredOn', `occurredOn (${input.occurredOn}) is in the future`);
    errors.throwIfAny();
    const event = tx.create(ReputationEvent, {
      examiner,
      kind: input.kind,
      score: input.score ?? null,
      note: input.note?.trim() || null,
      caseId: input.caseId ?? null,
      occurredOn: input.occurredOn ?? day,
      recordedBy: actorName(ctx),
    });
    await tx.persist(event).flush();
    return event;
  });
}

/**
 * The claimant portal's feedback (CLAIMANT_FEEDBACK, a 1–5 rating) or complaint (COMPLAINT): recorded once per
 * `sourceKey`, without the case or any text, dated the first of its month (docs/claimant-portal.md), so the
 * examiner reading their own events cannot tell whose it is. The opinion-neutral rules of reputation apply as to
 * every event: it rates conduct, never findings (docs/rules.md, "Reputation").
 */
export async function recordClaimantReputationEvent(ctx: ExaminersCommandContext, input: ClaimantReputationEventInput): Promise<ReputationEvent> {
  const errors = new FieldErrors();
  if (input.kind !== ReputationEventKind.CLAIMANT_FEEDBACK && input.kind !== ReputationEventKind.COMPLAINT) {
    errors.add('input.kind', 'A claimant gives CLAIMANT_FEEDBACK or a COMPLAINT');
  }
  checkScore(errors, input.kind, input.score);
  if (!/^\d{4}-\d{2}-01$/.test(input.occurredOn)) errors.add('input.occurredOn', 'A claimant event is dated the first day of its month');
  errors.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const existing = await tx.findOne(ReputationEvent, { sourceKey: input.sourceKey });
    if (existing) return existing;
    const examiner = await loadOrNotFound(tx, Examiner, input.examinerId);
    const event = tx.create(ReputationEvent, {
      examiner,
      kind: input.kind,
      score: input.score ?? null,
      note: null,
      caseId: null,
      occurredOn: input.occurredOn,
      recordedBy: 'Claimant portal',
      sourceKey: input.sourceKey,
    });
    await tx.persist(event).flush();
    return event;
  });
}

export async function removeReputationEvent(ctx: ExaminersCommandContext, id: string): Promise<string> {
  return ctx.em.transactional(async (tx) => {
    const event = await loadOrNotFound(tx, ReputationEvent, id);
    await tx.remove(event).flush();
    return id;
  });
}

/** The single weights row; the initial migration inserts it with the documented defaults. */
export async function currentWeights(em: EntityManager): Promise<ReputationWeights> {
  const weights = await em.findOne(ReputationWeights, { id: 1 });
  if (!weights) throw new Error('reputation_weights row 1 is missing: run the examiners migrations');
  return weights;
}

export async function updateWeights(ctx: ExaminersCommandContext, version: number, input: ReputationWeightsInput): Promise<ReputationWeights> {
  return ctx.em.transactional(async (tx) => {
    const weights = await currentWeights(tx);
    assertVersion('ReputationWeights', weights, version);
    checkWeights(input);
    Object.assign(weights, { ...input });
    weights.updatedBy = actorName(ctx);
    await tx.flush();
    return weights;
  });
}
