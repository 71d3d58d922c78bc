import { identityStore, loadIdentityDatabaseSettings } from '@imepanel/gateway';
import { loadCasesConfig } from '@imepanel/cases';
import { loadExaminersConfig } from '@imepanel/examiners';
import { loadReportsConfig } from '@imepanel/reports';
import type { OrmSettings } from '@imepanel/runtime';
import { subgraphs } from './subgraph-registry';

/** Everything with its own PostgreSQL schema and committed migrations: the subgraphs and the gateway's identity store. */
export const databaseModules = [...subgraphs, identityStore] as const;
export const DATABASE_MODULE_NAMES = databaseModules.map((m) => m.name);

/** Where each module's database is and how to connect to it, from the environment. */
export function databaseSettings(env: Record<string, string | undefined>): Record<string, OrmSettings> {
  return {
    examiners: loadExaminersConfig(env),
    cases: loadCasesConfig(env),
    reports: loadReportsConfig(env),
    identity: loadIdentityDatabaseSettings(env),
  };
}
