import type { ServiceClient, StatsSettings, SubgraphContext } from '@imepanel/runtime';
import type { CasesConfig } from './config';
import type { CasesLoaders } from './loaders';

/** The other subgraphs the cases subgraph calls, with the service identity. */
export interface CasesServices {
  /** The examiners subgraph (eligibility, names). */
  examiners: ServiceClient;
  /** The reports subgraph (final report and deliveries). */
  reports: ServiceClient;
}

export type CasesContext = SubgraphContext<CasesLoaders, CasesServices, Pick<CasesConfig, 'partyKeySecret' | 'maxOpenCaseLoad'>> & {
  /** Suppression and limits of statistics. */
  stats: StatsSettings;
};
