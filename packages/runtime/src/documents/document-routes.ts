import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { AuthConfig } from '../auth/auth-config';
import type { TokenVerifier } from '../auth/tokens';
import { createAuditRecorder, type AuditRecorder } from '../audit/audit-recorder';
import type { AuditEntryEntity } from '../audit/audit-entry';
import type { Actor } from '../graphql/context';
import { currentRequestScope } from '../request-context';
import { authenticationMiddleware, requestActor, sendGraphQLError } from '../server/authentication';
import { closeAfterRefusal } from '../server/close-after-refusal';
import { DocumentRefused } from './document-store';
import { verifyDocumentLink, type DocumentLinkClaims, type DocumentLinkPurpose } from './document-links';

/** What one request on a document link hands the subgraph's own handler. */
export interface DocumentRequest {
  em: EntityManager;
  actor: Actor;
  link: DocumentLinkClaims;
  audit: AuditRecorder;
  log: Logger;
}

/** What the subgraph that owns a kind of document does with its links (the cases subgraph's records, say). */
export interface DocumentHandlers {
  /** Stores the body for the link's document and answers the stored record (as JSON). */
  upload(request: DocumentRequest, body: AsyncIterable<Uint8Array>): Promise<Record<string, unknown>>;
  /** The document's bytes, once the actor is allowed them and the read is on record. */
  download(request: DocumentRequest): Promise<{ fileName: string; mediaType: string; size: number; sha256: string; stream: NodeJS.ReadableStream }>;
}

export interface DocumentRouteOptions {
  name: string;
  em: EntityManager;
  auth: AuthConfig;
  verifyToken: TokenVerifier;
  auditEntity: AuditEntryEntity;
  log: Logger;
  handlers: DocumentHandlers;
}

/** The internal paths the gateway streams document links to (docs/documents.md). */
export const INTERNAL_DOCUMENT_PATH = '/internal/documents';

const STATUS_OF_CODE: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, FAILED_PRECONDITION: 409, BAD_USER_INPUT: 400, UNAUTHENTICATED: 401 };

/** A refusal as the platform's JSON error body: a GraphQL error's code, a store's refusal, or a masked 500. */
function refuse(res: Response, req: Request, error: unknown, log: Logger) {
  if (!res.headersSent) {
    if (error instanceof DocumentRefused) {
      res
        .status(error.status)
        .set('connection', 'close')
        .json({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT', reason: error.reason, fields: [{ field: 'content', message: error.message }] } }] });
    } else if (error instanceof GraphQLError && typeof error.extensions.code === 'string' && STATUS_OF_CODE[error.extensions.code]) {
      res.status(STATUS_OF_CODE[error.extensions.code]).set('connection', 'close').json({ errors: [{ message: error.message, extensions: error.extensions }] });
    } else {
      log.error({ err: error }, 'document request failed');
      sendGraphQLError(res.set('connection', 'close'), 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  } else {
    log.warn({ err: error }, 'document transfer broken off');
    res.destroy();
  }
  // Whatever of the body was not read is not read at all: the connection closes once the answer is out.
  if (!req.complete) closeAfterRefusal(req, res);
}

/**
 * The subgraph's internal document endpoints, which the gateway's `/documents/*` routes stream to: each request
 * carries the caller's own bearer token (verified here again) and a document link the subgraph itself signed,
 * issued to that caller; the handlers apply the row scope of the record the document belongs to.
 */
export function documentRouter(options: DocumentRouteOptions): express.Router {
  const router = express.Router();
  const { log } = options;
  const requestOf = async (req: Request, res: Response, purpose: DocumentLinkPurpose): Promise<DocumentRequest> => {
    const actor = requestActor(res)!;
    let link: DocumentLinkClaims;
    try {
      link = await verifyDocumentLink(options.auth, String(req.params.token), purpose);
    } catch (error) {
      throw new GraphQLError((error as Error).message, { extensions: { code: 'FORBIDDEN' } });
    }
    if (link.subgraph !== options.name) throw new GraphQLError('The document link is not for this service', { extensions: { code: 'FORBIDDEN' } });
    if (link.actorId !== actor.id) throw new GraphQLError('The document link was issued to someone else', { extensions: { code: 'FORBIDDEN' } });
    const em = options.em.fork();
    const scope = currentRequestScope();
    const audit = createAuditRecorder({ em, entity: options.auditEntity, actor, requestId: scope?.requestId ?? 'unknown', correlationId: scope?.correlationId ?? null, log });
    return { em, actor, link, audit, log };
  };
  const authenticated = authenticationMiddleware(options.verifyToken, log);
  router.post('/upload/:token', authenticated, async (req, res) => {
    try {
      const request = await requestOf(req, res, 'upload');
      // A refused upload stops reading without destroying the request, so the refusal still reaches the caller.
      const record = await options.handlers.upload(request, req.iterator({ destroyOnReturn: false }));
      res.status(201).json({ data: record });
    } catch (error) {
      refuse(res, req, error, log);
    }
  });
  router.get('/download/:token', authenticated, async (req, res) => {
    try {
      const request = await requestOf(req, res, 'download');
      const file = await options.handlers.download(request);
      res.status(200).set({
        'content-type': file.mediaType,
        'content-length': String(file.size),
        'content-disposition': `attachment; filename="${file.fileName.replace(/[^\w.\- ]/g, '_')}"`,
        'x-content-sha256': file.sha256,
        'cache-control': 'no-store',
      });
      file.stream.on('error', (error) => refuse(res, req, error, log));
      file.stream.pipe(res);
    } catch (error) {
      refuse(res, req, error, log);
    }
  });
  return router;
}
