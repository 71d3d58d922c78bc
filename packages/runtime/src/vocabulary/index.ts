/**
 * The platform's vocabularies that more than one service names, each written once: plain `as const` lists and
 * their types, with no GraphQL or ORM import, so domain rules and the console may import them too
 * (`@imepanel/runtime/vocabulary`). A subgraph turns a list into its GraphQL and ORM enum with `defineEnum`
 * (graphql/enum-type.ts).
 */
export * from './credentials';
export * from './error-codes';
export * from './parties';
export * from './precondition-rules';
export * from './referrals';
export * from './roles';
export * from './addenda';
