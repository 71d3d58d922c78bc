import type { ServiceClient } from '@imepanel/runtime';

/**
 * Records of the cases subgraph this subgraph stores ids of (a conflict with a client, a reputation event about a
 * case), looked up with the service identity when they are written. A cases subgraph that does not answer makes
 * the service client refuse the write (DEPENDENCY_UNAVAILABLE): an id is never stored unchecked.
 */
const CLIENT = /* GraphQL */ `
  query ClientExists($id: ID!) { client(id: $id) { id } }
`;
const CASE = /* GraphQL */ `
  query CaseExists($id: ID!) { case(id: $id) { id } }
`;

export async function clientExists(cases: ServiceClient, id: string): Promise<boolean> {
  const data = await cases.request<{ client: { id: string } | null }>(CLIENT, { id });
  return data.client !== null;
}

export async function caseExists(cases: ServiceClient, id: string): Promise<boolean> {
  const data = await cases.request<{ case: { id: string } | null }>(CASE, { id });
  return data.case !== null;
}
