import { FieldErrors, actorName, actsForExaminer, assertActsForExaminer, conflict, failedPrecondition, forbidden, loadOrNotFound, notFound, signDocumentLink, spendDocumentLink, PostgresDocumentStore, type Actor, type DocumentHandlers } from '@imepanel/runtime';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { ExaminersCommandContext } from '../context';
import type { ExaminersConfig } from '../config';
import { CREDENTIAL_EVIDENCE_TYPES } from '../domain/credential-evidence';
import { Credential, CredentialEvidence, CredentialEvidenceStatus, type CredentialEvidenceKind } from '../entities';

/** The evidence document, if the actor may see it: an administrator, or the examiner whose credential it is. */
async function loadEvidence(em: EntityManager, id: string, actor: Actor | null): Promise<CredentialEvidence> {
  const evidence = await loadOrNotFound(em, CredentialEvidence, id, { by: 'id' });
  await em.populate(evidence, ['credential']);
  if (!actsForExaminer(actor, (evidence.credential.getEntity() as Credential).examiner.id)) throw notFound('CredentialEvidence', id);
  return evidence;
}

/** Records a document to attach to a credential and returns the link that takes its bytes. */
export async function requestCredentialEvidenceUpload(
  ctx: ExaminersCommandContext,
  credentialId: string,
  input: { kind: CredentialEvidenceKind; fileName: string; declaredType: string },
): Promise<{ evidence: CredentialEvidence; path: string; expiresAt: Date }> {
  if (!CREDENTIAL_EVIDENCE_TYPES.includes(input.declaredType)) {
    new FieldErrors().add('declaredType', `Evidence may be ${CREDENTIAL_EVIDENCE_TYPES.join(', ')}, not ${input.declaredType}`).throwIfAny();
  }
  if (!input.fileName.trim() || input.fileName.length > 200) new FieldErrors().add('fileName', 'fileName must be 1–200 characters').throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const credential = await loadOrNotFound(tx, Credential, credentialId);
    assertActsForExaminer(ctx.actor, credential.examiner.id, "attach evidence to this examiner's credentials");
    const evidence = tx.create(CredentialEvidence, { credential, kind: input.kind, fileName: input.fileName.trim(), declaredType: input.declaredType, uploadedBy: actorName(ctx) });
    const link = await signDocumentLink(ctx.settings.documentLinks, { purpose: 'upload', subgraph: 'examiners', documentId: evidence.id, actorId: ctx.actor!.id }, ctx.clock.now());
    evidence.uploadLinkId = link.linkId;
    tx.persist(evidence);
    return { evidence, path: link.path, expiresAt: link.expiresAt };
  });
}

/** A link to download a stored evidence document. */
export async function requestCredentialEvidenceDownload(ctx: ExaminersCommandContext, id: string): Promise<{ path: string; expiresAt: Date }> {
  const evidence = await loadEvidence(ctx.em, id, ctx.actor);
  if (evidence.status !== CredentialEvidenceStatus.STORED) throw failedPrecondition('DOCUMENT_NOT_STORED', `Document ${id} has no content yet: upload it through its link first`);
  const link = await signDocumentLink(ctx.settings.documentLinks, { purpose: 'download', subgraph: 'examiners', documentId: id, actorId: ctx.actor!.id }, ctx.clock.now());
  return { path: link.path, expiresAt: link.expiresAt };
}

/** The evidence of a credential, for an administrator or the examiner themself (null for anyone else). */
export async function evidenceOf(ctx: ExaminersCommandContext, credential: Credential): Promise<CredentialEvidence[] | null> {
  if (!actsForExaminer(ctx.actor, credential.examiner.id)) return null;
  return ctx.em.find(CredentialEvidence, { credential: credential.id }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** Upload and download of credential evidence on document links (runtime documents/document-routes.ts). */
export function credentialEvidenceHandlers(config: ExaminersConfig, orm: MikroORM): DocumentHandlers {
  const knex = orm.em.getKnex();
  const store = new PostgresDocumentStore(knex, 'examiners');
  return {
    async upload({ em, actor, link, audit }, body) {
      const now = config.clock.now();
      const evidence = await loadEvidence(em, link.documentId, actor);
      if (evidence.uploadLinkId !== link.linkId || evidence.status !== CredentialEvidenceStatus.PENDING) throw conflict('This upload link was used already; ask for a new one');
      if (!(await spendDocumentLink(knex, 'examiners', link.linkId, actor.id, now))) throw conflict('This upload link was used already; ask for a new one');
      const stored = await store.put(body, { maxBytes: config.evidenceMaxBytes, allowedTypes: CREDENTIAL_EVIDENCE_TYPES, declaredType: evidence.declaredType });
      await em.transactional(async (tx) => {
        const row = await tx.findOneOrFail(CredentialEvidence, evidence.id);
        Object.assign(row, { status: CredentialEvidenceStatus.STORED, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType, storedAt: now, uploadLinkId: null });
      });
      await audit.mutation({ operation: 'uploadCredentialEvidence', recordType: 'CredentialEvidence', recordIds: [evidence.id, evidence.credential.id], details: { size: stored.size, mediaType: stored.mediaType } });
      return { id: evidence.id, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType, status: CredentialEvidenceStatus.STORED };
    },
    async download({ em, actor, link, audit }) {
      const evidence = await loadEvidence(em, link.documentId, actor);
      if (evidence.status !== CredentialEvidenceStatus.STORED || !evidence.sha256) throw forbidden('The document has no content yet');
      if (!(await spendDocumentLink(knex, 'examiners', link.linkId, actor.id, config.clock.now()))) throw conflict('This download link was used already; ask for a new one');
      const found = await store.get(evidence.sha256);
      if (!found) throw new Error(`credential evidence ${evidence.id}: content missing from the store`);
      await audit.read('CredentialEvidence.content', 'Credential', (evidence.credential.getEntity() as Credential).id);
      return { fileName: evidence.fileName, mediaType: found.document.mediaType, size: found.document.size, sha256: evidence.sha256, stream: found.stream };
    },
  };
}
