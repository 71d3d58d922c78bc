/**
 * Generates the next committed migration of one subgraph (or of the gateway's identity store) by diffing its entities against a scratch database
 * that has every existing migration applied. Usage: npm run migration:create -- <subgraph> [name]
 */
import { randomBytes } from 'node:crypto';
import { createLogger, createSubgraphOrm } from '@imepanel/runtime';
import { writeMigrationIndex } from './lib/migration-index';
import { dropDatabase, ensureDatabase } from './lib/postgres';
import { databaseModules, DATABASE_MODULE_NAMES } from './lib/database-registry';
import { withPostgres } from './lib/with-postgres';

const [name, migrationName] = process.argv.slice(2);
const subgraph = databaseModules.find((s) => s.name === name);
if (!subgraph) {
  console.error(`usage: npm run migration:create -- <${DATABASE_MODULE_NAMES.join('|')}> [name]`);
  process.exit(2);
}

await withPostgres(process.env, async (serverUrl) => {
  const url = serverUrl(`imepanel_migration_${randomBytes(4).toString('hex')}`);
  await ensureDatabase(url);
  const orm = await createSubgraphOrm(subgraph, { databaseUrl: url, poolMax: 2, slowQueryMs: 10_000 }, createLogger('migration', 'warn'));
  try {
    await orm.migrator.up();
    const result = await orm.migrator.createMigration(undefined, false, false, migrationName);
    if (result.fileName) {
      writeMigrationIndex(subgraph.migrationsDir);
      console.log(`created ${result.fileName} and updated migrations/index.ts`);
    } else {
      console.log('no changes: entities match the migrations');
    }
  } finally {
    await orm.close(true);
    await dropDatabase(url);
  }
});
