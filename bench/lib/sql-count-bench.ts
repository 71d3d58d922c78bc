import { QueryLogger } from '@imepanel/runtime';
import { GraphQLClient } from 'graphql-request';
import { ON_FREE_LOCAL_PORTS, startPlatform } from '../../scripts/lib/platform';
import { Random } from '../../scripts/seeding/random';
import { authorizationHeader } from './bench-auth';
import { table } from './figures';
import { availableSlots, casePage, examinerProfile, panelProposal, type GraphQLRequest, type WorkloadData } from './workload';

/**
 * Item 7 of the benchmarks: SQL statements per request for each workload query at page sizes 10 and 100,
 * counted by the ORM's query logger with the platform in this process (one request at a time). Equal counts
 * at both sizes show every hop is batched (DataLoader), not one statement per item.
 */
export interface StatementCount {
  query: string;
  at10: number;
  at100: number | null;
  note?: string;
}

export async function countStatements(data: WorkloadData): Promise<StatementCount[]> {
  const platform = await startPlatform({ ...process.env, ...ON_FREE_LOCAL_PORTS }, 'silent');
  try {
    const client = new GraphQLClient(platform.gateway.url, { headers: authorizationHeader() });
    const count = async (request: GraphQLRequest) => {
      const headers = request.headers ?? authorizationHeader();
      await client.request({ document: request.query, variables: request.variables, requestHeaders: headers }); // warm: plans, caches
      const before = QueryLogger.totals.statements;
      await client.request({ document: request.query, variables: request.variables, requestHeaders: headers });
      return QueryLogger.totals.statements - before;
    };
    const random = () => new Random(3);
    return [
      { query: 'case page (cases with examiner, specialty, report status)', at10: await count(casePage(data, random(), 10)), at100: await count(casePage(data, random(), 100)) },
      {
        query: 'examiner profile with metrics (nested pages of cases and reports)',
        at10: await count(examinerProfile(data, random(), 10)),
        at100: await count(examinerProfile(data, random(), 100)),
      },
      { query: 'panel proposal (size 3)', at10: await count(panelProposal(data, random())), at100: null, note: 'no page size' },
      ...(data.client ? [{ query: 'available slots of an assigned case', at10: await count(availableSlots(data, random())), at100: null, note: 'no page size' }] : []),
    ];
  } finally {
    await platform.close();
  }
}

export function statementTable(counts: StatementCount[]): string {
  return table(
    ['query', 'statements at page size 10', 'statements at page size 100', 'equal'],
    counts.map((c) => [
      c.query,
      c.at10,
      c.at100 ?? '–',
      c.note ?? (c.at10 === c.at100 ? 'yes' : '**no**'),
    ]),
  );
}
