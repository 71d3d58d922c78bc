import { claimantCaseId, forbidden, conflict, notFound, spendDocumentLink, PostgresDocumentStore, type DocumentHandlers } from '@imepanel/runtime';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadReport } from '../commands/report-commands';
import { Report, ReportStatus } from '../entities';

/**
 * The reports subgraph's document links: downloads of a final report's PDF, for whoever may read the report's
 * content, audited as a read of it (docs/security.md, "Audit log"). Report PDFs are generated, never uploaded.
 */
export function reportDocumentHandlers(orm: MikroORM): DocumentHandlers {
  const knex = orm.em.getKnex();
  const store = new PostgresDocumentStore(knex, 'reports');
  return {
    async upload() {
      throw forbidden('Report PDFs are generated when the report becomes final; they are not uploaded');
    },
    async download({ em, actor, link, audit }) {
      // A claimant portal session downloads its own case's final report only (docs/claimant-portal.md).
      const report =
        actor.role === 'CLAIMANT' ? await em.findOne(Report, { id: link.documentId, caseId: claimantCaseId(actor), status: { $in: [ReportStatus.FINAL, ReportStatus.DELIVERED] } }) : await loadReport(em, link.documentId, actor);
      if (!report) throw notFound('Report', link.documentId);
      if (!report.pdfSha256) throw forbidden('The report has no PDF: it is generated when the report becomes final');
      if (!(await spendDocumentLink(knex, 'reports', link.linkId, actor.id, new Date()))) throw conflict('This download link was used already; ask for a new one');
      const found = await store.get(report.pdfSha256);
      if (!found) throw new Error(`report ${report.id}: PDF ${report.pdfSha256} is missing from the store`);
      await audit.read('Report.content', 'Report', report.id);
      return { fileName: `report-${report.id}.pdf`, mediaType: 'application/pdf', size: found.document.size, sha256: report.pdfSha256, stream: found.stream };
    },
  };
}
