/**
 * The one list of error codes a client of the platform can see in `extensions.code` (docs/api.md, "Errors").
 * The subgraphs' error helpers (errors.ts), the error formatter (which lets these through and hides anything
 * else), the gateway (which passes a subgraph's refusal on) and the console (which maps them to HTTP statuses for
 * react-admin) all read it.
 */

/** The platform's refusals, each made by a helper of errors.ts: what the caller can correct or react to. */
export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'FAILED_PRECONDITION'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes of a request refused before or around execution, by GraphQL, Apollo Server or the platform's limits. */
export const REQUEST_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COMPLEX',
  'SUBGRAPH_UNAVAILABLE',
] as const;

/** Every code a response may carry besides INTERNAL_SERVER_ERROR (which carries only a request id). */
export const CLIENT_ERROR_CODES = [...ERROR_CODES, ...REQUEST_ERROR_CODES] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/**
 * What a subgraph may answer with HTTP 400 that the gateway passes on to the client under the same code (a
 * refusal, or a request the subgraph could not validate, such as an impossible date in a variable of a custom
 * scalar); any other 4xx body becomes the gateway's own error.
 */
export const SUBGRAPH_REFUSAL_CODES = [...ERROR_CODES, 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'] as const satisfies readonly ClientErrorCode[];

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
