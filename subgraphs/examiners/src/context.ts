import type { SubgraphContext } from '@imepanel/runtime';
import type { ExaminersConfig } from './config';
import type { ExaminersLoaders } from './loaders';

export type ExaminersContext = SubgraphContext<ExaminersLoaders> & {
  settings: Pick<ExaminersConfig, 'partyKeySecret'>;
};
