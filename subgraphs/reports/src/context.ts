import type { ServiceClient, SubgraphContext } from '@imepanel/runtime';
import type { ReportsLoaders } from './loaders';

export type ReportsContext = SubgraphContext<ReportsLoaders> & {
  /** The cases subgraph, called with the service identity. */
  cases: ServiceClient;
  /** k of statistics suppression (STATS_MIN_GROUP_SIZE). */
  statsMinGroupSize: number;
};
