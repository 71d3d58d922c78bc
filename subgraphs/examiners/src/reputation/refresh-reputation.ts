import { utcDateOf } from '@imepanel/runtime/calendar';
import { currentWeights } from '../commands/reputation-commands';
import type { ExaminersCommandContext } from '../context';
import { computeReputation, type ReputationWeights as Weights } from '../domain/reputation';
import { Examiner, ExaminerStatus, ReputationSnapshot, type ReputationWeights } from '../entities';
import { reputationInputs } from './reputation-inputs';

const BATCH = 200;

export function weightsOf(row: ReputationWeights): Weights {
  const { timeliness, turnaround, completeness, qa, audit, reliability, conduct, credentials } = row;
  return { timeliness, turnaround, completeness, qa, audit, reliability, conduct, credentials };
}

export interface RefreshResult {
  takenAt: Date;
  examinersScored: number;
  examinersWithoutData: number;
}

/**
 * Computes every non-retired examiner's composite from the real rows (case and report metrics from their
 * subgraphs, curated events and lapses here) with the admin-set weights, stores a dated snapshot each and
 * updates the current score. Batches of 200 examiners; each batch commits on its own.
 */
export async function refreshReputation(ctx: ExaminersCommandContext): Promise<RefreshResult> {
  const { em } = ctx;
  const takenAt = ctx.clock.now();
  const weights = weightsOf(await currentWeights(em));
  const examiners = await em.find(Examiner, { status: { $ne: ExaminerStatus.RETIRED } }, { fields: ['id'], orderBy: { id: 'asc' } });
  let scored = 0;
  let withoutData = 0;
  for (let start = 0; start < examiners.length; start += BATCH) {
    const ids = examiners.slice(start, start + BATCH).map((e) => e.id);
    const inputs = await reputationInputs(em, ctx.services, ids, utcDateOf(takenAt));
    await em.transactional(async (tx) => {
      for (const id of ids) {
        const result = computeReputation(inputs.get(id)!, weights);
        tx.persist(
          tx.create(ReputationSnapshot, {
            examiner: tx.getReference(Examiner, id),
            takenAt,
            score: result.score,
            components: result.components.map((c) => ({ name: c.name, value: c.value, weight: c.weight, contribution: c.contribution })),
            inputs: { ...inputs.get(id)!, weights },
          }),
        );
        // A raw update on purpose: a computed score is not an edit, so it must not bump the examiner's version
        // and make an administrator's concurrent save fail with CONFLICT.
        await tx.nativeUpdate(Examiner, { id }, { reputationScore: result.score });
        if (result.score === null) withoutData += 1;
        else scored += 1;
      }
    });
  }
  return { takenAt, examinersScored: scored, examinersWithoutData: withoutData };
}
