import { casesSubgraph } from '@imepanel/cases';
import { examinersSubgraph } from '@imepanel/examiners';
import { reportsSubgraph } from '@imepanel/reports';

/** Every subgraph, in the order their migrations and seeds run. */
export const subgraphs = [examinersSubgraph, casesSubgraph, reportsSubgraph] as const;
export const SUBGRAPH_NAMES = subgraphs.map((s) => s.name);
