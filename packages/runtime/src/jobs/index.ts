export * from './queues';
export * from './job-runner';
export * from './subgraph-messaging';
export * from './work-continuously';
