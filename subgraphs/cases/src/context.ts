import type { SubgraphContext } from '@imepanel/runtime';
import type { CasesLoaders } from './loaders';

export interface CasesContext extends SubgraphContext<CasesLoaders> {
  /** k of statistics suppression (STATS_MIN_GROUP_SIZE). */
  statsMinGroupSize: number;
}
