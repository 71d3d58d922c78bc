import { SCHEMA_ENUMS } from 'virtual:schema-enums';

/** Turns an API enum value into words: PENDING_REVIEW → "Pending review", QME_CERTIFICATION → "QME certification". */
export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  const acronyms = new Set(['QME', 'IME', 'DEA', 'QA', 'MMI', 'NPI', 'TPA', 'US']);
  return value
    .split('_')
    .map((word, i) => (acronyms.has(word) ? word : i === 0 ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase()))
    .join(' ');
}

const choices = (values: readonly string[]) => values.map((id) => ({ id, name: humanize(id) }));

/** An enum's values in the schema's order, as the committed SDL declares them (virtual:schema-enums, vite.config.ts). */
function enumValues(name: string): readonly string[] {
  const values = SCHEMA_ENUMS[name];
  if (!values) throw new Error(`schema/supergraph.graphql declares no enum ${name}`);
  return values;
}

export const EXAMINER_STATUSES = enumValues('ExaminerStatus');
export const CREDENTIAL_KINDS = enumValues('CredentialKind');
export const VERIFICATION_STATUSES = enumValues('VerificationStatus');
export const REPUTATION_EVENT_KINDS = enumValues('ReputationEventKind');
export const CASE_STATUSES = enumValues('CaseStatus');
export const CASE_PRIORITIES = enumValues('CasePriority');
export const LINES_OF_BUSINESS = enumValues('LineOfBusiness');
export const REPORT_STATUSES = enumValues('ReportStatus');
export const REPORT_KINDS = enumValues('ReportKind');
export const PARTY_TYPES = enumValues('PartyType');
export const CLIENT_KINDS = enumValues('ClientKind');

export const examinerStatusChoices = choices(EXAMINER_STATUSES);
export const credentialKindChoices = choices(CREDENTIAL_KINDS);
export const verificationStatusChoices = choices(VERIFICATION_STATUSES);
export const reputationEventKindChoices = choices(REPUTATION_EVENT_KINDS);
export const caseStatusChoices = choices(CASE_STATUSES);
export const casePriorityChoices = choices(CASE_PRIORITIES);
export const lineOfBusinessChoices = choices(LINES_OF_BUSINESS);
export const reportStatusChoices = choices(REPORT_STATUSES);
export const reportKindChoices = choices(REPORT_KINDS);
export const clientKindChoices = choices(CLIENT_KINDS);
