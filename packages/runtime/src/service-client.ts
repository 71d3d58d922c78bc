import { GraphQLError } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import type { AuthConfig } from './auth/auth-config';
import { serviceToken } from './auth/tokens';
import { failedPrecondition } from './errors';
import { isErrorCode } from './vocabulary/error-codes';
import { forwardedRequestIdHeaders } from './server/request-id';

export interface ServiceClientOptions {
  /** Name of the service being called, for error messages ("the examiners subgraph did not answer"). */
  name: string;
  url: string;
  timeoutMs?: number;
  /** The service making the calls ("reports"): the `sub` of its service identity token. */
  caller: string;
  /** Where the service identity's signing key and the token issuer and audience come from. */
  auth: AuthConfig;
  /** Headers to add to every call. */
  headers?: () => Record<string, string>;
}

/**
 * A GraphQL client for subgraph-to-subgraph calls: authenticates as the calling service's identity (role
 * SERVICE, never the end user's token), forwards the request ids, signed (server/request-id.ts), bounds the
 * wait, passes on the other service's refusals (NOT_FOUND, BAD_USER_INPUT…), and turns its failure into a
 * FAILED_PRECONDITION naming it.
 */
export function createServiceClient(options: ServiceClientOptions) {
  const client = new GraphQLClient(options.url, {
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) }),
  });
  return {
    async request<T>(document: string, variables?: Record<string, unknown>): Promise<T> {
      try {
        return await client.request<T>(document, variables, {
          ...forwardedRequestIdHeaders(options.auth.serviceSecret),
          ...options.headers?.(),
          authorization: `Bearer ${await serviceToken(options.auth, options.caller)}`,
        });
      } catch (error) {
        // A refusal the other service gave for a reason of the caller's (NOT_FOUND, BAD_USER_INPUT…) is passed on
        // as such; anything else means the service could not answer.
        const refusal = error instanceof ClientError ? error.response.errors?.[0] : undefined;
        const code = refusal?.extensions?.code;
        if (refusal && isErrorCode(code)) {
          throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, service: options.name } });
        }
        const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error);
        throw failedPrecondition('DEPENDENCY_UNAVAILABLE', `The ${options.name} subgraph could not answer: ${reason}`, {
          service: options.name,
        });
      }
    },
  };
}

export type ServiceClient = ReturnType<typeof createServiceClient>;
