import type { ServiceClient, StatsSettings, SubgraphContext } from '@imepanel/runtime';
import type { ReportsLoaders } from './loaders';

export type ReportsContext = SubgraphContext<ReportsLoaders> & {
  /** The cases subgraph, called with the service identity. */
  cases: ServiceClient;
  /** Suppression and limits of statistics. */
  stats: StatsSettings;
  /** The instant a command acts at (the configured clock); read it once per command. */
  now: () => Date;
};
