/**
 * What an audited mutation did, in words, for the History tabs (the audit log names the mutation:
 * docs/security.md, "Audit log"). The mutations people meet most often read as a person would say them; any other
 * is spelled out from its name ("updateJurisdictionRule" → "Update jurisdiction rule"), so none is ever hidden.
 */
const WORDS: Record<string, string> = {
  createExaminer: 'Onboarded',
  updateExaminer: 'Profile changed',
  changeExaminerStatus: 'Status changed',
  addCredential: 'Credential added',
  updateCredential: 'Credential changed',
  renewCredential: 'Renewed (new term)',
  verifyCredential: 'Verified',
  rejectCredential: 'Rejected',
  removeCredential: 'Credential removed',
  requestCredentialEvidenceUpload: 'Evidence attached',
  declareConflict: 'Conflict declared',
  updateConflict: 'Conflict changed',
  removeConflict: 'Conflict removed',
  setAvailability: 'Availability saved',
  recordReputationEvent: 'Reputation event recorded',
  removeReputationEvent: 'Reputation event removed',
  refreshReputation: 'Reputation refreshed',
  updateReputationWeights: 'Weights changed',
  createCase: 'Referral received',
  updateCase: 'Referral corrected',
  proposePanel: 'Panel drawn',
  strikePanelMember: 'Panel member struck',
  selectPanelMember: 'Panel member selected',
  assignExaminer: 'Examiner assigned',
  scheduleExam: 'Exam booked',
  arrangeInterpreter: 'Interpreter arranged',
  serveNotice: 'Notice served',
  markExamined: 'Exam held',
  markNoShow: 'No-show recorded',
  cancelCase: 'Cancelled',
  markCaseReported: 'Marked reported',
  closeCase: 'Closed',
  requestDocumentUpload: 'Document added',
  markDocumentServed: 'Document served',
  startReport: 'Report started',
  updateReport: 'Draft saved',
  deleteReportDraft: 'Draft deleted',
  submitReport: 'Submitted for QA',
  startReportQa: 'QA started',
  requestReportChanges: 'Changes requested by QA',
  finaliseReport: 'Finalised',
  recordReportDeliveries: 'Deliveries recorded',
};

export function describeOperation(operation: string): string {
  const known = WORDS[operation];
  if (known) return known;
  const words = operation.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
