/**
 * Each eligibility rule (docs/rules.md, "Eligibility"; the API's EligibilityRule) as a person would ask it. The
 * API's reason says how the examiner fared ("medical licence in US-NY expired 2026-03-01"); this says what was asked.
 */
export const RULE_QUESTIONS: Record<string, string> = {
  STATUS_ACTIVE: 'Is the examiner active on the panel?',
  SPECIALTY: 'Do they hold the specialty the case needs (or one of its sub-specialties)?',
  MEDICAL_LICENSE: "Do they hold a verified medical licence in the case's jurisdiction, valid on the exam date?",
  REQUIRED_CREDENTIALS: 'Do they hold the other credentials the jurisdiction requires (e.g. a QME certification in California)?',
  NOT_TREATING_PROVIDER: "Are they none of the claimant's treating providers?",
  NO_DECLARED_CONFLICT: 'Are they free of any declared conflict with the claimant, the client, the representative or the employer on that date?',
  LANGUAGE: "Do they speak the claimant's language, or is an interpreter arranged?",
  LOCATION: 'Is one of their offices within travel distance of the claimant (or may they examine by telehealth)?',
};

/** The question a rule asks; a rule the console does not know yet is named as the API names it. */
export const ruleQuestion = (rule: string) => RULE_QUESTIONS[rule] ?? rule;

/** The verdict in one sentence: eligible, or which rules failed. */
export function verdict(examinerName: string, eligible: boolean, rules: { rule: string; passed: boolean }[]): string {
  if (eligible) return `${examinerName} is eligible for this case: every rule passed.`;
  const failed = rules.filter((r) => !r.passed).length;
  return `${examinerName} is not eligible for this case: ${failed} of ${rules.length} rules failed.`;
}
