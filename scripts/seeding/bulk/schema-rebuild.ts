import type pg from 'pg';

/**
 * The bulk path of PostgreSQL: load into tables without indexes or constraints, then build each index once
 * by sorting (far faster than maintaining it row by row) and check each foreign key with one join. Captures
 * the definitions from the catalogue first, so what is restored is exactly what the migrations created.
 */
export interface SavedDdl {
  drops: string[];
  restores: string[];
}

const qualified = (schema: string, name: string) => `"${schema}"."${name}"`;

/**
 * Tables whose keys stay in place during the load: a trigger writes them with ON CONFLICT, which needs the unique
 * index (cases.examiner_key, filled from every appointment written: docs/rules.md, "Scheduling"). They are small.
 */
const KEPT_TABLES = ['examiner_key'];

export async function captureConstraintsAndIndexes(client: pg.ClientBase, schemas: readonly string[]): Promise<SavedDdl> {
  const constraints = await client.query<{ schema: string; table: string; name: string; type: string; def: string }>(
    `select n.nspname as schema, c.relname as table, con.conname as name, con.contype as type, pg_get_constraintdef(con.oid) as def
       from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = any($1) and con.contype in ('p', 'u', 'f') and c.relname <> 'mikro_orm_migrations' and not (c.relname = any($2))
      order by con.contype, n.nspname, c.relname, con.conname`,
    [schemas, KEPT_TABLES],
  );
  const indexes = await client.query<{ schema: string; name: string; def: string }>(
    `select i.schemaname as schema, i.indexname as name, i.indexdef as def
       from pg_indexes i
      where i.schemaname = any($1) and i.tablename <> 'mikro_orm_migrations' and not (i.tablename = any($2))
        and not exists (select 1 from pg_constraint con where con.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
      order by i.schemaname, i.tablename, i.indexname`,
    [schemas, KEPT_TABLES],
  );
  const foreign = constraints.rows.filter((c) => c.type === 'f');
  const keys = constraints.rows.filter((c) => c.type !== 'f');
  const alter = (c: { schema: string; table: string }) => `alter table ${qualified(c.schema, c.table)}`;
  return {
    drops: [
      ...foreign.map((c) => `${alter(c)} drop constraint "${c.name}"`),
      ...keys.map((c) => `${alter(c)} drop constraint "${c.name}"`),
      ...indexes.rows.map((i) => `drop index ${qualified(i.schema, i.name)}`),
    ],
    restores: [
      ...keys.map((c) => `${alter(c)} add constraint "${c.name}" ${c.def}`),
      ...foreign.map((c) => `${alter(c)} add constraint "${c.name}" ${c.def}`),
      ...indexes.rows.map((i) => i.def),
    ],
  };
}
