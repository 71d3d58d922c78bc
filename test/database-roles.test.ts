import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { pino } from 'pino';
import { startExaminers, loadExaminersConfig } from '@imepanel/examiners';
import { ConfigError, createLogger } from '@imepanel/runtime';
import { developmentRoleEnv, provisionDatabaseRoles } from '../scripts/lib/database-roles';
import { dropDatabase, ensureDatabase } from '../scripts/lib/postgres';
import { migrateAll, ON_FREE_LOCAL_PORTS } from '../scripts/lib/platform';
import { createExaminer } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * docs/security.md, "Database roles": each service runs as its own least-privilege role. What the services'
 * roles may do is checked by switching to the very role their connections use (found in pg_stat_activity,
 * where every service names itself) on an administrative connection: `set local role` gives exactly that
 * role's rights, no more.
 */
let t: TestPlatform;
const SUBGRAPHS = ['examiners', 'cases', 'reports'] as const;
const SCHEMAS = [...SUBGRAPHS, 'identity'] as const;
let roles: Record<(typeof SCHEMAS)[number], string>;

beforeAll(async () => {
  t = await startTestPlatform();
  // Traffic through every service, so each keeps a connection open to be seen.
  await createExaminer(t.gateway);
  await t.gateway.request(`{ examinersAuditLog { total } casesAuditLog { total } reportsAuditLog { total } }`);
  await fetch(t.gatewayUrl.replace(/\/graphql$/, '/auth/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'nobody@roles.test', password: 'not-a-password' }),
  });
  const { rows } = await t.sql.query<{ schema: (typeof SCHEMAS)[number]; role: string }>(
    `select distinct substring(application_name from 'imepanel-(.*)') as schema, usename as role
       from pg_stat_activity where datname = current_database() and application_name = any($1)`,
    [SCHEMAS.map((s) => `imepanel-${s}`)],
  );
  roles = Object.fromEntries(rows.map((r) => [r.schema, r.role])) as typeof roles;
});

afterAll(async () => {
  await t?.close();
});

/** Runs `statement` as `role` on this test's database, in a transaction that is rolled back. */
async function asRole(role: string, statement: string): Promise<pg.QueryResult> {
  const client = await t.sql.connect();
  try {
    await client.query('begin');
    await client.query(`set local role "${role}"`);
    return await client.query(statement);
  } finally {
    await client.query('rollback');
    client.release();
  }
}

describe('database roles', () => {
  it('runs each service as a role of its own: no superuser, no owner, no member of the owner', async () => {
    expect(Object.keys(roles).sort()).toEqual([...SCHEMAS].sort());
    expect(new Set(Object.values(roles)).size).toBe(SCHEMAS.length);
    for (const schema of SCHEMAS) {
      const { rows: [role] } = await t.sql.query(
        `select r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
                (select count(*) from pg_class c where pg_has_role(r.oid, c.relowner, 'USAGE'))::int as owned,
                (select count(*) from pg_namespace n where pg_has_role(r.oid, n.nspowner, 'USAGE'))::int as schemas_owned
           from pg_roles r where r.rolname = $1`,
        [roles[schema]],
      );
      expect(role, `${schema} runs as ${roles[schema]}`).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, owned: 0, schemas_owned: 0 });
    }
  });

  it('lets a service append to and read its audit table, and nothing more', async () => {
    for (const schema of SUBGRAPHS) {
      const role = roles[schema];
      const table = `${schema}.audit_entry`;
      expect((await asRole(role, `select count(*)::int as n from ${table}`)).rows).toHaveLength(1);
      await asRole(
        role,
        `insert into ${table} (id, at, actor_id, actor_name, actor_role, action, operation, record_ids, request_id)
         values (gen_random_uuid(), now(), 'roles-test', 'Roles test', 'ADMIN', 'READ', 'probe', '{}', 'roles-test')`,
      );
      await expect(asRole(role, `update ${table} set actor_id = 'someone-else'`)).rejects.toThrow(/permission denied for table audit_entry/);
      await expect(asRole(role, `delete from ${table}`)).rejects.toThrow(/permission denied for table audit_entry/);
      await expect(asRole(role, `truncate ${table}`)).rejects.toThrow(/permission denied for table audit_entry/);
      await expect(asRole(role, `alter table ${table} disable trigger audit_entry_no_update_or_delete`)).rejects.toThrow(/must be owner of table audit_entry/);
      await expect(asRole(role, `alter table ${table} disable trigger all`)).rejects.toThrow(/must be owner of table audit_entry/);
      await expect(asRole(role, `drop trigger audit_entry_no_truncate on ${table}`)).rejects.toThrow(/must be owner of/);
      await expect(asRole(role, `insert into ${schema}.mikro_orm_migrations (name) values ('forged')`)).rejects.toThrow(/permission denied for table mikro_orm_migrations/);
    }
  });

  it('keeps every service out of the other services\' schemas', async () => {
    for (const schema of SCHEMAS) {
      for (const other of SCHEMAS.filter((s) => s !== schema)) {
        await expect(asRole(roles[schema], `select 1 from ${other}.mikro_orm_migrations limit 1`), `${schema} reading ${other}`).rejects.toThrow(
          new RegExp(`permission denied for schema ${other}`),
        );
      }
      await expect(asRole(roles[schema], `create table ${schema}.intruder (id int)`)).rejects.toThrow(new RegExp(`permission denied for schema ${schema}`));
    }
  });

  it('gives a table a later migration creates to its service automatically, and to no other', async () => {
    const { rows: [{ owner }] } = await t.sql.query(`select pg_get_userbyid(relowner) as owner from pg_class where oid = 'cases.audit_entry'::regclass`);
    const client = await t.sql.connect();
    try {
      await client.query('begin');
      await client.query(`set local role "${owner}"`);
      await client.query(`create table cases.roles_probe (id serial primary key, note text)`);
      await client.query(`set local role "${roles.cases}"`);
      await client.query(`insert into cases.roles_probe (note) values ('written by the service')`);
      await client.query(`update cases.roles_probe set note = 'changed'`);
      expect((await client.query(`select note from cases.roles_probe`)).rows).toEqual([{ note: 'changed' }]);
      await client.query(`delete from cases.roles_probe`);
      await client.query(`set local role "${roles.reports}"`);
      await expect(client.query(`select 1 from cases.roles_probe`)).rejects.toThrow(/permission denied for schema cases/);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it('migrating again (as the owner) takes back rights someone granted by hand on the audit table', async () => {
    await t.sql.query(`grant update, delete, truncate on examiners.audit_entry to "${roles.examiners}"`);
    await migrateAll(t.databaseEnv, createLogger('test', 'silent'));
    await expect(asRole(roles.examiners, `update examiners.audit_entry set actor_id = 'x'`)).rejects.toThrow(/permission denied for table audit_entry/);
  });

  it('provisions idempotently, also twice at once, and the platform keeps working', async () => {
    const log = createLogger('test', 'silent');
    await Promise.all([provisionDatabaseRoles(t.databaseUrl, t.databaseEnv, log), provisionDatabaseRoles(t.databaseUrl, t.databaseEnv, log)]);
    await expect(asRole(roles.reports, `delete from reports.audit_entry`)).rejects.toThrow(/permission denied/);
    const examiner = await createExaminer(t.gateway);
    expect(examiner.id).toBeTruthy();
  });

  it('adopts a database migrated before the roles existed: the owner gets every object, the services their grants', async () => {
    const legacyUrl = Object.assign(new URL(t.databaseUrl), { pathname: `/imepanel_legacy_${randomBytes(4).toString('hex')}` }).toString();
    const log = createLogger('test', 'silent');
    await ensureDatabase(legacyUrl);
    try {
      await migrateAll({ DATABASE_URL: legacyUrl }, log); // as before: everything owned by the administrative role
      const legacy = developmentRoleEnv(legacyUrl);
      await provisionDatabaseRoles(legacyUrl, legacy, log);
      const sql = new pg.Client({ connectionString: legacyUrl });
      await sql.connect();
      try {
        const { rows: strays } = await sql.query(
          `select c.oid::regclass::text as object, pg_get_userbyid(c.relowner) as owner from pg_class c
            where c.relnamespace::regnamespace::text = any($1) and pg_get_userbyid(c.relowner) <> 'imepanel_owner'
           union all
           select p.oid::regprocedure::text, pg_get_userbyid(p.proowner) from pg_proc p
            where p.pronamespace::regnamespace::text = any($1) and pg_get_userbyid(p.proowner) <> 'imepanel_owner'
           union all
           select nspname, pg_get_userbyid(nspowner) from pg_namespace where nspname = any($1) and pg_get_userbyid(nspowner) <> 'imepanel_owner'`,
          [SCHEMAS],
        );
        expect(strays).toEqual([]);
        await sql.query('begin');
        await sql.query(`set local role imepanel_cases`);
        expect((await sql.query(`select count(*)::int as n from cases.jurisdiction_rule`)).rows[0].n).toBeGreaterThan(0);
        await expect(sql.query(`delete from cases.audit_entry`)).rejects.toThrow(/permission denied for table audit_entry/);
        await sql.query('rollback');
      } finally {
        await sql.end();
      }
      await migrateAll(legacy, log); // later migrations run as the owner
    } finally {
      await dropDatabase(legacyUrl);
    }
  });

  it('refuses to provision a superuser or the administrative role as the owner', async () => {
    const { rows: [{ admin }] } = await t.sql.query(`select current_user as admin`);
    await expect(provisionDatabaseRoles(t.databaseUrl, { ...t.databaseEnv, MIGRATION_DATABASE_URL: t.databaseUrl }, createLogger('test', 'silent'))).rejects.toThrow(ConfigError);
    const { rows: [still] } = await t.sql.query(`select rolsuper from pg_roles where rolname = $1`, [admin]);
    expect(still.rolsuper).toBe(true);
  });

  it('still starts a service given only an administrative DATABASE_URL, and warns that its role can alter the audit table', async () => {
    let logged = '';
    const sink = new Writable({ write: (chunk, _encoding, done) => ((logged += chunk), done()) });
    const config = loadExaminersConfig({ DATABASE_URL: t.databaseUrl, ...ON_FREE_LOCAL_PORTS });
    const service = await startExaminers(config, pino({ level: 'warn' }, sink));
    try {
      expect((await fetch(service.url.replace(/\/graphql$/, '/health/ready'))).status).toBe(200);
    } finally {
      await service.close();
    }
    expect(logged).toMatch(/superuser or as the owner of its tables/);

    logged = '';
    const own = await startExaminers(loadExaminersConfig({ ...t.databaseEnv, ...ON_FREE_LOCAL_PORTS }), pino({ level: 'warn' }, sink));
    await own.close();
    expect(logged).not.toMatch(/owner of its tables/);
  });
});
