import pg from 'pg';
import {
  ConfigError,
  JOB_SCHEMA,
  DEFAULT_OWNER_ROLE,
  databaseUrlFor,
  defaultServiceRole,
  developmentRolePassword,
  isProduction,
  migrationDatabaseUrlFor,
  roleOf,
  type Logger,
} from '@imepanel/runtime';
import { databaseModules } from './database-registry';
import { ensureDatabase } from './postgres';

/**
 * The database roles of docs/security.md ("Database roles"): per module (each subgraph and the gateway's
 * identity store, one PostgreSQL schema each), an owner role that runs the migrations and owns every object,
 * and the role its service runs as, with USAGE on that schema only, SELECT/INSERT/UPDATE/DELETE on its tables,
 * USAGE on its sequences, and on the audit table INSERT and SELECT only. The service's role owns nothing, so it
 * cannot disable the audit table's append-only trigger either.
 *
 * The grants do not list tables: default privileges of the owner role give the service its rights on whatever a
 * later migration creates, and `restrictOwnerOnlyTables` (run after every migration) takes back what the
 * service must not have on the audit table and the migrations table.
 */
export interface ModuleRoles {
  /** The module, also its PostgreSQL schema. */
  module: string;
  /** host:port of the server, and the database the module's schema lives in. */
  server: string;
  database: string;
  owner: RoleLogin;
  service: RoleLogin;
  /** The append-only audit table (subgraphs), or null (the identity store has none). */
  auditTable: string | null;
}

export interface RoleLogin {
  role: string;
  /** The password in the URL; null when the URL has none (the server authenticates otherwise, e.g. certificates). */
  password: string | null;
}

/** The table MikroORM's migrator records applied migrations in (see subgraph-orm-config.ts). */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function loginOf(url: string): RoleLogin {
  const parsed = new URL(url);
  return { role: roleOf(url), password: parsed.password ? decodeURIComponent(parsed.password) : null };
}

function serverOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}`;
}

/** The module's append-only audit table, or null (the identity store has none). */
export function auditTableOf(module: (typeof databaseModules)[number]): string | null {
  return 'auditEntity' in module ? module.auditEntity.meta.tableName : null;
}

const databaseOf = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));

/**
 * Each module's owner and service role, read from the same settings the migrations (MIGRATION_DATABASE_URL, …)
 * and the services (DATABASE_URL, EXAMINERS_DATABASE_URL, …) connect with, so the roles created are exactly the
 * ones they log in as. Refuses a configuration in which a service would run as an owner, and, with
 * NODE_ENV=production, the published development passwords.
 */
export function databaseRolePlan(env: Record<string, string | undefined>): ModuleRoles[] {
  const plan = databaseModules.map((module): ModuleRoles => {
    const serviceUrl = databaseUrlFor(env, module.name);
    const ownerUrl = migrationDatabaseUrlFor(env, module.name);
    const upper = module.name.toUpperCase();
    if (serverOf(serviceUrl) !== serverOf(ownerUrl) || databaseOf(serviceUrl) !== databaseOf(ownerUrl)) {
      throw new ConfigError(`${upper}_MIGRATION_DATABASE_URL (or MIGRATION_DATABASE_URL) and ${upper}_DATABASE_URL (or DATABASE_URL) name different databases`);
    }
    return {
      module: module.name,
      server: serverOf(serviceUrl),
      database: databaseOf(serviceUrl),
      owner: loginOf(ownerUrl),
      service: loginOf(serviceUrl),
      auditTable: auditTableOf(module),
    };
  });
  const owners = new Set(plan.map((m) => m.owner.role));
  for (const m of plan) {
    if (owners.has(m.service.role)) {
      throw new ConfigError(
        `the ${m.module} service would run as ${m.service.role}, which owns the schemas: set MIGRATION_DATABASE_URL to the owner role ` +
          `and DATABASE_URL (or ${m.module.toUpperCase()}_DATABASE_URL) to the service's own role (docs/security.md, "Database roles")`,
      );
    }
  }
  if (isProduction(env)) {
    for (const login of plan.flatMap((m) => [m.owner, m.service])) {
      if (login.password === developmentRolePassword(login.role)) {
        throw new ConfigError(`the password of database role ${login.role} is the published development default; set a real one for production`);
      }
    }
  }
  return plan;
}

/**
 * The connection settings of the development roles on the database `databaseUrl` names (same server, same
 * database, development passwords): what the tests and benchmarks hand the migrations and the services.
 */
export function developmentRoleEnv(databaseUrl: string): Record<string, string> {
  const as = (role: string) => {
    const url = new URL(databaseUrl);
    url.username = role;
    url.password = developmentRolePassword(role);
    return url.toString();
  };
  return {
    MIGRATION_DATABASE_URL: as(DEFAULT_OWNER_ROLE),
    ...Object.fromEntries(databaseModules.map((m) => [`${m.name.toUpperCase()}_DATABASE_URL`, as(defaultServiceRole(m.name))])),
  };
}

/** For `npm start`'s banner: where the database is, the role the migrations run as and the one of each service. */
export function describeDatabaseRoles(env: Record<string, string | undefined>): string {
  const services = databaseModules.map((m) => `${m.name} as ${roleOf(databaseUrlFor(env, m.name))}`);
  const url = new URL(databaseUrlFor(env, databaseModules[0].name));
  return `${url.host}${url.pathname}; migrations as ${roleOf(migrationDatabaseUrlFor(env, databaseModules[0].name))}, ${services.join(', ')}`;
}

/** Connects to the database `database` on the server of `adminUrl`, as the administrative role. */
async function adminClient(adminUrl: string, database: string): Promise<pg.Client> {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  const client = new pg.Client({ connectionString: url.toString(), application_name: 'imepanel-db-roles' });
  await client.connect();
  return client;
}

/** Runs `work` in one transaction holding an advisory lock, so concurrent provisioners (test runs) take turns. */
async function serialised(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query('begin');
  try {
    await client.query(`select pg_advisory_xact_lock(hashtext('imepanel-db-roles'))`);
    await work();
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

/**
 * Creates or updates the login roles (cluster-wide) without superuser, database creation, role creation,
 * replication or row-security bypass, with the passwords of their URLs. Refuses to touch a superuser or the
 * administrative role itself (a MIGRATION_DATABASE_URL naming `postgres` would otherwise lose it its rights).
 * Runs on the maintenance database `postgres`, so every provisioner of one server shares the lock.
 */
async function provisionLogins(adminUrl: string, plan: ModuleRoles[]): Promise<void> {
  const client = await adminClient(adminUrl, 'postgres');
  try {
    await serialised(client, async () => {
      const logins = new Map<string, RoleLogin>();
      for (const login of plan.flatMap((m) => [m.owner, m.service])) logins.set(login.role, login);
      const { rows: [admin] } = await client.query<{ name: string }>('select current_user as name');
      for (const login of logins.values()) {
        const { rows } = await client.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = $1', [login.role]);
        if (login.role === admin.name || rows[0]?.rolsuper) {
          throw new ConfigError(`refusing to provision database role ${login.role}: it is a superuser or the administrative role; give the owner and each service a role of its own`);
        }
        if (!rows.length) await client.query(`create role ${quoteIdent(login.role)} login`);
        const password = login.password === null ? '' : ` password ${client.escapeLiteral(login.password)}`;
        await client.query(`alter role ${quoteIdent(login.role)} with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls${password}`);
      }
      // A service role must not inherit the owner's rights through membership.
      for (const m of plan) {
        const { rows } = await client.query(
          `select 1 from pg_auth_members where roleid = $1::regrole and member = $2::regrole`,
          [quoteIdent(m.owner.role), quoteIdent(m.service.role)],
        );
        if (rows.length) await client.query(`revoke ${quoteIdent(m.owner.role)} from ${quoteIdent(m.service.role)}`);
      }
    });
  } finally {
    await client.end();
  }
}

/**
 * Hands every object of `schema` not yet owned by `owner` over to it: a database migrated before the roles
 * existed (as `postgres`, say) is adopted, so later migrations run as the owner can change it. Indexes,
 * triggers and the sequences of serial columns follow their table.
 */
async function adoptSchema(client: pg.Client, schema: string, owner: string): Promise<void> {
  await client.query(`alter schema ${quoteIdent(schema)} owner to ${quoteIdent(owner)}`);
  const { rows } = await client.query<{ ddl: string }>(
    `select format('alter %s %s owner to %I',
                   case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end,
                   c.oid::regclass, $3::text) as ddl
       from pg_class c
      where c.relnamespace = $1::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S') and c.relowner <> $2::regrole
        and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i') and c.relkind = 'S')
     union all
     select format('alter routine %s owner to %I', p.oid::regprocedure, $3::text)
       from pg_proc p where p.pronamespace = $1::regnamespace and p.proowner <> $2::regrole
     union all
     select format('alter type %s owner to %I', t.oid::regtype, $3::text)
       from pg_type t where t.typnamespace = $1::regnamespace and t.typowner <> $2::regrole and t.typtype in ('e', 'd', 'r')`,
    [quoteIdent(schema), quoteIdent(owner), owner],
  );
  for (const { ddl } of rows) await client.query(ddl);
}

/**
 * Takes back what no one but the owner may do to the tables the owner's default privileges would otherwise open
 * up: UPDATE, DELETE and TRUNCATE of the append-only audit table (docs/security.md, "Audit log"), and any change
 * to the migrations table. Revokes from every grantee, whoever granted, so a hand-made GRANT is undone too.
 * The owner (or a superuser) runs it: after every migration and on every provisioning.
 */
export async function restrictOwnerOnlyTables(client: pg.ClientBase, schema: string, auditTable: string | null): Promise<void> {
  const rules: [string, string][] = [[MIGRATIONS_TABLE, 'insert, update, delete, truncate, references, trigger']];
  if (auditTable) rules.push([auditTable, 'update, delete, truncate, references, trigger']);
  for (const [table, privileges] of rules) {
    const qualified = `${quoteIdent(schema)}.${quoteIdent(table)}`;
    const { rows: [present] } = await client.query<{ found: boolean }>('select to_regclass($1) is not null as found', [qualified]);
    if (!present.found) continue;
    const { rows } = await client.query<{ grantee: string }>(
      `select distinct quote_ident(r.rolname) as grantee
         from pg_class c cross join aclexplode(c.relacl) a join pg_roles r on r.oid = a.grantee
        where c.oid = $1::regclass and a.grantee <> c.relowner`,
      [qualified],
    );
    await client.query(`revoke ${privileges} on ${qualified} from ${['public', ...rows.map((r) => r.grantee)].join(', ')}`);
  }
}

/**
 * The job runner's schema (docs/messaging.md, "Jobs"), owned by the owner, who installs pg-boss in it and creates
 * its queues (`npm run db:migrate`); every service of the database may send, fetch and complete jobs (DML on its
 * tables, now and as the owner creates them: a queue is a partition made by the owner) but cannot create or drop
 * anything in it.
 */
async function provisionJobSchema(client: pg.Client, modules: ModuleRoles[]): Promise<void> {
  const owner = quoteIdent(modules[0].owner.role);
  const schema = quoteIdent(JOB_SCHEMA);
  const services = [...new Set(modules.map((m) => quoteIdent(m.service.role)))].join(', ');
  await client.query(`create schema if not exists ${schema} authorization ${owner}`);
  await adoptSchema(client, JOB_SCHEMA, modules[0].owner.role);
  await client.query(`revoke all on schema ${schema} from public`);
  await client.query(`grant usage on schema ${schema} to ${services}`);
  await client.query(`grant select, insert, update, delete on all tables in schema ${schema} to ${services}`);
  await client.query(`grant usage, select on all sequences in schema ${schema} to ${services}`);
  await client.query(`alter default privileges for role ${owner} in schema ${schema} grant select, insert, update, delete on tables to ${services}`);
  await client.query(`alter default privileges for role ${owner} in schema ${schema} grant usage, select on sequences to ${services}`);
}

/** One database: the owner may create schemas, everyone connects, and each module's schema gets its grants. */
async function provisionDatabase(adminUrl: string, database: string, modules: ModuleRoles[]): Promise<void> {
  const client = await adminClient(adminUrl, database);
  try {
    await serialised(client, async () => {
      const db = quoteIdent(database);
      for (const m of modules) {
        const owner = quoteIdent(m.owner.role);
        const service = quoteIdent(m.service.role);
        const schema = quoteIdent(m.module);
        await client.query(`grant connect, create on database ${db} to ${owner}`);
        await client.query(`grant connect on database ${db} to ${service}`);
        await client.query(`create schema if not exists ${schema} authorization ${owner}`);
        await adoptSchema(client, m.module, m.owner.role);
        await client.query(`revoke all on schema ${schema} from public`);
        await client.query(`grant usage on schema ${schema} to ${service}`);
        await client.query(`grant select, insert, update, delete on all tables in schema ${schema} to ${service}`);
        await client.query(`grant usage, select on all sequences in schema ${schema} to ${service}`);
        await client.query(`alter default privileges for role ${owner} in schema ${schema} grant select, insert, update, delete on tables to ${service}`);
        await client.query(`alter default privileges for role ${owner} in schema ${schema} grant usage, select on sequences to ${service}`);
        await restrictOwnerOnlyTables(client, m.module, m.auditTable);
      }
      await provisionJobSchema(client, modules);
    });
  } finally {
    await client.end();
  }
}

/**
 * npm run db:roles (and `npm start` on the embedded PostgreSQL): creates the roles and grants of
 * `databaseRolePlan(env)` on the server of `adminUrl` (a superuser, or a role that may create roles and act for
 * the owner), creating the databases if needed. Idempotent, and safe to run while others do (tests sharing a
 * server): the role and the grant steps each hold an advisory lock.
 */
export async function provisionDatabaseRoles(adminUrl: string, env: Record<string, string | undefined>, log: Logger): Promise<ModuleRoles[]> {
  const plan = databaseRolePlan(env);
  const adminServer = serverOf(adminUrl);
  for (const m of plan) {
    if (m.server !== adminServer) {
      throw new ConfigError(`the ${m.module} database is on ${m.server}, DATABASE_ADMIN_URL on ${adminServer}: provision each server with its own DATABASE_ADMIN_URL`);
    }
  }
  const shared = plan.filter((m, i) => plan.findIndex((o) => o.service.role === m.service.role) !== i);
  for (const m of shared) log.warn({ module: m.module, role: m.service.role }, 'this service shares its database role with another: each can read the other\'s tables');
  await provisionLogins(adminUrl, plan);
  const databases = [...new Set(plan.map((m) => m.database))];
  for (const database of databases) {
    const url = new URL(adminUrl);
    url.pathname = `/${encodeURIComponent(database)}`;
    await ensureDatabase(url.toString());
    await provisionDatabase(adminUrl, database, plan.filter((m) => m.database === database));
  }
  log.info(
    { owner: [...new Set(plan.map((m) => m.owner.role))], services: Object.fromEntries(plan.map((m) => [m.module, m.service.role])), databases },
    'database roles provisioned',
  );
  return plan;
}
