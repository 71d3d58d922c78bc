import { describe, expect, it } from 'vitest';
import { loadBaseSubgraphConfig } from './subgraph';

const secrets = { JWT_SECRET: 'j'.repeat(40), SERVICE_JWT_SECRET: 's'.repeat(40) };

describe('loadBaseSubgraphConfig', () => {
  it('listens on SUBGRAPH_HOST, else HOST, else all interfaces (a subgraph run on its own, in a container)', () => {
    expect(loadBaseSubgraphConfig({}, 'cases').host).toBe('0.0.0.0');
    expect(loadBaseSubgraphConfig({ HOST: '10.0.0.5' }, 'cases').host).toBe('10.0.0.5');
    expect(loadBaseSubgraphConfig({ HOST: '0.0.0.0', SUBGRAPH_HOST: '127.0.0.1' }, 'cases').host).toBe('127.0.0.1');
  });

  it('applies the gateway’s query limits and metrics access from the same settings', () => {
    const config = loadBaseSubgraphConfig({ GRAPHQL_MAX_ALIASES: '12', NODE_ENV: 'production', PARTY_KEY_SECRET: 'p'.repeat(40), ...secrets }, 'cases');
    expect(config.queryLimits).toEqual({ maxDepth: 10, maxAliases: 12, maxCost: 20_000, defaultListSize: 10 });
    expect(config.metricsAccess).toEqual({ token: null, served: false });
  });

  it('listens on the port the subgraph registry gives it unless <NAME>_PORT says otherwise', () => {
    expect(loadBaseSubgraphConfig({}, 'examiners').port).toBe(4001);
    expect(loadBaseSubgraphConfig({}, 'cases').port).toBe(4002);
    expect(loadBaseSubgraphConfig({ REPORTS_PORT: '5003' }, 'reports').port).toBe(5003);
  });

  it('waits DB_CONNECT_ATTEMPTS tries for its database, and refuses a value that is not a count', () => {
    expect(loadBaseSubgraphConfig({}, 'cases').connectAttempts).toBe(30);
    expect(loadBaseSubgraphConfig({ DB_CONNECT_ATTEMPTS: '3' }, 'cases').connectAttempts).toBe(3);
    expect(() => loadBaseSubgraphConfig({ DB_CONNECT_ATTEMPTS: 'soon' }, 'cases')).toThrow(/DB_CONNECT_ATTEMPTS must be an integer/);
  });
});
