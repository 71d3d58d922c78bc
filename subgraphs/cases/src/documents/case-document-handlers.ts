import { PostgresDocumentStore, forbidden, conflict, spendDocumentLink, storedPdfPageCount, type DocumentHandlers, type DocumentStore } from '@imepanel/runtime';
import type { MikroORM } from '@mikro-orm/postgresql';
import { caseScope } from '../access';
import { dayOf } from '../commands/case-loading';
import { loadCaseDocument } from '../commands/document-commands';
import type { CasesConfig } from '../config';
import { ALLOWED_DOCUMENT_TYPES } from '../domain/records-release';
import { CaseDocument, CaseDocumentStatus } from '../entities';

/** The cases subgraph's document store: PostgreSQL, in schema `cases` (docs/documents.md, "Storage"). */
export const casesDocumentStore = (orm: MikroORM): DocumentStore => new PostgresDocumentStore(orm.em.getKnex(), 'cases');

/**
 * What the cases subgraph does on a document link (runtime documents/document-routes.ts): stores an upload for
 * the PENDING record its link was issued for, checked against the kind's size limit and types, counts a PDF's
 * pages and appends the document to the case's chain of custody; streams a download to an actor who may see it,
 * with the read audited as a read of personal data.
 */
export function caseDocumentHandlers(config: CasesConfig, orm: MikroORM): DocumentHandlers {
  const store = casesDocumentStore(orm);
  const knex = orm.em.getKnex();
  return {
    async upload({ em, actor, link, log, audit }, body) {
      const now = config.clock.now();
      const document = await em.findOne(CaseDocument, { $and: [{ id: link.documentId }, { case: caseScope(actor) }] });
      if (!document || document.uploadLinkId !== link.linkId || document.status !== CaseDocumentStatus.PENDING) {
        throw conflict('This upload link was used already, or its document was stored; ask for a new upload link');
      }
      if (!(await spendDocumentLink(knex, 'cases', link.linkId, actor.id, now))) throw conflict('This upload link was used already; ask for a new one');
      const stored = await store.put(body, {
        maxBytes: config.documentMaxBytes[document.kind],
        allowedTypes: ALLOWED_DOCUMENT_TYPES[document.kind],
        declaredType: document.declaredType,
      });
      const pageCount = await storedPdfPageCount(store, stored);
      await em.transactional(async (tx) => {
        // Stored in this flush: the chain of custody takes the document in the same transaction (custody/custody-chain.ts).
        const row = await tx.findOneOrFail(CaseDocument, document.id);
        Object.assign(row, { status: CaseDocumentStatus.STORED, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType, pageCount, storedAt: now, uploadLinkId: null });
      });
      // The bytes arrived outside GraphQL: their arrival is a mutation of its own on the audit log.
      await audit.mutation({ operation: 'uploadDocument', recordType: 'CaseDocument', recordIds: [document.id, document.case.id], details: { size: stored.size, mediaType: stored.mediaType } });
      log.info({ documentId: document.id, size: stored.size, mediaType: stored.mediaType }, 'case document stored');
      return { id: document.id, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType, pageCount, status: CaseDocumentStatus.STORED };
    },

    async download({ em, actor, link, audit }) {
      const now = config.clock.now();
      const document = await loadCaseDocument(em, link.documentId, actor, dayOf(now));
      if (document.status !== CaseDocumentStatus.STORED || !document.sha256) throw forbidden('The document has no content yet');
      if (!(await spendDocumentLink(knex, 'cases', link.linkId, actor.id, now))) throw conflict('This download link was used already; ask for a new one');
      const found = await store.get(document.sha256);
      if (!found) throw new Error(`document ${document.id}: content ${document.sha256} is missing from the store`);
      // Claimant records: every download is on record before a byte goes out (docs/security.md, "Audit log").
      await audit.read('CaseDocument.content', 'CaseDocument', document.id);
      await audit.read('CaseDocument.content', 'Case', document.case.id);
      return { fileName: document.fileName, mediaType: found.document.mediaType, size: found.document.size, sha256: document.sha256, stream: found.stream };
    },
  };
}
