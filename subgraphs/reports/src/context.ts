import { PostgresDocumentStore, createServiceClient, type AuthConfig, type CommandContext, type DocumentStore, type Logger, type ServiceClient, type StatsSettings, type SubgraphContext } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReportsConfig } from './config';
import type { ReportsLoaders } from './loaders';

/** The other subgraphs the reports subgraph calls, with the service identity. */
export interface ReportsServices {
  /** The cases subgraph (the case a report is for). */
  cases: ServiceClient;
  /** The examiners subgraph (the examiner's name and qualifications on the report PDF). */
  examiners: ServiceClient;
}

/** What the report PDF and its links need (docs/documents.md). */
export interface ReportsSettings {
  imeEntity: ReportsConfig['imeEntity'];
  documentLinks: Pick<AuthConfig, 'serviceSecret' | 'issuer'>;
  /** Where report PDFs are stored. */
  documents: DocumentStore;
}

/** What every command of this subgraph receives (a resolver hands it its own context). */
export type ReportsCommandContext = CommandContext<ReportsServices, ReportsSettings>;

/** A command that reports what it could not finish but need not undo (finaliseReport) also takes the request's log. */
export type ReportsLoggingCommandContext = ReportsCommandContext & { log: Logger };

export type ReportsContext = SubgraphContext<ReportsLoaders, ReportsServices, ReportsSettings> & {
  /** Suppression and limits of statistics. */
  stats: StatsSettings;
};

/** The other subgraphs, as this subgraph calls them: for a request and for a job alike. */
export function reportsServices(config: ReportsConfig): ReportsServices {
  return {
    cases: createServiceClient({ name: 'cases', url: config.casesUrl, caller: 'reports', auth: config.auth }),
    examiners: createServiceClient({ name: 'examiners', url: config.examinersUrl, caller: 'reports', auth: config.auth }),
  };
}

/** The settings every command receives, from the configuration and the unit of work's entity manager. */
export function reportsSettings(config: ReportsConfig, em: EntityManager): ReportsSettings {
  return { imeEntity: config.imeEntity, documentLinks: config.auth, documents: new PostgresDocumentStore(em.getKnex(), 'reports') };
}
