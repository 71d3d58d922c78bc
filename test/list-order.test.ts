import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { casesSubgraph } from '@imepanel/cases';
import { reportsSubgraph } from '@imepanel/reports';
import { DEFAULT_PAGE, SortDirection, createLogger, createSubgraphOrm, systemClock, type Actor } from '@imepanel/runtime';
import type { MikroORM } from '@mikro-orm/postgresql';
import { dropDatabase, ensureDatabase } from '../scripts/lib/postgres';
import { casePageQuery } from '../subgraphs/cases/src/queries/case-query';
import { CaseSortField } from '../subgraphs/cases/src/inputs/case.inputs';
import { reportPageQuery } from '../subgraphs/reports/src/queries/report-query';
import { ReportSort } from '../subgraphs/reports/src/inputs/report.inputs';

/**
 * The ordering policy (packages/runtime/src/orm/list-order.ts) as PostgreSQL plans it: the statement a client's or
 * an examiner's first page runs reads its composite index in order and stops after the page, with no Sort node.
 */
let databaseUrl: string;
let sql: pg.Pool;
let cases: MikroORM;
let reports: MikroORM;

beforeAll(async () => {
  const template = inject('templateDatabaseUrl');
  databaseUrl = Object.assign(new URL(template), { pathname: `/imepanel_test_${randomBytes(5).toString('hex')}` }).toString();
  await ensureDatabase(databaseUrl, new URL(template).pathname.slice(1));
  sql = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const log = createLogger('list-order-test', 'warn');
  const settings = { databaseUrl, poolMax: 1, slowQueryMs: 10_000 };
  [cases, reports] = await Promise.all([createSubgraphOrm(casesSubgraph, settings, log), createSubgraphOrm(reportsSubgraph, settings, log)]);
});
afterAll(async () => {
  await Promise.all([cases?.close(true), reports?.close(true), sql?.end()]);
  if (databaseUrl) await dropDatabase(databaseUrl);
});

const client: Actor = { id: 'list-order-client', name: 'Client', role: 'CLIENT', clientId: '7d0c4c1e-5d1a-4a57-9a4e-1c2b3d4e5f60' };
const examiner: Actor = { id: 'list-order-examiner', name: 'Examiner', role: 'EXAMINER', examinerId: '0b6f1a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b' };
/** What a list of reports reads for an actor: a fork of the reports subgraph's entity manager and the clock. */
const reportsOf = (actor: Actor) => ({ em: reports.em.fork(), actor, clock: systemClock });

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

/** The plan of a page's statement, with sequential scans priced out so an empty table still shows which index serves it. */
async function planOf(qb: { getFormattedQuery(): string }): Promise<PlanNode[]> {
  const connection = await sql.connect();
  try {
    await connection.query('begin');
    await connection.query('set local enable_seqscan = off');
    const { rows } = await connection.query(`explain (format json) ${qb.getFormattedQuery()}`);
    return nodes(rows[0]['QUERY PLAN'][0].Plan);
  } finally {
    await connection.query('rollback');
    connection.release();
  }
}

describe('the list ordering policy', () => {
  const pages = [
    ['a client\'s reports', () => reportPageQuery(reportsOf(client), undefined, { field: ReportSort.fields.CREATED_AT, direction: SortDirection.DESC }, DEFAULT_PAGE), 'report_client_id_created_at_id_index'],
    ['a client\'s reports, oldest first', () => reportPageQuery(reportsOf(client), undefined, { field: ReportSort.fields.CREATED_AT, direction: SortDirection.ASC }, DEFAULT_PAGE), 'report_client_id_created_at_id_index'],
    ['an examiner\'s reports', () => reportPageQuery(reportsOf(examiner), undefined, undefined, DEFAULT_PAGE), 'report_examiner_id_created_at_id_index'],
    ['a client\'s cases', () => casePageQuery(cases.em.fork(), undefined, { field: CaseSortField.CREATED_AT, direction: SortDirection.DESC }, DEFAULT_PAGE, client), 'ime_case_client_id_created_at_id_index'],
  ] as const;

  it.each(pages)('reads %s in index order, without sorting them', async (_, page, index) => {
    const statement = page().getFormattedQuery();
    expect(statement).not.toMatch(/nulls last/i);
    const plan = await planOf(page());
    expect(plan.map((n) => n['Node Type']).filter((type) => type.includes('Sort'))).toEqual([]);
    expect(plan.find((n) => n['Node Type'].startsWith('Index'))?.['Index Name']).toBe(index);
  });

  it('keeps NULLS LAST where the column can be null, so undated reports come last', () => {
    const statement = reportPageQuery(reportsOf(client), undefined, { field: ReportSort.fields.DUE_DATE, direction: SortDirection.DESC }, DEFAULT_PAGE).getFormattedQuery();
    expect(statement).toMatch(/order by "r"\."due_date" desc nulls last, "r"\."id" desc/i);
  });
});
