import type { ServiceClient, SubgraphContext } from '@imepanel/runtime';
import type { ExaminersConfig } from './config';
import type { ExaminersLoaders } from './loaders';

export type ExaminersContext = SubgraphContext<ExaminersLoaders> & {
  settings: Pick<ExaminersConfig, 'partyKeySecret'>;
  /** The cases and reports subgraphs (examiner metrics), called with the service identity. */
  cases: ServiceClient;
  reports: ServiceClient;
};
