import type { AuthConfig, CommandContext, DocumentStore, ServiceClient, StatsSettings, SubgraphContext } from '@imepanel/runtime';
import type { CasesConfig } from './config';
import type { CasesLoaders } from './loaders';

/** The other subgraphs the cases subgraph calls, with the service identity. */
export interface CasesServices {
  /** The examiners subgraph (eligibility, names). */
  examiners: ServiceClient;
  /** The reports subgraph (final report and deliveries). */
  reports: ServiceClient;
}

export type CasesSettings = Pick<CasesConfig, 'partyKeySecret' | 'maxOpenCaseLoad' | 'documentMaxBytes' | 'imeEntityName'> & {
  /** Signs document links (docs/documents.md): the service secret and issuer. */
  documentLinks: Pick<AuthConfig, 'serviceSecret' | 'issuer'>;
  /** Where the case's documents are stored (docs/documents.md, "Storage"). */
  documents: DocumentStore;
};

/** What every command and query of this subgraph receives (a resolver hands it its own context). */
export type CasesCommandContext = CommandContext<CasesServices, CasesSettings>;

export type CasesContext = SubgraphContext<CasesLoaders, CasesServices, CasesSettings> & {
  /** Suppression and limits of statistics. */
  stats: StatsSettings;
};
