import { fileURLToPath } from 'node:url';
import { createServiceClient, type SubgraphDefinition } from '@imepanel/runtime';
import type { ReportsConfig } from './config';
import type { ReportsContext } from './context';
import { AuditEntry, entities } from './entities';
import { migrations } from './migrations';
import { createReportsLoaders } from './loaders';
import { buildReportsSchema } from './schema';

/** The reports subgraph: owns the findings, in PostgreSQL schema `reports`. */
export const reportsSubgraph: SubgraphDefinition<ReportsContext, ReportsConfig> = {
  name: 'reports',
  entities,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
  auditEntity: AuditEntry,
  buildSchema: buildReportsSchema,
  context: ({ em, requestId, log, actor, audit }, config) => ({
    em,
    loaders: createReportsLoaders(em),
    requestId,
    log,
    actor,
    audit,
    cases: createServiceClient({ name: 'cases', url: config.casesUrl, caller: 'reports', auth: config.auth }),
    stats: config.stats,
    now: () => config.clock.now(),
  }),
};
