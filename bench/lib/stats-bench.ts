import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { loadStatsSettings, statsSessionSql } from '@imepanel/runtime';
import { caseStatsSql, type CaseStatsCriteria } from '../../subgraphs/cases/src/stats/case-stats-sql';
import type { CaseStatsDimension } from '../../subgraphs/cases/src/stats/case-stats-dimensions';
import { reportStatsSql, type ReportStatsCriteria } from '../../subgraphs/reports/src/stats/report-stats-sql';
import type { ReportStatsDimension } from '../../subgraphs/reports/src/stats/report-stats-dimensions';
import { median, ms, ratio, table } from './figures';
import { post } from './workload';

/**
 * Item 5 of the benchmarks: typical caseStats / reportStats questions through our gateway, each beside the
 * very statement the subgraph runs, executed straight on PostgreSQL (same session settings, same
 * transaction) in the same run. The ratio is what the GraphQL layers add to the database's own time.
 */
interface StatsPart {
  kind: 'cases' | 'reports';
  filter: CaseStatsCriteria & ReportStatsCriteria;
  groupBy: string[];
  limit?: number;
}
interface StatsQuestion {
  name: string;
  parts: StatsPart[];
}

/** Groups asked for when a question names no limit. */
const GROUP_LIMIT = 1000;
const KEYS = 'month week status jurisdiction lineOfBusiness specialtyCode clientId examinerId';
const SELECTION = {
  cases: `suppressed count medianDaysToAssignment p90DaysToAssignment medianDaysToExam p90DaysToExam noShowRate cancellationRate chargeableCancellationRate nonChargeableCancellationRate`,
  reports: `suppressed count medianTurnaroundDays p90TurnaroundDays onTimeRate addendumRate addendumRates { reason rate } claimantCopyOnTimeRate`,
};

function document(parts: StatsPart[]): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const fields = parts.map((p, i) => {
    const type = p.kind === 'cases' ? 'Case' : 'Report';
    defs.push(`$f${i}: ${type}StatsFilter, $g${i}: [${type}StatsDimension!], $l${i}: Int`);
    Object.assign(variables, { [`f${i}`]: p.filter, [`g${i}`]: p.groupBy, [`l${i}`]: p.limit ?? GROUP_LIMIT });
    return `s${i}: ${p.kind === 'cases' ? 'caseStats' : 'reportStats'}(filter: $f${i}, groupBy: $g${i}, limit: $l${i}) {
      truncated suppressedGroups overall { ${SELECTION[p.kind]} } groups { ${KEYS} ${SELECTION[p.kind]} } }`;
  });
  return { query: `query StatsBench(${defs.join(', ')}) { ${fields.join('\n')} }`, variables };
}

const platform = new PostgreSqlPlatform();
const session = statsSessionSql(loadStatsSettings(process.env));
const SESSION_SQL = platform.formatQuery(session.sql, session.params);

function statement(part: StatsPart): string {
  const { sql, params } =
    part.kind === 'cases'
      ? caseStatsSql(part.filter, part.groupBy as CaseStatsDimension[], part.limit ?? GROUP_LIMIT)
      : reportStatsSql(part.filter, part.groupBy as ReportStatsDimension[], part.limit ?? GROUP_LIMIT);
  return platform.formatQuery(sql, params);
}

/** The statement exactly as the subgraph runs it: read-only transaction, statistics session settings. */
async function runRaw(client: pg.ClientBase, sql: string): Promise<void> {
  await client.query('begin read only');
  try {
    await client.query(SESSION_SQL);
    await client.query(sql);
  } finally {
    await client.query('commit');
  }
}

export async function statsQuestions(sql: pg.ClientBase): Promise<StatsQuestion[]> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const { rows: [client] } = await sql.query<{ id: string }>(`select client_id as id from cases.ime_case group by 1 order by count(*) desc limit 1`);
  const { rows: [examiner] } = await sql.query<{ id: string }>(
    `select examiner_id as id from reports.report group by 1 order by count(*) desc limit 1`,
  );
  const lastYear = { from: day(-365), to: day(0) };
  return [
    { name: 'caseStats by month, last 12 months', parts: [{ kind: 'cases', filter: lastYear, groupBy: ['MONTH'] }] },
    { name: 'caseStats by jurisdiction × specialty, all time', parts: [{ kind: 'cases', filter: {}, groupBy: ['JURISDICTION', 'SPECIALTY'] }] },
    { name: 'caseStats of the largest client by month', parts: [{ kind: 'cases', filter: { clientId: [client.id] }, groupBy: ['MONTH'] }] },
    { name: 'caseStats by examiner, last 90 days', parts: [{ kind: 'cases', filter: { from: day(-90) }, groupBy: ['EXAMINER'], limit: 20_000 }] },
    { name: 'reportStats by month, last 12 months', parts: [{ kind: 'reports', filter: lastYear, groupBy: ['MONTH'] }] },
    { name: 'reportStats by jurisdiction × line of business, all time', parts: [{ kind: 'reports', filter: {}, groupBy: ['JURISDICTION', 'LINE_OF_BUSINESS'] }] },
    { name: 'reportStats of one examiner by month', parts: [{ kind: 'reports', filter: { examinerId: [examiner.id] }, groupBy: ['MONTH'] }] },
    {
      name: 'caseStats + reportStats by line of business, last 12 months (one request)',
      parts: [
        { kind: 'cases', filter: lastYear, groupBy: ['LINE_OF_BUSINESS'] },
        { kind: 'reports', filter: lastYear, groupBy: ['LINE_OF_BUSINESS'] },
      ],
    },
  ];
}

export interface StatsFigure {
  name: string;
  groups: number;
  gatewayMs: number;
  sqlMs: number;
}

/**
 * Median over `runs` of each question through the gateway and as raw SQL (parts of one request run in
 * parallel on their own connections, as the gateway runs them on two subgraphs), after one warm-up each.
 */
export async function runStatsBench(gatewayUrl: string, clients: pg.ClientBase[], questions: StatsQuestion[], runs: number, log: (line: string) => void): Promise<StatsFigure[]> {
  const figures: StatsFigure[] = [];
  for (const question of questions) {
    const request = document(question.parts);
    const statements = question.parts.map(statement);
    const viaGateway = async () => {
      const { body, ms: took } = await post(gatewayUrl, { name: question.name, ...request });
      if (body.errors?.length) throw new Error(`${question.name}: ${body.errors[0].message}`);
      const groups = Object.values(body.data ?? {}).reduce((n: number, s: any) => n + s.groups.length, 0);
      return { took, groups };
    };
    const raw = async () => {
      const started = performance.now();
      await Promise.all(statements.map((s, i) => runRaw(clients[i], s)));
      return performance.now() - started;
    };
    const { groups } = await viaGateway();
    await raw();
    const gateway: number[] = [];
    const direct: number[] = [];
    for (let r = 0; r < runs; r++) {
      // Alternate which goes first, so neither always meets a warmer cache.
      if (r % 2 === 0) {
        gateway.push((await viaGateway()).took);
        direct.push(await raw());
      } else {
        direct.push(await raw());
        gateway.push((await viaGateway()).took);
      }
    }
    const figure = { name: question.name, groups, gatewayMs: median(gateway), sqlMs: median(direct) };
    log(`  ${figure.name}: gateway ${ms(figure.gatewayMs)}, SQL ${ms(figure.sqlMs)} (${ratio(figure.gatewayMs / figure.sqlMs)}), ${groups} groups`);
    figures.push(figure);
  }
  return figures;
}

export function statsTable(figures: StatsFigure[]): string {
  return table(
    ['query', 'groups', 'through the gateway (median)', 'same SQL on PostgreSQL (median)', 'ratio'],
    figures.map((f) => [f.name, f.groups, ms(f.gatewayMs), ms(f.sqlMs), ratio(f.gatewayMs / f.sqlMs)]),
  );
}
