import { PostgresDocumentStore, createServiceClient, type AuthConfig, type CommandContext, type DocumentStore, type JobRunner, type ServiceClient, type StatsSettings, type SubgraphContext } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CasesConfig } from './config';
import type { CasesLoaders } from './loaders';

/** The other subgraphs the cases subgraph calls, with the service identity. */
export interface CasesServices {
  /** The examiners subgraph (eligibility, names). */
  examiners: ServiceClient;
  /** The reports subgraph (final report and deliveries). */
  reports: ServiceClient;
}

export type CasesSettings = Pick<CasesConfig, 'partyKeySecret' | 'maxOpenCaseLoad' | 'documentMaxBytes' | 'imeEntityName' | 'messaging' | 'claimantPortal'> & {
  /** Signs document links (docs/documents.md): the service secret and issuer. */
  documentLinks: Pick<AuthConfig, 'serviceSecret' | 'issuer'>;
  /** Where the case's documents are stored (docs/documents.md, "Storage"). */
  documents: DocumentStore;
};

/** What every command and query of this subgraph receives (a resolver hands it its own context). */
export type CasesCommandContext = CommandContext<CasesServices, CasesSettings>;

export type CasesContext = SubgraphContext<CasesLoaders, CasesServices, CasesSettings> & {
  /** The job runner, to queue webhook dispatches (a replay, a subscription enabled again). */
  jobs: JobRunner;
  /** Suppression and limits of statistics. */
  stats: StatsSettings;
};

/** The other subgraphs, as this subgraph calls them: for a request and for a job alike. */
export function casesServices(config: CasesConfig): CasesServices {
  return {
    examiners: createServiceClient({ name: 'examiners', url: config.examinersUrl, caller: 'cases', auth: config.auth }),
    reports: createServiceClient({ name: 'reports', url: config.reportsUrl, caller: 'cases', auth: config.auth }),
  };
}

/** The settings every command receives, from the configuration and the unit of work's entity manager. */
export function casesSettings(config: CasesConfig, em: EntityManager): CasesSettings {
  return {
    partyKeySecret: config.partyKeySecret,
    maxOpenCaseLoad: config.maxOpenCaseLoad,
    documentMaxBytes: config.documentMaxBytes,
    imeEntityName: config.imeEntityName,
    messaging: config.messaging,
    claimantPortal: config.claimantPortal,
    documentLinks: config.auth,
    documents: new PostgresDocumentStore(em.getKnex(), 'cases'),
  };
}
