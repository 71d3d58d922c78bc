/** Documents in the console (docs/documents.md): panels other pages embed, and a page of a case's records. */
export { CaseDocumentsPanel } from './CaseDocumentsPanel';
export { CaseDocumentsPage } from './CaseDocumentsPage';
export { CredentialEvidencePanel } from './CredentialEvidencePanel';
export { ReportPdfButton } from './ReportPdfButton';
