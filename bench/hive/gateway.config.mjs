// Hive Gateway configuration for the benchmark (npm run bench): the same committed supergraph our gateway
// serves, with the subgraph URLs of the benchmark's own subgraph processes. Plain JavaScript so the Hive CLI
// loads it on Node 20 without a TypeScript loader. Everything else is Hive's default, logs aside.
export const gatewayConfig = {
  supergraph: process.env.SUPERGRAPH_PATH,
  transportEntries: {
    examiners: { location: process.env.EXAMINERS_URL },
    cases: { location: process.env.CASES_URL },
    reports: { location: process.env.REPORTS_URL },
  },
  // Like ours, Hive passes the caller's bearer token on to the subgraphs, which verify it.
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
  },
  logging: 'error',
  graphiql: false,
};
