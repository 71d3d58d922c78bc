import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

export interface ConnectedRole {
  role: string;
  superuser: boolean;
  /** The role owns (or inherits an owner of) a table of the schema, so it may alter it and its triggers. */
  ownsTables: boolean;
}

/** Who a service is connected as, and whether that role could alter the tables of `schema`. */
export async function connectedRole(orm: MikroORM, schema: string): Promise<ConnectedRole> {
  const [row] = await orm.em.getConnection().execute<{ role: string; superuser: boolean; owns_tables: boolean }[]>(
    `select current_user as role, r.rolsuper as superuser,
            exists (select 1 from pg_class c where c.relnamespace = to_regnamespace(?) and c.relkind in ('r', 'p')
                      and pg_has_role(current_user, c.relowner, 'USAGE')) as owns_tables
       from pg_roles r where r.rolname = current_user`,
    [schema],
  );
  return { role: row!.role, superuser: row!.superuser, ownsTables: row!.owns_tables };
}

/**
 * A service is meant to run as its own least-privilege role (docs/security.md, "Database roles"). One that runs
 * as a superuser or as the owner of its tables still works — a deployment with a single DATABASE_URL keeps
 * working — but could disable the audit table's append-only trigger, so it says so at start-up.
 */
export async function warnWhenOverPrivileged(orm: MikroORM, schema: string, log: Logger): Promise<void> {
  const connected = await connectedRole(orm, schema);
  if (connected.superuser || connected.ownsTables) {
    log.warn(
      { role: connected.role, superuser: connected.superuser, ownsTables: connected.ownsTables, schema },
      'the service connects as a superuser or as the owner of its tables, so it could alter them and disable the audit trail: ' +
        'give it its own least-privilege role (npm run db:roles; docs/security.md, "Database roles")',
    );
  }
}
