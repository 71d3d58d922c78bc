import type { ReferenceResolvers } from '@imepanel/runtime';
import { visibleCase, visibleClient } from './access';
import type { CasesContext } from './context';

/** How the gateway turns representations from other subgraphs into this subgraph's entities. */
export const casesReferenceResolvers: ReferenceResolvers = {
  Case: {
    // Row scope applies to federation hops too (Report.case, …): a case out of scope resolves to null.
    __resolveReference: async (reference: { id: string }, ctx: CasesContext) => visibleCase(ctx.actor, await ctx.loaders.caseById.load(reference.id)),
  },
  Client: {
    __resolveReference: async (reference: { id: string }, ctx: CasesContext) => visibleClient(ctx.actor, await ctx.loaders.clientById.load(reference.id)),
  },
  JurisdictionRule: {
    __resolveReference: (reference: { code: string }, ctx: CasesContext) => ctx.loaders.ruleByCode.load(reference.code),
  },
  // Examiner is owned by the examiners subgraph; this subgraph only adds fields computed from the id.
  Examiner: {
    __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
  },
};
