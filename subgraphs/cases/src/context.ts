import type { CommandContext, JobRunner, ServiceClient, StatsSettings, SubgraphContext } from '@imepanel/runtime';
import type { CasesConfig } from './config';
import type { CasesLoaders } from './loaders';

/** The other subgraphs the cases subgraph calls, with the service identity. */
export interface CasesServices {
  /** The examiners subgraph (eligibility, names). */
  examiners: ServiceClient;
  /** The reports subgraph (final report and deliveries). */
  reports: ServiceClient;
}

export type CasesSettings = Pick<CasesConfig, 'partyKeySecret' | 'maxOpenCaseLoad' | 'messaging'>;

/** What every command and query of this subgraph receives (a resolver hands it its own context). */
export type CasesCommandContext = CommandContext<CasesServices, CasesSettings>;

export type CasesContext = SubgraphContext<CasesLoaders, CasesServices, CasesSettings> & {
  /** The job runner, to queue webhook dispatches (a replay, a subscription enabled again). */
  jobs: JobRunner;
  /** Suppression and limits of statistics. */
  stats: StatsSettings;
};
