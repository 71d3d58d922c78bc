import type { AuthConfig, CommandContext, DocumentStore, Logger, ServiceClient, StatsSettings, SubgraphContext } from '@imepanel/runtime';
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
