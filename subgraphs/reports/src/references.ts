import type { ReferenceResolvers } from '@imepanel/runtime';
import { visibleReport } from './access';
import type { ReportsContext } from './context';

/** How the gateway turns representations from other subgraphs into this subgraph's entities. */
export const reportsReferenceResolvers: ReferenceResolvers = {
  Report: {
    __resolveReference: async (reference: { id: string }, ctx: ReportsContext) => visibleReport(ctx.actor, await ctx.loaders.reportById.load(reference.id)),
  },
  // Case and Examiner are owned elsewhere; this subgraph only adds fields computed from their ids.
  Case: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
  Examiner: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
};
