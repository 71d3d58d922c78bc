import { describe, expect, it } from 'vitest';
import { loadAuthConfig } from '../auth/auth-config';
import { createTokenVerifier } from '../auth/tokens';
import { DOCUMENT_LINK_TTL_SECONDS, signDocumentLink, verifyDocumentLink } from './document-links';

const auth = { serviceSecret: 'test-service-secret-of-enough-length-0123456789', issuer: 'ime-panel' };
const claims = { purpose: 'download' as const, subgraph: 'cases', documentId: 'd1', actorId: 'user-1' };

describe('document links', () => {
  it('verify for their purpose, naming the subgraph, the document and the user', async () => {
    const link = await signDocumentLink(auth, claims);
    expect(link.path).toBe(`/documents/download/${link.token}`);
    expect(await verifyDocumentLink(auth, link.token, 'download')).toMatchObject({ subgraph: 'cases', documentId: 'd1', actorId: 'user-1', linkId: link.linkId });
  });

  it('refuse another purpose, another key, a changed token and an expired one', async () => {
    const link = await signDocumentLink(auth, claims);
    await expect(verifyDocumentLink(auth, link.token, 'upload')).rejects.toThrow('not an upload link');
    await expect(verifyDocumentLink({ ...auth, serviceSecret: 'another-secret-of-enough-length-0123456789' }, link.token, 'download')).rejects.toThrow('not valid');
    const [header, payload, signature] = link.token.split('.');
    const forged = JSON.parse(Buffer.from(payload, 'base64url').toString());
    forged.document_id = 'd2';
    await expect(verifyDocumentLink(auth, `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`, 'download')).rejects.toThrow('not valid');
    const old = await signDocumentLink(auth, claims, new Date(Date.now() - (DOCUMENT_LINK_TTL_SECONDS + 60) * 1000));
    await expect(verifyDocumentLink(auth, old.token, 'download')).rejects.toThrow('expired');
  });

  it('are not bearer tokens: another audience and type than a service token signed with the same secret', async () => {
    const link = await signDocumentLink(auth, claims);
    const header = JSON.parse(Buffer.from(link.token.split('.')[0], 'base64url').toString());
    const payload = JSON.parse(Buffer.from(link.token.split('.')[1], 'base64url').toString());
    expect(header.typ).toBe('document-link+jwt');
    expect(payload.aud).toBe('ime-panel-document-link');
    expect(payload.role).toBeUndefined();
    const config = loadAuthConfig({ SERVICE_JWT_SECRET: auth.serviceSecret, JWT_SECRET: 'a-user-token-secret-of-enough-length-0123456789', JWT_ISSUER: auth.issuer });
    await expect(createTokenVerifier(config)(link.token)).rejects.toThrow();
  });
});
