import { Readable } from 'node:stream';
import { PDFDocument } from 'pdf-lib';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CasesCommandContext } from '../context';
import { dayOf } from '../commands/case-loading';
import type { NoticeFacts } from '../domain/notice';
import { CaseDocument, CaseDocumentKind, CaseDocumentStatus, CaseParty, type Case } from '../entities';
import { renderNoticePdf } from './notice-pdf';

export interface StoredNoticeLetter {
  sha256: string;
  size: number;
  pageCount: number;
  language: string;
  servedAt: Date;
  /** The letter's bytes, base64, to attach to the notice e-mail. */
  contentBase64: string;
}

/**
 * Renders the notice as a letter in the claimant's language and stores it (docs/documents.md, "Generated PDFs"):
 * generated once, when the notice is served, so the claimant, the case and the chain of custody hold these bytes.
 */
export async function storeNoticeLetter(
  ctx: CasesCommandContext,
  kase: Case,
  notice: { facts: NoticeFacts; servedAt: Date; method: string; purpose: string; rightsStatement: string; accessLink?: string | null },
): Promise<StoredNoticeLetter> {
  const claimant = kase.claimant;
  const address = [claimant.addressLine1, [claimant.city, claimant.region, claimant.postalCode].filter(Boolean).join(' ')].filter((line): line is string => Boolean(line));
  const bytes = await renderNoticePdf({
    language: claimant.language,
    claimantName: `${claimant.firstName} ${claimant.lastName}`,
    claimantAddress: address,
    caseReference: kase.referenceNumber,
    servedAt: notice.servedAt,
    method: notice.method,
    facts: notice.facts,
    purpose: notice.purpose,
    rightsStatement: notice.rightsStatement,
    issuer: ctx.settings.imeEntityName,
    accessLink: notice.accessLink ?? null,
  });
  const stored = await ctx.settings.documents.put(Readable.from([Buffer.from(bytes)]), { maxBytes: Number.MAX_SAFE_INTEGER, allowedTypes: ['application/pdf'], declaredType: 'application/pdf' });
  return {
    sha256: stored.sha256,
    size: stored.size,
    pageCount: (await PDFDocument.load(bytes)).getPageCount(),
    language: claimant.language,
    servedAt: notice.servedAt,
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}

/** The case's record of the served letter: a NOTICE document, stored, provided by the platform. */
export function noticeDocument(em: EntityManager, kase: Case, letter: StoredNoticeLetter): CaseDocument {
  return em.create(CaseDocument, {
    case: kase,
    kind: CaseDocumentKind.NOTICE,
    fileName: `notice-${kase.referenceNumber}-${letter.language}.pdf`,
    declaredType: 'application/pdf',
    providedBy: CaseParty.ADMIN,
    receivedOn: dayOf(letter.servedAt),
    status: CaseDocumentStatus.STORED,
    sha256: letter.sha256,
    size: letter.size,
    mediaType: 'application/pdf',
    pageCount: letter.pageCount,
    storedAt: letter.servedAt,
    uploadedBy: 'platform',
  });
}
