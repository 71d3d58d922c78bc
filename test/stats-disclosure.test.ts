import highsLoader from 'highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from 'graphql-request';
import { graphqlError } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { at, insertCase, insertClient, insertReport, statsClient } from './support/stats-fixtures';
import { randomUUID } from 'node:crypto';

/**
 * An adversary against the statistics an ANALYST may ask for (docs/statistics.md, "Privacy"), case statistics and
 * report statistics alike. On a dataset with small groups on purpose, it sends a broad set of the questions an analyst may send — every dimension crossed
 * with months, every filter of one or two values, month ranges, grouped or not — collects every published figure,
 * and then, for every group of 1 to k − 1 cases that any of those questions describes, computes the tightest
 * bounds all the published figures together imply (an integer program over the cases' cells, solved by HiGHS).
 * No such group may be pinned between 1 and k − 1, and no two nested questions may differ by 1 to k − 1.
 */
const K = 5;
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04'];
const MONTH_SIZES = [16, 12, 9, 3]; // April counts fewer than k cases in all.

type Dim = 'STATUS' | 'JURISDICTION' | 'LINE_OF_BUSINESS' | 'SPECIALTY' | 'CLIENT' | 'EXAMINER';
const FIELD: Record<Dim, 'status' | 'jurisdiction' | 'lineOfBusiness' | 'specialtyCode' | 'clientId' | 'examinerId'> = {
  STATUS: 'status',
  JURISDICTION: 'jurisdiction',
  LINE_OF_BUSINESS: 'lineOfBusiness',
  SPECIALTY: 'specialtyCode',
  CLIENT: 'clientId',
  EXAMINER: 'examinerId',
};
const DIMS = Object.keys(FIELD) as Dim[];

interface Row {
  month: string;
  status: string;
  jurisdiction: string;
  lineOfBusiness: string;
  specialtyCode: string;
  clientId: string;
  examinerId: string | null;
}

/** A set of cases as the questions describe them: months (null: every month shown), one dimension's values (null: any). */
interface CaseSet {
  months: string[] | null;
  dim: Dim | null;
  keys: (string | null)[] | null;
}

/** What is measured: cases (by request month) or IME reports (by exam month), and how to ask for them. */
type Kind = 'cases' | 'reports';
const KIND: Record<Kind, { field: string; filter: string; dimension: string }> = {
  cases: { field: 'caseStats', filter: 'CaseStatsFilter', dimension: 'CaseStatsDimension' },
  reports: { field: 'reportStats', filter: 'ReportStatsFilter', dimension: 'ReportStatsDimension' },
};

let t: TestPlatform;
let analyst: GraphQLClient;
const data: Record<Kind, { rows: Row[]; domains: Record<Dim, (string | null)[]> }> = {
  cases: { rows: [], domains: {} as Record<Dim, (string | null)[]> },
  reports: { rows: [], domains: {} as Record<Dim, (string | null)[]> },
};

/** A small deterministic generator, so the dataset (and its small groups) is the same on every run. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}
const pick = <T>(random: () => number, values: readonly T[], weights: readonly number[]): T => {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (const [i, w] of weights.entries()) if ((r -= w) < 0) return values[i];
  return values[values.length - 1];
};

beforeAll(async () => {
  t = await startTestPlatform();
  analyst = await statsClient(t, 'ANALYST');
  const clients = [await insertClient(t.sql), await insertClient(t.sql), await insertClient(t.sql)];
  const examiners = [randomUUID(), randomUUID(), randomUUID()];
  const shared = { JURISDICTION: ['US-NY', 'US-CA'], LINE_OF_BUSINESS: ['WORKERS_COMP', 'AUTO'], SPECIALTY: ['ORTHO', 'NEURO'], CLIENT: clients };
  data.cases.domains = { ...shared, STATUS: ['REQUESTED', 'CLOSED', 'CANCELLED'], EXAMINER: [...examiners, null] };
  data.reports.domains = { ...shared, STATUS: ['DRAFT', 'FINAL', 'DELIVERED'], EXAMINER: examiners };
  for (const kind of ['cases', 'reports'] as const) {
    const { domains, rows } = data[kind];
    const random = generator(kind === 'cases' ? 12 : 31);
    for (const [m, size] of MONTH_SIZES.entries()) {
      for (let i = 0; i < size; i++) {
        const row: Row = {
          month: MONTHS[m],
          status: pick(random, domains.STATUS as string[], [6, 3, 1]),
          jurisdiction: pick(random, domains.JURISDICTION as string[], [3, 1]),
          lineOfBusiness: pick(random, domains.LINE_OF_BUSINESS as string[], [4, 1]),
          specialtyCode: pick(random, domains.SPECIALTY as string[], [3, 2]),
          clientId: pick(random, clients, [6, 3, 1]),
          examinerId: pick(random, domains.EXAMINER, kind === 'cases' ? [5, 3, 1, 1] : [5, 3, 1]),
        };
        rows.push(row);
        const day = `${row.month}-${String(2 + i).padStart(2, '0')}`;
        if (kind === 'cases') await insertCase(t.sql, { ...row, createdAt: at(`${day}T10:00:00Z`) });
        else await insertReport(t.sql, { ...row, examinerId: row.examinerId!, examDate: day, dueDate: null });
      }
    }
  }
});
afterAll(async () => {
  await t?.close();
});

/** Every question of the enumeration: a dimension (or none), grouped or filtered by it, by month or not, over a month range. */
function questions(kind: Kind) {
  const { domains } = data[kind];
  const ranges: (string[] | null)[] = [null, ...MONTHS.map((m) => [m]), [MONTHS[0], MONTHS[1]], [MONTHS[1], MONTHS[2]], [MONTHS[2], MONTHS[3]], MONTHS.slice(0, 3), MONTHS];
  const list: { dim: Dim | null; byDim: boolean; byMonth: boolean; keys: string[] | null; range: string[] | null }[] = [];
  for (const dim of [null, ...DIMS]) {
    const values = dim ? (domains[dim].filter((v) => v !== null) as string[]) : [];
    const filters: (string[] | null)[] = [null, ...values.map((v) => [v]), ...values.flatMap((a, i) => values.slice(i + 1).map((b) => [a, b]))];
    for (const byDim of dim ? [false, true] : [false]) {
      for (const byMonth of [false, true]) {
        for (const keys of dim ? filters : [null]) {
          if (dim && !byDim && !keys) continue; // the same as no dimension
          for (const range of ranges) list.push({ dim, byDim, byMonth, keys, range });
        }
      }
    }
  }
  return list;
}

const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** Sends every question (three to a request, the most the cost limit allows) and answers each published figure with the set of cases it counts. */
async function publishedFigures(kind: Kind): Promise<{ set: CaseSet; count: number | null; listed: boolean }[]> {
  const all = questions(kind);
  const figures: { set: CaseSet; count: number | null; listed: boolean }[] = [];
  for (let start = 0; start < all.length; start += 3) {
    const batch = all.slice(start, start + 3);
    const variables: Record<string, unknown> = {};
    const fields = batch.map((q, i) => {
      const filter: Record<string, unknown> = {};
      if (q.range) Object.assign(filter, { from: `${q.range[0]}-01`, to: lastDay(q.range.at(-1)!) });
      if (q.dim && q.keys) filter[FIELD[q.dim]] = q.keys;
      variables[`f${i}`] = filter;
      variables[`g${i}`] = [...(q.byMonth ? ['MONTH'] : []), ...(q.byDim && q.dim ? [q.dim] : [])];
      return `q${i}: ${KIND[kind].field}(filter: $f${i}, groupBy: $g${i}, limit: 50) { overall { count } groups { month status jurisdiction lineOfBusiness specialtyCode clientId examinerId count } }`;
    });
    const document = `query (${batch.map((_, i) => `$f${i}: ${KIND[kind].filter}, $g${i}: [${KIND[kind].dimension}!]`).join(', ')}) { ${fields.join('\n')} }`;
    const answers = await analyst.request<Record<string, any>>(document, variables);
    batch.forEach((q, i) => {
      const answer = answers[`q${i}`];
      figures.push({ set: { months: q.range, dim: q.dim, keys: q.keys }, count: answer.overall.count, listed: false });
      for (const g of answer.groups) {
        const keys = q.byDim && q.dim ? [g[FIELD[q.dim]] as string | null] : q.keys;
        // A group is listed only when it holds cases: the adversary knows a listed group, even withheld, is not empty.
        figures.push({ set: { months: q.byMonth ? [g.month] : q.range, dim: q.dim, keys }, count: g.count, listed: true });
      }
    });
  }
  return figures;
}

const signature = (s: CaseSet, open: readonly string[]) =>
  JSON.stringify([(s.months ?? open).filter((m) => open.includes(m)).sort(), s.keys ? s.dim : null, s.keys ? [...s.keys].sort() : null]);

const inSet = (row: Row, s: CaseSet, open: readonly string[]) =>
  open.includes(row.month) && (!s.months || s.months.includes(row.month)) && (!s.dim || !s.keys || s.keys.includes(row[FIELD[s.dim]]));

/**
 * Sends every question about `kind`, then bounds every small group by what all the published figures imply together.
 */
async function audit(kind: Kind): Promise<void> {
  const { rows, domains } = data[kind];
  const figures = await publishedFigures(kind);
  const published = figures.filter((f) => f.count !== null);
  // The months the figures count: every month when the overall figure counts every case, else the months shown
  // (a month of fewer than k cases is left out of every figure).
  const everything = published.find((f) => !f.set.months && !f.set.keys)?.count;
  const open = everything === rows.length ? MONTHS : MONTHS.filter((m) => published.some((f) => f.set.months?.length === 1 && f.set.months[0] === m && f.count! > 0));

  // The cells of the cases: one variable per combination of every dimension's values in the months shown.
  const cells: Row[] = [];
  for (const month of open) {
    for (const status of domains.STATUS) for (const jurisdiction of domains.JURISDICTION) for (const lineOfBusiness of domains.LINE_OF_BUSINESS)
      for (const specialtyCode of domains.SPECIALTY) for (const clientId of domains.CLIENT) for (const examinerId of domains.EXAMINER)
        cells.push({ month, status: status!, jurisdiction: jurisdiction!, lineOfBusiness: lineOfBusiness!, specialtyCode: specialtyCode!, clientId: clientId!, examinerId });
  }
  const key = (r: Row) => JSON.stringify([r.month, r.status, r.jurisdiction, r.lineOfBusiness, r.specialtyCode, r.clientId, r.examinerId]);
  const truth = new Map<string, number>();
  for (const r of rows) if (open.includes(r.month)) truth.set(key(r), (truth.get(key(r)) ?? 0) + 1);
  const variablesOf = (s: CaseSet) => cells.flatMap((c, i) => (inSet(c, s, open) ? [`x${i}`] : []));
  const trueCount = (s: CaseSet) => rows.filter((r) => inSet(r, s, open)).length;

  const constraints = new Map<string, { vars: string[]; count: number }>();
  for (const f of published) {
    const sig = signature(f.set, open);
    const earlier = constraints.get(sig);
    if (earlier) expect(earlier.count, `the same cases answered two ways: ${sig}`).toBe(f.count);
    constraints.set(sig, { vars: variablesOf(f.set), count: f.count! });
    expect(f.count, `published figure of ${sig}`).toBe(trueCount(f.set));
  }
  expect(constraints.size).toBeGreaterThan(50);
  const notEmpty = new Map<string, string[]>();
  for (const f of figures) if (f.listed && f.count === null) notEmpty.set(signature(f.set, open), variablesOf(f.set));

  // Every group the questions describe, and every cell of each month × dimension table, counting 1 to k − 1.
  const groups = new Map<string, CaseSet>();
  for (const f of figures) groups.set(signature(f.set, open), f.set);
  for (const dim of DIMS) for (const v of domains[dim]) for (const months of [null, ...open.map((m) => [m])]) {
    const s = { months, dim, keys: [v] };
    groups.set(signature(s, open), s);
  }
  const small = [...groups.entries()].filter(([, s]) => trueCount(s) > 0 && trueCount(s) < K);
  expect(small.length, 'the dataset holds small groups on purpose').toBeGreaterThan(20);

  const highs = await highsLoader();
  const lines = (terms: string[]) => terms.map((term, i) => (i % 25 === 24 ? `${term}\n` : term)).join(' + ');
  const body = [
    'Subject To',
    ...[...constraints.values()].map((c, i) => ` c${i}: ${c.vars.length ? lines(c.vars) : '0 x0'} = ${c.count}`),
    ...[...notEmpty.values()].map((vars, i) => ` n${i}: ${lines(vars)} >= 1`),
    'Bounds',
    ...cells.map((_, i) => ` x${i} >= 0`),
    'General',
    ...cells.map((_, i) => ` x${i}`),
    'End',
  ].join('\n');
  const bound = (sense: 'Minimize' | 'Maximize', vars: string[]) => {
    const solution = highs.solve(`${sense}\n obj: ${lines(vars)}\n${body}`);
    return solution.Status === 'Unbounded' ? Number.POSITIVE_INFINITY : Math.round(solution.ObjectiveValue);
  };
  const feasible = highs.solve(`Minimize\n obj: x0\n${body}`);
  expect(feasible.Status, 'the published figures are consistent with the cases').toBe('Optimal');

  const pinned: string[] = [];
  for (const [sig, s] of small) {
    const vars = variablesOf(s);
    const low = bound('Minimize', vars);
    const high = bound('Maximize', vars);
    expect(low).toBeLessThanOrEqual(trueCount(s));
    if (low >= 1 && high <= K - 1) pinned.push(`${sig}: ${trueCount(s)} cases, pinned to [${low}, ${high}]`);
  }
  expect(pinned).toEqual([]);

  // Nested questions: the cases one counts and the other does not are never 1 to k − 1.
  const sets = [...constraints.entries()].map(([sig, c]) => ({ sig, vars: new Set(c.vars), count: c.count }));
  const differences: string[] = [];
  for (const a of sets) for (const b of sets) {
    if (a.vars.size >= b.vars.size || ![...a.vars].every((v) => b.vars.has(v))) continue;
    const d = b.count - a.count;
    if (d > 0 && d < K) differences.push(`${b.sig} − ${a.sig} = ${d}`);
  }
  expect(differences).toEqual([]);

  // Utility: every month shown still has its total, and some cells of each table are published.
  for (const month of open) expect(published.some((f) => signature(f.set, open) === signature({ months: [month], dim: null, keys: null }, open))).toBe(true);
  expect(open).toEqual(MONTHS.slice(0, 3));
}

describe('statistics an ANALYST can combine', () => {
  it('never pin a group of 1 to k − 1 cases, whatever questions are combined', () => audit('cases'), 600_000);

  it('never pin a group of 1 to k − 1 reports either', () => audit('reports'), 600_000);

  it('refuses questions outside what the protected tables answer, naming the fields', async () => {
    const refused = async (variables: Record<string, unknown>) =>
      (await graphqlError(analyst.request(`query ($f: CaseStatsFilter, $g: [CaseStatsDimension!]) { caseStats(filter: $f, groupBy: $g) { overall { count } } }`, variables))).extensions;
    // The issue's differencing: two answers a day apart.
    expect(await refused({ f: { from: '2026-01-01', to: '2026-01-25' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.to', message: expect.stringContaining('last day of a month') }] });
    expect((await refused({ f: { from: '2026-01-02' } })).fields).toEqual([{ field: 'filter.from', message: expect.stringContaining('first day of a month') }]);
    expect((await refused({ g: ['WEEK'] })).fields).toEqual([{ field: 'groupBy', message: expect.stringContaining('MONTH instead of WEEK') }]);
    // The issue's margins: EXAMINER × STATUS beside EXAMINER alone.
    expect((await refused({ g: ['EXAMINER', 'STATUS'] })).fields).toEqual([{ field: 'groupBy', message: expect.stringContaining('one other dimension') }]);
    expect((await refused({ g: ['EXAMINER'], f: { status: ['CLOSED'] } })).fields).toEqual([{ field: 'filter.status', message: expect.stringContaining('already names EXAMINER') }]);
    const reports = await graphqlError(analyst.request(`{ reportStats(filter: { from: "2026-01-05" }, groupBy: [WEEK]) { overall { count } } }`));
    expect(reports.extensions.fields.map((f: any) => f.field)).toEqual(['filter.from', 'groupBy']);
    // An administrator keeps every question, and exact figures.
    const admin = await statsClient(t, 'ADMIN');
    const exact = await admin.request<any>(`{ caseStats(filter: { from: "2026-01-02", to: "2026-01-25" }, groupBy: [EXAMINER, STATUS]) { suppressionApplied groups { count } } }`);
    expect(exact.caseStats.suppressionApplied).toBe(false);
    expect(exact.caseStats.groups.every((g: any) => g.count > 0)).toBe(true);
  });
});
