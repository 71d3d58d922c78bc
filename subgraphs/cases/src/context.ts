import type { ServiceClient, StatsSettings, SubgraphContext } from '@imepanel/runtime';
import type { CasesConfig } from './config';
import type { CasesLoaders } from './loaders';

export type CasesContext = SubgraphContext<CasesLoaders> & {
  /** The examiners subgraph (eligibility, names), called with the service identity. */
  examiners: ServiceClient;
  /** The reports subgraph (final report and deliveries), called with the service identity. */
  reports: ServiceClient;
  settings: Pick<CasesConfig, 'partyKeySecret' | 'maxOpenCaseLoad'>;
  /** Suppression and limits of statistics. */
  stats: StatsSettings;
  /** The instant a command acts at (the configured clock); read it once per command. */
  now: () => Date;
};
