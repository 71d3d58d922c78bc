import type { CommandContext, Logger, ServiceClient, StatsSettings, SubgraphContext } from '@imepanel/runtime';
import type { ReportsLoaders } from './loaders';

/** The other subgraphs the reports subgraph calls, with the service identity. */
export interface ReportsServices {
  /** The cases subgraph (the case a report is for). */
  cases: ServiceClient;
}

/** What every command of this subgraph receives (a resolver hands it its own context). */
export type ReportsCommandContext = CommandContext<ReportsServices>;

/** A command that reports what it could not finish but need not undo (finaliseReport) also takes the request's log. */
export type ReportsLoggingCommandContext = ReportsCommandContext & { log: Logger };

export type ReportsContext = SubgraphContext<ReportsLoaders, ReportsServices> & {
  /** Suppression and limits of statistics. */
  stats: StatsSettings;
};
