import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, graphqlError, isoDate } from './support/fixtures';
import { SAMPLE_PNG, requestDownload, requestUpload, samplePdf, sha256, transfer } from './support/documents';
import { startTestPlatform, type TestIdentity, type TestPlatform } from './support/platform';
import { createTenancyWorld, markExamined, type TenancyWorld } from './support/security-fixtures';

/**
 * Documents of a case through the gateway (docs/documents.md): upload and download on signed single-use links with
 * the caller's own token, the row scope of the case, types read from the content, size limits enforced while
 * streaming, release to the examiner after the jurisdiction's wait, and the chain of custody.
 */
const LIMIT = 8_000_000;
let t: TestPlatform;
let w: TenancyWorld;
let origin: string;

/** A caller whose one token serves both the GraphQL request for a link and the transfer on it. */
async function caller(identity: TestIdentity) {
  const token = await t.token(identity);
  return { token, client: new GraphQLClient(t.gatewayUrl, { headers: { authorization: `Bearer ${token}` } }) };
}

beforeAll(async () => {
  t = await startTestPlatform({ DOCUMENT_MAX_BYTES: String(LIMIT), DOCUMENT_MAX_BYTES_CORRESPONDENCE: '1000000' });
  w = await createTenancyWorld(t);
  origin = new URL(t.gatewayUrl).origin;
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const contentRows = async () => Number((await t.sql.query('select count(*) as n from cases.document_content')).rows[0].n);
const chunkRows = async () => Number((await t.sql.query('select count(*) as n from cases.document_chunk')).rows[0].n);

describe('case documents through the gateway', () => {
  it('uploads a PDF, counts its pages, and downloads the same bytes once per link, audited', async () => {
    const clientA = await caller({ role: 'CLIENT', clientId: w.clientA.id, sub: 'documents-client-a' });
    const pdf = await samplePdf(3);
    const upload = await requestUpload(clientA.client, { caseId: w.caseA.id, servedOn: isoDate(-1) });
    expect(upload.document.status).toBe('PENDING');
    expect(upload.link.path).toMatch(/^\/documents\/upload\//);

    const stored = await transfer(origin + upload.link.path, { method: 'POST', token: clientA.token, source: pdf, headers: { 'content-type': 'application/pdf' } });
    expect(stored.status).toBe(201);
    expect(JSON.parse(stored.body.toString()).data).toMatchObject({ id: upload.document.id, sha256: sha256(pdf), size: pdf.length, mediaType: 'application/pdf', pageCount: 3, status: 'STORED' });
    const again = await transfer(origin + upload.link.path, { method: 'POST', token: clientA.token, source: pdf });
    expect(again.status).toBe(409);

    const { case: read } = await clientA.client.request<any>(`query ($id: ID!) { case(id: $id) { documents { id kind status sha256 size pageCount mediaType providedBy servedOn releasedToExaminer } } }`, { id: w.caseA.id });
    expect(read.documents).toEqual([
      { id: upload.document.id, kind: 'MEDICAL_RECORD', status: 'STORED', sha256: sha256(pdf), size: pdf.length, pageCount: 3, mediaType: 'application/pdf', providedBy: 'CLIENT', servedOn: isoDate(-1), releasedToExaminer: true },
    ]);

    const path = await requestDownload(clientA.client, upload.document.id);
    const downloaded = await transfer(origin + path, { method: 'GET', token: clientA.token });
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(downloaded.headers['x-content-sha256']).toBe(sha256(pdf));
    expect(downloaded.body.equals(pdf)).toBe(true);
    expect((await transfer(origin + path, { method: 'GET', token: clientA.token })).status).toBe(409);

    const audit = await t.sql.query(`select actor_id, action, record_type from cases.audit_entry where operation = 'CaseDocument.content' and $1 = any(record_ids)`, [upload.document.id]);
    expect(audit.rows).toEqual([{ actor_id: 'documents-client-a', action: 'READ', record_type: 'CaseDocument' }]);
    const uploaded = await t.sql.query(`select actor_id, action, record_ids from cases.audit_entry where operation = 'uploadDocument' and $1 = any(record_ids)`, [upload.document.id]);
    expect(uploaded.rows).toEqual([{ actor_id: 'documents-client-a', action: 'MUTATION', record_ids: [upload.document.id, w.caseA.id] }]);
  });

  it("refuses another organisation's documents, a link used with someone else's token, and a call without one", async () => {
    const clientA = await caller({ role: 'CLIENT', clientId: w.clientA.id });
    const clientB = await caller({ role: 'CLIENT', clientId: w.clientB.id });
    const upload = await requestUpload(clientA.client, { caseId: w.caseA.id });
    expect((await transfer(origin + upload.link.path, { method: 'POST', token: clientA.token, source: await samplePdf(1) })).status).toBe(201);

    expect((await graphqlError(requestDownload(clientB.client, upload.document.id))).extensions.code).toBe('NOT_FOUND');
    expect((await graphqlError(requestUpload(clientB.client, { caseId: w.caseA.id }))).extensions.code).toBe('NOT_FOUND');
    const { case: other } = await clientB.client.request<any>(`query ($id: ID!) { case(id: $id) { documents { id } } }`, { id: w.caseA.id });
    expect(other).toBeNull();

    const path = await requestDownload(clientA.client, upload.document.id);
    const stolen = await transfer(origin + path, { method: 'GET', token: clientB.token });
    expect(stolen.status).toBe(403);
    expect(JSON.parse(stolen.body.toString()).errors[0].message).toMatch(/issued to someone else/);
    expect((await transfer(origin + path, { method: 'GET' })).status).toBe(401);
    // A character inside the signature: the last one of a base64url HMAC carries padding bits a decoder ignores,
    // so changing it (A ↔ B, say) can leave the signature as it was.
    const forged = path.slice(0, -5) + (path.at(-5) === 'A' ? 'B' : 'A') + path.slice(-4);
    expect((await transfer(origin + forged, { method: 'GET', token: clientA.token })).status).toBe(403);
    // The refusals spent nothing: the owner still downloads on the link.
    expect((await transfer(origin + path, { method: 'GET', token: clientA.token })).status).toBe(200);
  });

  it('refuses a file whose content is not the type it declares, or not a type its kind accepts, and keeps nothing', async () => {
    const clientA = await caller({ role: 'CLIENT', clientId: w.clientA.id });
    const [contents, chunks] = [await contentRows(), await chunkRows()];
    const lying = await requestUpload(clientA.client, { caseId: w.caseA.id, fileName: 'scan.pdf' });
    const png = await transfer(origin + lying.link.path, { method: 'POST', token: clientA.token, source: SAMPLE_PNG, headers: { 'content-type': 'application/pdf' } });
    expect(png.status).toBe(415);
    expect(JSON.parse(png.body.toString()).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'DOCUMENT_TYPE_MISMATCH' } });
    expect(JSON.parse(png.body.toString()).errors[0].message).toBe('The file was declared application/pdf but its content is image/png');

    const script = await requestUpload(clientA.client, { caseId: w.caseA.id, fileName: 'records.pdf' });
    const text = await transfer(origin + script.link.path, { method: 'POST', token: clientA.token, source: Buffer.from('<script>alert(1)</script> pretending to be a PDF') });
    expect(text.status).toBe(415);
    expect(JSON.parse(text.body.toString()).errors[0].extensions.reason).toBe('DOCUMENT_TYPE_NOT_ALLOWED');

    const refusedType = await graphqlError(requestUpload(clientA.client, { caseId: w.caseA.id, kind: 'REFERRAL', declaredType: 'image/png' }));
    expect(refusedType.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.declaredType' }] });

    expect([await contentRows(), await chunkRows()]).toEqual([contents, chunks]);
    const { rows } = await t.sql.query('select status, sha256 from cases.case_document where id = any($1)', [[lying.document.id, script.document.id]]);
    expect(rows).toEqual([{ status: 'PENDING', sha256: null }, { status: 'PENDING', sha256: null }]);
  });

  it('refuses an oversized upload while it streams, without reading or holding the rest', async () => {
    const clientA = await caller({ role: 'CLIENT', clientId: w.clientA.id });
    const [contents, chunks] = [await contentRows(), await chunkRows()];
    const total = 200 * 1024 * 1024;
    const piece = Buffer.alloc(64 * 1024, 0x20);
    async function* oversized() {
      yield Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
      for (let sent = 0; sent < total; sent += piece.length) yield piece;
    }
    const heapBefore = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.heapUsed + now.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers);
    }, 20);
    try {
      // The per-kind limit (1 MB for correspondence), enforced by the subgraph while it stores.
      const small = await requestUpload(clientA.client, { caseId: w.caseA.id, kind: 'CORRESPONDENCE' });
      const refused = await transfer(origin + small.link.path, { method: 'POST', token: clientA.token, source: oversized() });
      expect(refused.status).toBe(413);
      expect(JSON.parse(refused.body.toString()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_TOO_LARGE' });
      expect(refused.bytesSent).toBeLessThan(40 * 1024 * 1024);

      // The gateway's limit, counted as the bytes pass (no Content-Length).
      const big = await requestUpload(clientA.client, { caseId: w.caseA.id, kind: 'MEDICAL_RECORD' });
      const counted = await transfer(origin + big.link.path, { method: 'POST', token: clientA.token, source: oversized() });
      expect(counted.status).toBe(413);
      expect(counted.bytesSent).toBeLessThan(LIMIT + 40 * 1024 * 1024);

      // A declared Content-Length over the limit is refused before any byte is read.
      const declared = await requestUpload(clientA.client, { caseId: w.caseA.id, kind: 'MEDICAL_RECORD' });
      const early = await transfer(origin + declared.link.path, { method: 'POST', token: clientA.token, source: oversized(), headers: { 'content-length': String(total) } });
      expect(early.status).toBe(413);
    } finally {
      clearInterval(sampler);
    }
    // Three 200 MB uploads went through this process (gateway and subgraph): it never held more than a few chunks.
    expect(peak).toBeLessThan(64 * 1024 * 1024);
    expect([await contentRows(), await chunkRows()]).toEqual([contents, chunks]);
  }, 120_000);

  it('lets the examiner have a record only once the jurisdiction allows it (CA: 20 days after service)', async () => {
    const clientA = await caller({ role: 'CLIENT', clientId: w.clientA.id });
    const examiner = await caller({ role: 'EXAMINER', examinerId: w.examinerE.id });
    const ca = await clientA.client.request<any>(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`, {
      input: caseInput(w.clientA.id, { jurisdiction: 'US-CA', requiredSpecialtyCode: 'ORTHO' }),
    });
    const caseId = ca.createCase.id;
    await markExamined(t, caseId, w.examinerE.id);
    const upload = await requestUpload(clientA.client, { caseId, servedOn: isoDate(-5) });
    expect((await transfer(origin + upload.link.path, { method: 'POST', token: clientA.token, source: await samplePdf(2) })).status).toBe(201);

    const documents = `query ($id: ID!) { case(id: $id) { documents { id releasedToExaminer } } }`;
    expect((await examiner.client.request<any>(documents, { id: caseId })).case.documents).toEqual([]);
    expect((await graphqlError(requestDownload(examiner.client, upload.document.id))).extensions.code).toBe('NOT_FOUND');
    expect((await clientA.client.request<any>(documents, { id: caseId })).case.documents).toEqual([{ id: upload.document.id, releasedToExaminer: false }]);

    // Storing the bytes changed the record (version 2).
    await clientA.client.request(`mutation ($id: ID!, $on: LocalDate!) { markDocumentServed(documentId: $id, version: 2, servedOn: $on) { id } }`, { id: upload.document.id, on: isoDate(-20) });
    expect((await examiner.client.request<any>(documents, { id: caseId })).case.documents).toEqual([{ id: upload.document.id, releasedToExaminer: true }]);
    const path = await requestDownload(examiner.client, upload.document.id);
    expect((await transfer(origin + path, { method: 'GET', token: examiner.token })).status).toBe(200);
    // Another examiner has no such case at all.
    const other = await caller({ role: 'EXAMINER', examinerId: w.examinerF.id });
    expect((await graphqlError(requestDownload(other.client, upload.document.id))).extensions.code).toBe('NOT_FOUND');
  });
});

describe('chain of custody', () => {
  const VERIFY = `query ($id: ID!) { verifyCaseChain(caseId: $id) { entries verified headHash firstBroken { seq subjectId reason } } }`;

  async function caseWithRecords() {
    const clientA = await caller({ role: 'CLIENT', clientId: w.clientA.id });
    const created = await clientA.client.request<any>(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`, { input: caseInput(w.clientA.id) });
    const caseId = created.createCase.id as string;
    const documentIds: string[] = [];
    for (const pages of [1, 2]) {
      const upload = await requestUpload(clientA.client, { caseId });
      expect((await transfer(origin + upload.link.path, { method: 'POST', token: clientA.token, source: await samplePdf(pages, `Chain ${caseId}`) })).status).toBe(201);
      documentIds.push(upload.document.id);
    }
    await clientA.client.request(`mutation ($id: ID!) { updateCase(id: $id, version: 1, input: { bodyParts: ["left knee"] }) { id } }`, { id: caseId });
    return { clientA, caseId, documentIds };
  }

  it('chains the events and documents of a case in order and verifies them', async () => {
    const { clientA, caseId, documentIds } = await caseWithRecords();
    const { case: read } = await clientA.client.request<any>(`query ($id: ID!) { case(id: $id) { custody { seq kind subjectId prevHash hash } } }`, { id: caseId });
    expect(read.custody.map((e: any) => e.kind)).toEqual(['EVENT', 'DOCUMENT', 'DOCUMENT', 'EVENT']);
    expect(read.custody.slice(1, 3).map((e: any) => e.subjectId)).toEqual(documentIds);
    expect(read.custody[0].prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < read.custody.length; i++) expect(read.custody[i].prevHash).toBe(read.custody[i - 1].hash);
    const verified = (await clientA.client.request<any>(VERIFY, { id: caseId })).verifyCaseChain;
    expect(verified).toEqual({ entries: 4, verified: true, headHash: read.custody[3].hash, firstBroken: null });
  });

  it('reports the first broken link when a row is tampered with behind the platform', async () => {
    const { clientA, caseId, documentIds } = await caseWithRecords();
    // The bytes of the second document, changed in the store.
    await t.sql.query(
      `update cases.document_chunk set data = overlay(data placing '\\x25'::bytea from 20 for 1)
        where content_id = (select id from cases.document_content where sha256 = (select sha256 from cases.case_document where id = $1))`,
      [documentIds[1]],
    );
    expect((await clientA.client.request<any>(VERIFY, { id: caseId })).verifyCaseChain).toMatchObject({ verified: false, firstBroken: { seq: 2, subjectId: documentIds[1], reason: 'CONTENT_CHANGED' } });

    // An earlier event, rewritten: the chain breaks there.
    await t.sql.query(`update cases.case_event set note = 'nothing happened' where case_id = $1 and type = 'CREATED'`, [caseId]);
    expect((await clientA.client.request<any>(VERIFY, { id: caseId })).verifyCaseChain).toMatchObject({ verified: false, firstBroken: { seq: 0, reason: 'CONTENT_CHANGED' } });

    // A link of the chain removed.
    const other = await caseWithRecords();
    await t.sql.query(`delete from cases.custody_entry where case_id = $1 and seq = 1`, [other.caseId]);
    expect((await other.clientA.client.request<any>(VERIFY, { id: other.caseId })).verifyCaseChain).toMatchObject({ verified: false, firstBroken: { seq: 2, reason: 'SEQUENCE_GAP' } });
  });

  it("answers NOT_FOUND for another organisation's case", async () => {
    const clientB = await caller({ role: 'CLIENT', clientId: w.clientB.id });
    expect((await graphqlError(clientB.client.request(VERIFY, { id: w.caseA.id }))).extensions.code).toBe('NOT_FOUND');
  });
});

describe('credential evidence', () => {
  const ADD = `mutation ($examinerId: ID!, $input: AddCredentialInput!) { addCredential(examinerId: $examinerId, input: $input) { id version } }`;
  const UPLOAD = `mutation ($id: ID!, $input: RequestCredentialEvidenceUploadInput!) { requestCredentialEvidenceUpload(credentialId: $id, input: $input) { evidence { id status } link { path } } }`;

  it('attaches a licence scan to a credential, records the verification against it, and keeps it from other examiners', async () => {
    const examiner = await caller({ role: 'EXAMINER', examinerId: w.examinerE.id });
    const added = (await t.gateway.request<any>(ADD, { examinerId: w.examinerE.id, input: { kind: 'MALPRACTICE_INSURANCE', issuer: 'Medical Mutual', number: `POL-${Date.now()}`, expiresOn: isoDate(300) } })).addCredential;

    // The examiner uploads their own certificate of insurance.
    const upload = (await examiner.client.request<any>(UPLOAD, { id: added.id, input: { kind: 'CERTIFICATE_OF_INSURANCE', fileName: 'coi-2027.pdf', declaredType: 'application/pdf' } })).requestCredentialEvidenceUpload;
    const pdf = await samplePdf(1, 'Certificate of insurance');
    const stored = await transfer(origin + upload.link.path, { method: 'POST', token: examiner.token, source: pdf });
    expect(stored.status).toBe(201);
    expect(JSON.parse(stored.body.toString()).data).toMatchObject({ sha256: sha256(pdf), mediaType: 'application/pdf' });

    // An administrator verifies the credential against it.
    const verified = (await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!, $doc: ID) { verifyCredential(id: $id, version: $v, evidenceDocumentId: $doc) { verificationStatus verifiedAgainstDocumentId evidence { id kind status sha256 } } }`, {
      id: added.id,
      v: added.version,
      doc: upload.evidence.id,
    })).verifyCredential;
    expect(verified).toEqual({ verificationStatus: 'VERIFIED', verifiedAgainstDocumentId: upload.evidence.id, evidence: [{ id: upload.evidence.id, kind: 'CERTIFICATE_OF_INSURANCE', status: 'STORED', sha256: sha256(pdf) }] });

    const path = (await examiner.client.request<any>(`mutation ($id: ID!) { requestCredentialEvidenceDownload(documentId: $id) { path } }`, { id: upload.evidence.id })).requestCredentialEvidenceDownload.path;
    const downloaded = await transfer(origin + path, { method: 'GET', token: examiner.token });
    expect(downloaded.body.equals(pdf)).toBe(true);

    const other = await caller({ role: 'EXAMINER', examinerId: w.examinerF.id });
    expect((await graphqlError(other.client.request(`mutation ($id: ID!) { requestCredentialEvidenceDownload(documentId: $id) { path } }`, { id: upload.evidence.id }))).extensions.code).toBe('NOT_FOUND');
    expect((await graphqlError(other.client.request(UPLOAD, { id: added.id, input: { kind: 'OTHER', fileName: 'x.pdf', declaredType: 'application/pdf' } }))).extensions.code).toBe('FORBIDDEN');
    const { credential } = await other.client.request<any>(`query ($id: ID!) { credential(id: $id) { id evidence { id } } }`, { id: added.id });
    expect(credential.evidence).toBeNull();

    // A verification naming a document that is not this credential's evidence changes nothing.
    const second = (await t.gateway.request<any>(ADD, { examinerId: w.examinerF.id, input: { kind: 'MALPRACTICE_INSURANCE', issuer: 'Medical Mutual', number: `POL-F-${Date.now()}` } })).addCredential;
    const refused = await graphqlError(t.gateway.request(`mutation ($id: ID!, $v: Int!, $doc: ID) { verifyCredential(id: $id, version: $v, evidenceDocumentId: $doc) { id } }`, { id: second.id, v: second.version, doc: upload.evidence.id }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'evidenceDocumentId' }] });
    const { rows } = await t.sql.query('select verification_status from examiners.credential where id = $1', [second.id]);
    expect(rows[0].verification_status).toBe('UNVERIFIED');
  });
});
