import type { ServiceClient, StatsSettings, SubgraphContext } from '@imepanel/runtime';
import type { ReportsLoaders } from './loaders';

/** The other subgraphs the reports subgraph calls, with the service identity. */
export interface ReportsServices {
  /** The cases subgraph (the case a report is for). */
  cases: ServiceClient;
}

export type ReportsContext = SubgraphContext<ReportsLoaders, ReportsServices> & {
  /** Suppression and limits of statistics. */
  stats: StatsSettings;
};
