import { findPage, toPage, SortDirection, type Page, type PageInput } from '@imepanel/runtime';
import { reputationEventScope } from '../access';
import type { ExaminersCommandContext, ExaminersContext } from '../context';
import { computeReputation, type ReputationInputs } from '../domain/reputation';
import { ReputationEvent, type Examiner, type ReputationEventKind } from '../entities';
import type { ReputationWeightsInput } from '../inputs/reputation.inputs';
import { checkWeights } from '../commands/reputation-commands';

/** The curated reputation inputs the actor may see (an EXAMINER their own), newest first. */
export function findReputationEvents(
  ctx: ExaminersCommandContext,
  filter: { examinerId?: string; kind?: ReputationEventKind[] } | undefined,
  page: PageInput,
): Promise<Page<ReputationEvent>> {
  return findPage(ctx.em, ReputationEvent, {
    alias: 'ev',
    where: [reputationEventScope(ctx.actor), filter?.examinerId && { examiner: filter.examinerId }, filter?.kind?.length && { kind: { $in: filter.kind } }],
    order: { properties: ['occurredOn', 'createdAt'], direction: SortDirection.DESC },
    page,
  });
}

export interface ReputationPreviewRow {
  examiner: Examiner;
  currentScore: number | null;
  previewScore: number | null;
}

/**
 * How every scored examiner's composite would come out with other weights, from their latest snapshot's inputs:
 * highest current score first (unscored last), then by examiner id, so pages never overlap.
 */
export async function previewReputationWeights(ctx: ExaminersContext, input: ReputationWeightsInput, page: PageInput): Promise<Page<ReputationPreviewRow>> {
  checkWeights(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.em.execute<{ examiner_id: string; score: number | null; inputs: ReputationInputs }[]>(
      `select * from (select distinct on (s.examiner_id) s.examiner_id, s.score, s.inputs from examiners.reputation_snapshot s
         order by s.examiner_id, s.taken_at desc) latest order by latest.score desc nulls last, latest.examiner_id limit ? offset ?`,
      [page.limit, page.offset],
    ),
    ctx.em.execute<{ total: string }[]>(`select count(distinct examiner_id) as total from examiners.reputation_snapshot`),
  ]);
  const examiners = await Promise.all(rows.map((r) => ctx.loaders.examinerById.load(r.examiner_id)));
  const items = rows.map((r, i) => ({
    examiner: examiners[i]!,
    currentScore: r.score,
    previewScore: computeReputation(r.inputs, { ...input }).score,
  }));
  return toPage(items, Number(total), page);
}
