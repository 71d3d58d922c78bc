import { createServiceClient, type AuthConfig, type CommandContext, type ServiceClient, type SubgraphContext } from '@imepanel/runtime';
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

/** The other subgraphs, as this subgraph calls them: for a request and for a job alike. */
export function examinersServices(config: ExaminersConfig): ExaminersServices {
  return {
    cases: createServiceClient({ name: 'cases', url: config.casesUrl, caller: 'examiners', auth: config.auth }),
    reports: createServiceClient({ name: 'reports', url: config.reportsUrl, caller: 'examiners', auth: config.auth }),
  };
}

/** The settings every command receives. */
export function examinersSettings(config: ExaminersConfig): ExaminersSettings {
  return { partyKeySecret: config.partyKeySecret, documentLinks: config.auth };
}
