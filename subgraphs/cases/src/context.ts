import type { SubgraphContext } from '@imepanel/runtime';
import type { CasesLoaders } from './loaders';

export type CasesContext = SubgraphContext<CasesLoaders>;
