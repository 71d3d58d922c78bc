import type { AuthConfig, CommandContext, ServiceClient, SubgraphContext } from '@imepanel/runtime';
import type { ExaminersConfig } from './config';
import type { ExaminersLoaders } from './loaders';

/** The other subgraphs the examiners subgraph calls, with the service identity. */
export interface ExaminersServices {
  /** Clients and cases this subgraph stores ids of, and the case metrics of reputation. */
  cases: ServiceClient;
  /** The report metrics of reputation. */
  reports: ServiceClient;
}

export type ExaminersSettings = Pick<ExaminersConfig, 'partyKeySecret'> & {
  /** Signs document links (docs/documents.md). */
  documentLinks: Pick<AuthConfig, 'serviceSecret' | 'issuer'>;
};

/** What every command of this subgraph receives (a resolver hands it its own context). */
export type ExaminersCommandContext = CommandContext<ExaminersServices, ExaminersSettings>;

export type ExaminersContext = SubgraphContext<ExaminersLoaders, ExaminersServices, ExaminersSettings>;
