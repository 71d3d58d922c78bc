import type { ReferenceResolvers } from '@imepanel/runtime';
import type { CasesContext } from './context';

/** How the gateway turns representations from other subgraphs into this subgraph's entities. */
export const casesReferenceResolvers: ReferenceResolvers = {
  Case: {
    __resolveReference: (reference: { id: string }, ctx: CasesContext) => ctx.loaders.caseById.load(reference.id),
  },
  Client: {
    __resolveReference: (reference: { id: string }, ctx: CasesContext) => ctx.loaders.clientById.load(reference.id),
  },
  JurisdictionRule: {
    __resolveReference: (reference: { code: string }, ctx: CasesContext) => ctx.loaders.ruleByCode.load(reference.code),
  },
  // Examiner is owned by the examiners subgraph; this subgraph only adds fields computed from the id.
  Examiner: {
    __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
  },
};
