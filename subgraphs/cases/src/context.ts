import type { StatsSettings, SubgraphContext } from '@imepanel/runtime';
import type { CasesLoaders } from './loaders';

export interface CasesContext extends SubgraphContext<CasesLoaders> {
  /** Suppression and limits of statistics. */
  stats: StatsSettings;
}
