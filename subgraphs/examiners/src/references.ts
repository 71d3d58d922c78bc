import type { ReferenceResolvers } from '@imepanel/runtime';
import type { ExaminersContext } from './context';

/** How the gateway turns `{ __typename, id }` representations from other subgraphs into this subgraph's entities. */
export const examinersReferenceResolvers: ReferenceResolvers = {
  Examiner: {
    __resolveReference: (reference: { id: string }, ctx: ExaminersContext) => ctx.loaders.examinerById.load(reference.id),
  },
  Specialty: {
    __resolveReference: (reference: { code: string }, ctx: ExaminersContext) => ctx.loaders.specialtyByCode.load(reference.code),
  },
};
