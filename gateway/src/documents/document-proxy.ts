import http from 'node:http';
import https from 'node:https';
import { Transform, type TransformCallback } from 'node:stream';
import {
  FORWARDED_BY_HEADER,
  closeAfterRefusal,
  INTERNAL_DOCUMENT_PATH,
  forwardedRequestIdHeaders,
  sendGraphQLError,
  serviceToken,
  verifyDocumentLink,
  type AuthConfig,
  type DocumentLinkPurpose,
  type Logger,
} from '@imepanel/runtime';
import express, { type Request, type RequestHandler, type Response } from 'express';

export interface DocumentProxyOptions {
  auth: AuthConfig;
  /** Where each subgraph's GraphQL endpoint answers; its internal document endpoint is on the same origin. */
  subgraphUrls: Record<string, string>;
  /** Uploads larger than this are refused here, whatever the kind allows (DOCUMENT_MAX_BYTES and per-kind limits apply in the subgraph). */
  uploadMaxBytes: number;
  /** Authentication and the per-identity rate limit, as on /graphql. */
  authenticated: RequestHandler[];
  log: Logger;
}

/** Headers of a subgraph's answer that the caller receives. */
const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'x-content-sha256', 'cache-control'];

/** Counts the bytes of an upload as they pass and stops the stream once they exceed the limit. */
class ByteLimit extends Transform {
  bytes = 0;
  constructor(
    private readonly limit: number,
    private readonly onExceeded: () => void,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      this.onExceeded();
      callback();
      return;
    }
    callback(null, chunk);
  }
}

const tooLarge = (res: Response, limit: number) => {
  const message = `The file is larger than the ${limit} bytes accepted`;
  res
    .status(413)
    .set('connection', 'close')
    .json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason: 'DOCUMENT_TOO_LARGE', fields: [{ field: 'content', message }] } }] });
};

/**
 * The gateway's document routes (docs/documents.md, "Upload and download"): `POST /documents/upload/<token>` and
 * `GET /documents/download/<token>`, with the caller's bearer token. The link names the subgraph that owns the
 * document; the body streams to that subgraph's internal endpoint and its answer streams back, with backpressure
 * both ways, so the gateway holds no more than a socket buffer of any file. An upload over the limit is refused
 * as soon as its Content-Length or its byte count says so, and the rest of it is not read.
 */
export function documentProxyRouter(options: DocumentProxyOptions): express.Router {
  const router = express.Router();
  const { log } = options;
  const proxy = (purpose: DocumentLinkPurpose) => async (req: Request, res: Response) => {
    const token = String(req.params.token);
    let subgraph: string;
    try {
      subgraph = (await verifyDocumentLink(options.auth, token, purpose)).subgraph;
    } catch (error) {
      sendGraphQLError(res, 403, 'FORBIDDEN', (error as Error).message);
      return;
    }
    const base = options.subgraphUrls[subgraph];
    if (!base) {
      sendGraphQLError(res, 403, 'FORBIDDEN', 'The document link names no service of this platform');
      return;
    }
    const declaredLength = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
    if (purpose === 'upload' && declaredLength !== null && declaredLength > options.uploadMaxBytes) {
      tooLarge(res, options.uploadMaxBytes);
      closeAfterRefusal(req, res);
      return;
    }
    const target = new URL(`${INTERNAL_DOCUMENT_PATH}/${purpose}/${encodeURIComponent(token)}`, base);
    const headers: Record<string, string> = {
      ...forwardedRequestIdHeaders(options.auth.serviceSecret),
      authorization: req.headers.authorization ?? '',
      [FORWARDED_BY_HEADER]: `Bearer ${await serviceToken(options.auth, 'gateway')}`,
    };
    if (purpose === 'upload') {
      headers['content-type'] = req.headers['content-type'] ?? 'application/octet-stream';
      if (declaredLength !== null) headers['content-length'] = String(declaredLength);
    }
    const transport = target.protocol === 'https:' ? https : http;
    let answered = false;
    const upstream = transport.request(target, { method: purpose === 'upload' ? 'POST' : 'GET', headers });
    upstream.on('response', (answer) => {
      answered = true;
      res.status(answer.statusCode ?? 502);
      for (const name of PASSED_HEADERS) if (answer.headers[name] !== undefined) res.setHeader(name, answer.headers[name]!);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
      // A refusal before the whole upload arrived: the rest is not kept, the caller's connection closes once the
      // answer is out.
      if (!req.complete) closeAfterRefusal(req, res);
    });
    upstream.on('error', (error) => {
      // After the subgraph answered (a refusal that closed its end early), the broken pipe is expected.
      if (answered) return;
      log.warn({ err: error, subgraph }, 'document transfer to the subgraph failed');
      if (!res.headersSent) sendGraphQLError(res.set('connection', 'close'), 502, 'SUBGRAPH_UNAVAILABLE', `The ${subgraph} subgraph is unavailable for documents`);
      else res.destroy();
      if (!req.complete) req.destroy();
    });
    // The caller went away: so does the transfer.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    if (purpose === 'download') {
      upstream.end();
      return;
    }
    const limit = new ByteLimit(options.uploadMaxBytes, () => {
      upstream.destroy();
      if (!res.headersSent) tooLarge(res, options.uploadMaxBytes);
      answered = true;
      closeAfterRefusal(req, res);
    });
    req.pipe(limit).pipe(upstream);
  };
  router.post('/documents/upload/:token', ...options.authenticated, proxy('upload'));
  router.get('/documents/download/:token', ...options.authenticated, proxy('download'));
  return router;
}
