/**
 * Evidence of a credential (docs/documents.md, "Credential evidence"): a scan of the licence, a certificate of
 * insurance or of certification, kept with the credential; a verification names the document it was checked against.
 */
export const CREDENTIAL_EVIDENCE_KINDS = ['LICENCE_SCAN', 'CERTIFICATE_OF_INSURANCE', 'CERTIFICATE', 'OTHER'] as const;
export type CredentialEvidenceKind = (typeof CREDENTIAL_EVIDENCE_KINDS)[number];

/** Media types (detected from the content) evidence may have: PDFs and scans. */
export const CREDENTIAL_EVIDENCE_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'];

export const CREDENTIAL_EVIDENCE_STATUSES = ['PENDING', 'STORED'] as const;
