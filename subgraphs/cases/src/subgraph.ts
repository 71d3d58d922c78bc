import { fileURLToPath } from 'node:url';
import { PostgresDocumentStore, createServiceClient, requestContext, type SubgraphDefinition } from '@imepanel/runtime';
import type { CasesConfig } from './config';
import type { CasesContext } from './context';
import { AuditEntry, entities } from './entities';
import { migrations } from './migrations';
import { calendarFeedRoute } from './commands/calendar-feed';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createCasesLoaders } from './loaders';
import { caseDocumentHandlers } from './documents/case-document-handlers';
import { CustodySubscriber } from './custody/custody-subscriber';
import { buildCasesSchema } from './schema';

/** The cases subgraph: owns the referrals, in PostgreSQL schema `cases`. */
export const casesSubgraph: SubgraphDefinition<CasesContext, CasesConfig> = {
  name: 'cases',
  entities,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
  auditEntity: AuditEntry,
  subscribers: () => [new CustodySubscriber()],
  buildSchema: buildCasesSchema,
  context: (request, config) => ({
    ...requestContext(request, config),
    loaders: createCasesLoaders(request.em, config.clock),
    services: {
      examiners: createServiceClient({ name: 'examiners', url: config.examinersUrl, caller: 'cases', auth: config.auth }),
      reports: createServiceClient({ name: 'reports', url: config.reportsUrl, caller: 'cases', auth: config.auth }),
    },
    settings: {
      partyKeySecret: config.partyKeySecret,
      maxOpenCaseLoad: config.maxOpenCaseLoad,
      documentMaxBytes: config.documentMaxBytes,
      imeEntityName: config.imeEntityName,
      documentLinks: config.auth,
      documents: new PostgresDocumentStore(request.em.getKnex(), 'cases'),
    },
    stats: config.stats,
  }),
  // The examiners' private calendar feeds (docs/rules.md, "Scheduling").
  routes: (app, { orm, config, log }) => {
    app.get('/calendar/:file', calendarFeedRoute({ em: () => orm.em.fork() as unknown as EntityManager, now: () => config.clock.now(), log }));
  },
  documentHandlers: (config, orm) => caseDocumentHandlers(config, orm),
};
