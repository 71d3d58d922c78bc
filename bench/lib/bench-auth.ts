import { randomBytes } from 'node:crypto';
import { issueToken, loadAuthConfig } from '@imepanel/runtime';

/**
 * The services of a benchmark run as in production (NODE_ENV=production), which refuses the development
 * secrets: each run makes its own, hands them to every process it starts, and signs its client's token with
 * them. The client acts as an administrator, which every workload query allows. The gateway's per-identity rate
 * limit is lifted: one benchmark client stands for the traffic of many.
 */
export function benchSecrets(): Record<string, string> {
  const secret = () => randomBytes(32).toString('hex');
  return {
    JWT_SECRET: secret(),
    SERVICE_JWT_SECRET: secret(),
    PARTY_KEY_SECRET: secret(),
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_BURST: '1000000',
  };
}

let header: Record<string, string> = {};

/** Signs the benchmark client's token with the run's secrets; `authorizationHeader()` carries it from then on. */
export async function signInBenchClient(env: Record<string, string | undefined>): Promise<void> {
  const { token } = await issueToken(loadAuthConfig(env), { sub: 'bench', name: 'Benchmark client', role: 'ADMIN', clientId: null, examinerId: null }, { ttlSeconds: 6 * 3600 });
  header = { authorization: `Bearer ${token}` };
}

export const authorizationHeader = (): Record<string, string> => header;

/** The authorization header of a user of client `clientId` (availableSlots and documents are the client's own). */
export async function clientAuthorizationHeader(env: Record<string, string | undefined>, clientId: string): Promise<Record<string, string>> {
  const { token } = await issueToken(loadAuthConfig(env), { sub: `bench-client-${clientId}`, name: 'Benchmark claims adjuster', role: 'CLIENT', clientId, examinerId: null }, { ttlSeconds: 6 * 3600 });
  return { authorization: `Bearer ${token}` };
}
