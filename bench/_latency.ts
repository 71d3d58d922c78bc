import pg from 'pg';
import { Random } from '../scripts/lib/bulk/random';
import { median } from './lib/figures';
import { startOurGateway, startSubgraphs } from './lib/processes';
import { casePage, examinerProfile, loadWorkloadData, post, EXAMINER_PROFILE } from './lib/workload';
const db = process.env.DATABASE_URL!;
const sql = new pg.Client({ connectionString: db }); await sql.connect();
const data = await loadWorkloadData(sql);
const sg = await startSubgraphs(db, process.env.SLOW ? { SLOW_QUERY_MS: '0' } : {});
const gw = await startOurGateway(sg.urls);
const random = new Random(1);
const variants: [string, (r: Random) => any][] = [
  ['case page', (r) => casePage(data, r)],
  ['examiner profile', (r) => examinerProfile(data, r)],
  ['examiner profile w/o stats', (r) => ({ ...examinerProfile(data, r), query: EXAMINER_PROFILE.replace(/caseStats[^\n]*\n/, '').replace(/reportStats[^\n]*\n/, '') })],
  ['case page direct subgraph', (r) => ({ ...casePage(data, r), query: `query ($clientId: ID!, $limit: Int!, $offset: Int!) { cases(filter: { clientId: $clientId }, page: { limit: $limit, offset: $offset }) { total items { id referenceNumber status } } }` })],
  ['case page direct ids only', (r) => ({ ...casePage(data, r), query: `query ($clientId: ID!, $limit: Int!, $offset: Int!) { cases(filter: { clientId: $clientId }, page: { limit: $limit, offset: $offset }) { items { id } } }` })],
  ['direct typename', (r) => ({ ...casePage(data, r), query: `query ($clientId: ID!, $limit: Int!, $offset: Int!) { __typename }` })],
  ['direct one case', (r) => ({ name: 'x', variables: {}, query: `{ cases(page: { limit: 1 }) { items { id } } }` })],
];
for (const [name, make] of variants) {
  const url = name.includes('direct') ? sg.urls.cases : gw.url;
  const times: number[] = [];
  for (let i = 0; i < 25; i++) { const { body, ms } = await post(url, make(random)); if (body.errors) console.log(body.errors[0].message); times.push(ms); }
  console.log(name, median(times.slice(5)).toFixed(1), 'ms');
}
await gw.stop(); await sg.stop(); await sql.end();
