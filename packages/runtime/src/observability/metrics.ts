import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Pool figures a service can report (a MikroORM/knex pool, say). */
export interface PoolStats {
  used: number;
  free: number;
  pending: number;
  max: number;
}

/**
 * Prometheus metrics of one service, in a registry of its own (several services may share a process under
 * `npm start`). Exposed at `/metrics` by the service's HTTP server.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations: Counter<'operation' | 'outcome'>;
  private readonly durations: Histogram<'operation'>;
  private readonly errors: Counter<'code'>;
  private readonly sqlStatements: Counter<'outcome'>;
  private readonly sqlDurations: Histogram<never>;

  constructor(readonly service: string, options: { processMetrics?: boolean } = {}) {
    this.registry.setDefaultLabels({ service });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
    this.operations = new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations served, by operation name and outcome (ok or error)',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.durations = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'Time to answer a GraphQL operation, by operation name',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors in GraphQL responses, by code',
      labelNames: ['code'],
      registers: [this.registry],
    });
    this.sqlStatements = new Counter({
      name: 'sql_statements_total',
      help: 'SQL statements run, by outcome (ok or error)',
      labelNames: ['outcome'],
      registers: [this.registry],
    });
    this.sqlDurations = new Histogram({
      name: 'sql_statement_duration_seconds',
      help: 'Time SQL statements took',
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers: [this.registry],
    });
  }

  /** Reports a database pool's use on every scrape. */
  watchPool(stats: () => PoolStats | null): void {
    const gauge = (name: string, help: string, pick: (s: PoolStats) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const current = stats();
          if (current) this.set(pick(current));
        },
      });
    gauge('db_pool_connections_used', 'Database connections in use', (s) => s.used);
    gauge('db_pool_connections_free', 'Idle database connections', (s) => s.free);
    gauge('db_pool_pending_acquires', 'Requests waiting for a database connection', (s) => s.pending);
    gauge('db_pool_connections_max', 'Pool size limit', (s) => s.max);
  }

  observeSql(tookMs: number, failed: boolean): void {
    this.sqlStatements.inc({ outcome: failed ? 'error' : 'ok' });
    this.sqlDurations.observe(tookMs / 1000);
  }

  private readonly knownOperations = new Set<string>();

  /**
   * Operation names come from clients: only well-formed names become labels, and at most 200 distinct ones,
   * so a hostile client cannot blow up the number of time series.
   */
  private operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    if (this.knownOperations.has(name)) return name;
    if (this.knownOperations.size >= 200) return 'other';
    this.knownOperations.add(name);
    return name;
  }

  /** Counts and times every operation, and counts the error codes in its response. */
  apolloPlugin(): ApolloServerPlugin {
    const metrics = this;
    return {
      async requestDidStart() {
        const stopTimer = performance.now();
        return {
          async willSendResponse({ operationName, errors }) {
            const operation = metrics.operationLabel(operationName);
            metrics.durations.observe({ operation }, (performance.now() - stopTimer) / 1000);
            metrics.operations.inc({ operation, outcome: errors?.length ? 'error' : 'ok' });
            for (const error of errors ?? []) metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          },
        };
      },
    };
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
