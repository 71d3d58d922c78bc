import { createHmac, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { AuthConfig } from '../auth/auth-config';

/**
 * Signed, short-lived, single-use links to upload or download one document through the gateway
 * (`/documents/upload/<token>`, `/documents/download/<token>`; docs/documents.md, "Upload and download"). The
 * token is a JWT signed with a key derived from SERVICE_JWT_SECRET (so it can never pass as a bearer token, whose
 * keys and audience differ); it names the subgraph that owns the document, the document, what it allows and the
 * user it was issued to, who must present their own bearer token with it.
 */
export const DOCUMENT_LINK_PURPOSES = ['upload', 'download'] as const;
export type DocumentLinkPurpose = (typeof DOCUMENT_LINK_PURPOSES)[number];

export interface DocumentLinkClaims {
  purpose: DocumentLinkPurpose;
  /** The subgraph that stores the document and answers the link (`cases`, `reports`, `examiners`). */
  subgraph: string;
  documentId: string;
  /** The actor id (token `sub`) the link was issued to. */
  actorId: string;
  /** The link's id: a link is used once (the owning subgraph records its use). */
  linkId: string;
  expiresAt: Date;
}

/** How long a link is valid: long enough to start a transfer, short enough that a leaked one is soon useless. */
export const DOCUMENT_LINK_TTL_SECONDS = 300;
const AUDIENCE = 'ime-panel-document-link';

const linkKey = (auth: Pick<AuthConfig, 'serviceSecret'>) => createHmac('sha256', auth.serviceSecret).update('ime-panel document links').digest();

export async function signDocumentLink(
  auth: Pick<AuthConfig, 'serviceSecret' | 'issuer'>,
  claims: Omit<DocumentLinkClaims, 'linkId' | 'expiresAt'>,
  now: Date = new Date(),
): Promise<{ token: string; path: string; linkId: string; expiresAt: Date }> {
  const linkId = randomUUID();
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + DOCUMENT_LINK_TTL_SECONDS;
  const token = await new SignJWT({ purpose: claims.purpose, subgraph: claims.subgraph, document_id: claims.documentId })
    .setProtectedHeader({ alg: 'HS256', typ: 'document-link+jwt' })
    .setIssuer(auth.issuer)
    .setAudience(AUDIENCE)
    .setSubject(claims.actorId)
    .setJti(linkId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(linkKey(auth));
  return { token, path: `/documents/${claims.purpose}/${token}`, linkId, expiresAt: new Date(expiresAt * 1000) };
}

/** The link's claims if it is genuine, unexpired and for `purpose`; an Error saying why not otherwise. */
export async function verifyDocumentLink(auth: Pick<AuthConfig, 'serviceSecret' | 'issuer'>, token: string, purpose: DocumentLinkPurpose): Promise<DocumentLinkClaims> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, linkKey(auth), { issuer: auth.issuer, audience: AUDIENCE, algorithms: ['HS256'], typ: 'document-link+jwt' }));
  } catch (error) {
    throw new Error((error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'The document link has expired; ask for a new one' : 'The document link is not valid');
  }
  if (payload.purpose !== purpose) throw new Error(`The document link is not an ${purpose} link`);
  if (typeof payload.subgraph !== 'string' || typeof payload.document_id !== 'string' || !payload.sub || !payload.jti || !payload.exp) {
    throw new Error('The document link is not valid');
  }
  return {
    purpose,
    subgraph: payload.subgraph,
    documentId: payload.document_id,
    actorId: payload.sub,
    linkId: payload.jti,
    expiresAt: new Date(payload.exp * 1000),
  };
}
