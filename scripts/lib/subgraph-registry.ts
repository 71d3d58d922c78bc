import { casesSubgraph } from '@imepanel/cases';
import { examinersSubgraph } from '@imepanel/examiners';
import { reportsSubgraph } from '@imepanel/reports';
import { SUBGRAPH_NAMES, type SubgraphName } from '@imepanel/runtime';

/**
 * Every subgraph's definition, in the order of the runtime's SUBGRAPH_REGISTRY (names, ports, URLs), which is the
 * order their migrations and seeds run.
 */
export const subgraphs = [examinersSubgraph, casesSubgraph, reportsSubgraph] as const satisfies readonly { name: SubgraphName }[];
if (subgraphs.map((s) => s.name).join() !== SUBGRAPH_NAMES.join()) {
  throw new Error(`The subgraph definitions (${subgraphs.map((s) => s.name).join(', ')}) do not follow the runtime's registry (${SUBGRAPH_NAMES.join(', ')})`);
}
