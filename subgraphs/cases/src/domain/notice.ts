import { accommodationSentences, type AccommodationArranged } from './exam-arrangements';

/**
 * The notice served on the claimant before an IME (claimant right 1, "informed", docs/rules.md): the purpose
 * and nature of the exam, the examiner, and the claimant's rights in the jurisdiction. Plain text, kept on the
 * case exactly as served.
 */
export interface NoticeFacts {
  jurisdictionName: string;
  reasons: string[];
  bodyParts: string[];
  examFormat: 'IN_PERSON' | 'TELEHEALTH';
  examinerName: string;
  examScheduledAt: Date;
  location: string | null;
  recordingAllowed: boolean;
  observerAllowed: boolean;
  panelRequired: boolean;
  reportRecipients: string[];
  interpreterNeeded: boolean;
  /** What was arranged and confirmed for the exam (docs/rules.md, "Scheduling"): the notice says so. */
  interpreter?: { language: string | null; name: string | null; agency: string | null; accommodation: string | null } | null;
  /** The accommodations arranged for the exam (docs/rules.md, "Interpreters and accommodations"): the notice names the confirmed ones. */
  accommodations?: readonly AccommodationArranged[];
  /** The IANA zone the exam's time is given in: the office's, or the claimant's for telehealth (docs/rules.md, "Time zones"). */
  examTimeZone?: string;
}

const REASON_QUESTIONS: Record<string, string> = {
  CAUSATION: 'what caused the injury or illness',
  EXTENT_OF_INJURY: 'how severe the injury is',
  TREATMENT_NEED: 'whether ongoing treatment is needed or reasonable',
  WORK_CAPACITY: 'whether you can work or do daily activities, and with what restrictions',
  IMPAIRMENT_RATING: 'the degree of any permanent impairment',
  MMI: 'whether you have reached maximum medical improvement',
  SECOND_OPINION: 'a second opinion on your diagnosis or treatment plan',
  DISPUTE_RESOLUTION: 'facts needed to resolve a disputed claim',
};

export function noticePurpose(facts: Pick<NoticeFacts, 'reasons' | 'bodyParts' | 'examFormat' | 'location'>): string {
  const questions = facts.reasons.map((r) => REASON_QUESTIONS[r] ?? r.toLowerCase());
  const parts = facts.bodyParts.length ? ` concerning ${facts.bodyParts.join(', ')}` : '';
  const nature =
    facts.examFormat === 'TELEHEALTH'
      ? 'a video examination, a review of your medical records and a discussion of your history'
      : `an in-person physical examination${facts.location ? ` at ${facts.location}` : ''}, a review of your medical records and a discussion of your history`;
  return `An independent medical examination${parts} to answer ${questions.join('; ')}. The examination consists of ${nature}. The examiner has no prior relationship with you and will not treat you.`;
}

/** The rights statement for the jurisdiction, one numbered line per right. */
export function rightsStatement(facts: NoticeFacts): string {
  const rights = [
    `You will receive a copy of the examiner's report${facts.reportRecipients.includes('CLAIMANT') ? '' : ' on request'}.`,
    'You may give feedback on or complain about the examination; complaints count toward the examiner’s record.',
    facts.interpreterNeeded ? interpreterSentence(facts.interpreter ?? null) : 'You may ask for an interpreter at no cost to you.',
    ...(facts.interpreter?.accommodation ? [`Arranged for you: ${facts.interpreter.accommodation}.`] : []),
    ...accommodationSentences(facts.accommodations ?? []),
  ];
  if (facts.recordingAllowed) rights.push(`You may record the examination (${facts.jurisdictionName}).`);
  if (facts.observerAllowed) rights.push('You may bring a person of your choosing to observe the examination.');
  if (facts.panelRequired) rights.push('You may choose, or strike, examiners from the panel offered to you.');
  rights.push('The examiner may not perform any procedure you do not consent to.');
  return rights.map((r, i) => `${i + 1}. ${r}`).join('\n');
}

/** The notice's sentence on the interpreter arranged (name or agency, language), or the promise of one. */
function interpreterSentence(arranged: NonNullable<NoticeFacts['interpreter']> | null): string {
  const who = arranged?.name && arranged.agency ? `${arranged.name} (${arranged.agency})` : (arranged?.name ?? arranged?.agency);
  if (!who) return 'An interpreter will be provided at no cost to you.';
  return `An interpreter${arranged?.language ? ` for language "${arranged.language}"` : ''}, ${who}, is confirmed for the exam at no cost to you.`;
}
