import { rowScope } from '@imepanel/runtime';
import { visibleCase } from '../access';
import { dayOf } from '../commands/case-loading';
import { releasedToExaminer } from '../commands/document-commands';
import type { CasesCommandContext } from '../context';
import { CaseDocument, CustodyEntry, type Case } from '../entities';

/** A case's documents, newest first, for an actor who may see the case; an EXAMINER only those released to them. */
export async function caseDocumentsOf(ctx: CasesCommandContext, kase: Case): Promise<CaseDocument[] | null> {
  if (!visibleCase(ctx.actor, kase)) return null;
  const documents = await ctx.em.find(CaseDocument, { case: kase.id }, { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['case.jurisdiction'] });
  if (rowScope(ctx.actor).kind !== 'examiner') return documents;
  const today = dayOf(ctx.clock.now());
  return documents.filter((d) => d.status === 'STORED' && releasedToExaminer(d, today));
}

/** A case's chain of custody, in order. */
export async function custodyEntriesOf(ctx: CasesCommandContext, kase: Case): Promise<CustodyEntry[] | null> {
  if (!visibleCase(ctx.actor, kase)) return null;
  return ctx.em.find(CustodyEntry, { case: kase.id }, { orderBy: { seq: 'asc' } });
}
