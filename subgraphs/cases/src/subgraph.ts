import { fileURLToPath } from 'node:url';
import { requestContext, type SubgraphDefinition } from '@imepanel/runtime';
import type { CasesConfig } from './config';
import { casesServices, casesSettings, type CasesContext } from './context';
import { AuditEntry, entities } from './entities';
import { migrations } from './migrations';
import { calendarFeedRoute } from './commands/calendar-feed';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createCasesLoaders } from './loaders';
import { caseDocumentHandlers } from './documents/case-document-handlers';
import { CustodySubscriber } from './custody/custody-subscriber';
import { buildCasesSchema } from './schema';
import { startCasesWorkers } from './messaging/workers';

/** The cases subgraph: owns the referrals, in PostgreSQL schema `cases`. */
export const casesSubgraph: SubgraphDefinition<CasesContext, CasesConfig> = {
  name: 'cases',
  entities,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
  auditEntity: AuditEntry,
  subscribers: () => [new CustodySubscriber()],
  buildSchema: buildCasesSchema,
  workers: startCasesWorkers,
  context: (request, config, runtime) => ({
    ...requestContext(request, config),
    jobs: runtime.jobs,
    loaders: createCasesLoaders(request.em, config.clock),
    services: casesServices(config),
    settings: casesSettings(config, request.em as unknown as EntityManager),
    stats: config.stats,
  }),
  // The examiners' private calendar feeds (docs/rules.md, "Scheduling").
  routes: (app, { orm, config, log }) => {
    app.get('/calendar/:file', calendarFeedRoute({ em: () => orm.em.fork() as unknown as EntityManager, now: () => config.clock.now(), log }));
  },
  documentHandlers: (config, orm) => caseDocumentHandlers(config, orm),
};
