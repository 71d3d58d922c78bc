/**
 * The examiner reputation composite, 0–100 (docs/rules.md, "Reputation").
 *
 * Opinion-neutral by construction: every input measures how an examiner works — on time, complete, reliable,
 * courteous, credentialed — and none says what the examiner concluded. No input may ever be derived from
 * whose side a report's findings favour (causation found or not, impairment high or low, claimant fit for
 * work or not); doing so would reward examiners for siding with whoever orders the most exams.
 *
 * Each component maps its inputs to 0..100 (formulas on the functions below). A component without data —
 * a null rate, no reports, no exams — is left out and the admin-set weights are renormalised over the
 * components that remain, so a new examiner is neither rewarded nor punished for missing history. With no
 * component at all, the score is null ("not enough data"), not 0 or 100.
 */

export interface ReputationInputs {
  /** Final reports in the period; 0 leaves out the report-based components. */
  reportsCounted: number;
  /** Share of reports delivered by their due date, 0..1. */
  onTimeRate: number | null;
  medianTurnaroundDays: number | null;
  /** Addenda per report, 0..1, not counting LATE_RECORDS addenda: records arriving late are not the examiner's fault. */
  addendumRateExcludingLateRecords: number | null;
  /** Share of reports passing QA at the first review, 0..1. */
  qaFirstPassRate: number | null;
  /** QA audit scores, each 0..100. */
  auditScores: number[];
  /** Exams held or due in the period; 0 leaves out the exam-based parts. */
  examsCounted: number;
  /** No-shows caused by the examiner (not the claimant's). */
  examinerNoShows: number;
  /** Cancellations by the examiner too late to rebook without delaying the claimant. */
  examinerLateCancellations: number;
  complaints: number;
  commendations: number;
  /** Times a required credential lapsed while the examiner was ACTIVE. */
  credentialLapses: number;
  /** Client ratings of service (1..5) — timeliness, communication — never of the findings. */
  clientFeedback: number[];
  /** Claimant ratings of the exam experience (1..5): respect, explanation, punctuality. */
  claimantFeedback: number[];
}

export type ReputationComponent = 'timeliness' | 'turnaround' | 'completeness' | 'qa' | 'audit' | 'reliability' | 'conduct' | 'credentials';
export const REPUTATION_COMPONENTS = [
  'timeliness',
  'turnaround',
  'completeness',
  'qa',
  'audit',
  'reliability',
  'conduct',
  'credentials',
] as const satisfies readonly ReputationComponent[];

/** Non-negative weights per component; they need not sum to 1. */
export type ReputationWeights = Record<ReputationComponent, number>;

/** The defaults of the admin's weights row: timeliness first, as late reports are what regulators count. */
export const DEFAULT_REPUTATION_WEIGHTS: Readonly<ReputationWeights> = {
  timeliness: 0.25,
  turnaround: 0.1,
  completeness: 0.15,
  qa: 0.15,
  audit: 0.1,
  reliability: 0.1,
  conduct: 0.1,
  credentials: 0.05,
};

export interface ReputationComponentResult {
  name: ReputationComponent;
  /** 0..100, or null when there is no data for it. */
  value: number | null;
  /** The normalised weight actually applied: 0 when the component is left out. The applied weights sum to 1. */
  weight: number;
  /** value × weight; the contributions sum to the score. */
  contribution: number;
}

export interface ReputationResult {
  score: number | null;
  components: ReputationComponentResult[];
}

/** Turnaround at or under this many days scores 100 … */
export const TURNAROUND_FULL_SCORE_DAYS = 10;
/** … falling linearly to 0 at this many days. */
export const TURNAROUND_ZERO_SCORE_DAYS = 60;
/** Each credential lapse costs this many points. */
export const POINTS_PER_CREDENTIAL_LAPSE = 25;
/** Each commendation adds this many points to conduct, up to the cap below. */
export const POINTS_PER_COMMENDATION = 2;
export const MAX_COMMENDATION_POINTS = 10;

const clamp = (value: number) => Math.min(100, Math.max(0, value));
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Timeliness = 100 × on-time rate. */
export function timelinessScore(inputs: ReputationInputs): number | null {
  if (inputs.reportsCounted === 0 || inputs.onTimeRate === null) return null;
  return 100 * inputs.onTimeRate;
}

/** Turnaround = 100 at ≤ 10 days, linearly down to 0 at ≥ 60 days of median turnaround. */
export function turnaroundScore(inputs: ReputationInputs): number | null {
  if (inputs.reportsCounted === 0 || inputs.medianTurnaroundDays === null) return null;
  const span = TURNAROUND_ZERO_SCORE_DAYS - TURNAROUND_FULL_SCORE_DAYS;
  return clamp((100 * (TURNAROUND_ZERO_SCORE_DAYS - inputs.medianTurnaroundDays)) / span);
}

/**
 * Completeness = 100 − 200 × addendum rate (excluding late-records addenda), clamped: no addenda scores 100,
 * one report in ten needing an addendum scores 80, one in two scores 0.
 */
export function completenessScore(inputs: ReputationInputs): number | null {
  if (inputs.reportsCounted === 0 || inputs.addendumRateExcludingLateRecords === null) return null;
  return clamp(100 - 200 * inputs.addendumRateExcludingLateRecords);
}

/** QA = 100 × first-pass rate. QA reviews form and completeness only, never the opinion. */
export function qaScore(inputs: ReputationInputs): number | null {
  if (inputs.reportsCounted === 0 || inputs.qaFirstPassRate === null) return null;
  return 100 * inputs.qaFirstPassRate;
}

/** Audit = mean of the QA audit scores. */
export function auditScore(inputs: ReputationInputs): number | null {
  return inputs.auditScores.length === 0 ? null : mean(inputs.auditScores);
}

/**
 * Reliability = 100 − 1000 × (examiner no-shows + late cancellations) / exams, clamped: each failure in 100
 * exams costs 10 points, one in ten scores 0. A claimant left waiting is the worst service failure.
 */
export function reliabilityScore(inputs: ReputationInputs): number | null {
  if (inputs.examsCounted === 0) return null;
  return clamp(100 - (1000 * (inputs.examinerNoShows + inputs.examinerLateCancellations)) / inputs.examsCounted);
}

/**
 * Conduct = mean of the parts that have data, plus commendations, clamped to 0..100:
 * - complaints: 100 − 20 × complaints per 100 exams (5 per 100 scores 0); needs exams;
 * - feedback: a 1..5 average mapped to 0..100 as (average − 1) × 25, where the client average and the
 *   claimant average count equally however many ratings each side gave. Weighting the two sides equally keeps
 *   either from steering the score, and the ratings are of service and respect, not of the findings;
 * - commendations: +2 each, at most +10, so praise cannot outweigh a pattern of complaints.
 * Commendations alone, without complaint or feedback data, give no conduct value.
 */
export function conductScore(inputs: ReputationInputs): number | null {
  const parts: number[] = [];
  if (inputs.examsCounted > 0) {
    const complaintsPer100Exams = (100 * inputs.complaints) / inputs.examsCounted;
    parts.push(clamp(100 - 20 * complaintsPer100Exams));
  }
  const sides = [inputs.clientFeedback, inputs.claimantFeedback].filter((ratings) => ratings.length > 0).map(mean);
  if (sides.length > 0) parts.push((mean(sides) - 1) * 25);
  if (parts.length === 0) return null;
  const bonus = Math.min(MAX_COMMENDATION_POINTS, POINTS_PER_COMMENDATION * inputs.commendations);
  return clamp(mean(parts) + bonus);
}

/**
 * Credentials = 100 − 25 per lapse, floored at 0. A clean record on its own says nothing about a brand-new
 * examiner, so this component needs some activity (reports or exams) or a lapse to count.
 */
export function credentialsScore(inputs: ReputationInputs): number | null {
  const active = inputs.reportsCounted > 0 || inputs.examsCounted > 0;
  if (!active && inputs.credentialLapses === 0) return null;
  return clamp(100 - POINTS_PER_CREDENTIAL_LAPSE * inputs.credentialLapses);
}

const COMPONENT_SCORES: Record<ReputationComponent, (inputs: ReputationInputs) => number | null> = {
  timeliness: timelinessScore,
  turnaround: turnaroundScore,
  completeness: completenessScore,
  qa: qaScore,
  audit: auditScore,
  reliability: reliabilityScore,
  conduct: conductScore,
  credentials: credentialsScore,
};

/** Refuses impossible inputs (negative counts, rates outside 0..1, ratings off their scale) with a RangeError. */
function checkInputs(inputs: ReputationInputs): void {
  const problems: string[] = [];
  const counts = ['reportsCounted', 'examsCounted', 'examinerNoShows', 'examinerLateCancellations', 'complaints', 'commendations', 'credentialLapses'] as const;
  for (const name of counts) {
    const value = inputs[name];
    if (!Number.isInteger(value) || value < 0) problems.push(`${name} must be a whole number, zero or more (got ${value})`);
  }
  for (const name of ['onTimeRate', 'addendumRateExcludingLateRecords', 'qaFirstPassRate'] as const) {
    const value = inputs[name];
    if (value !== null && !(value >= 0 && value <= 1)) problems.push(`${name} must be from 0 to 1 (got ${value})`);
  }
  if (inputs.medianTurnaroundDays !== null && !(inputs.medianTurnaroundDays >= 0)) {
    problems.push(`medianTurnaroundDays must be zero or more (got ${inputs.medianTurnaroundDays})`);
  }
  if (inputs.auditScores.some((s) => !(s >= 0 && s <= 100))) problems.push('auditScores must each be from 0 to 100');
  if (inputs.clientFeedback.some((s) => !(s >= 1 && s <= 5))) problems.push('clientFeedback ratings must each be from 1 to 5');
  if (inputs.claimantFeedback.some((s) => !(s >= 1 && s <= 5))) problems.push('claimantFeedback ratings must each be from 1 to 5');
  if (problems.length > 0) throw new RangeError(`Invalid reputation inputs: ${problems.join('; ')}`);
}

/**
 * The composite: Σ value × weight / Σ weight over the components with data. Weights are validated
 * (see validateWeights) and a RangeError lists what is wrong with them or with the inputs.
 */
export function computeReputation(inputs: ReputationInputs, weights: ReputationWeights = DEFAULT_REPUTATION_WEIGHTS): ReputationResult {
  checkInputs(inputs);
  const weightProblems = validateWeights(weights);
  if (weightProblems.length > 0) {
    throw new RangeError(`Invalid reputation weights: ${weightProblems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }
  const values = REPUTATION_COMPONENTS.map((name) => ({ name, value: COMPONENT_SCORES[name](inputs) }));
  const presentWeight = values.reduce((sum, c) => sum + (c.value === null ? 0 : weights[c.name]), 0);
  const components = values.map(({ name, value }) => {
    const weight = value === null || presentWeight === 0 ? 0 : weights[name] / presentWeight;
    return { name, value, weight, contribution: value === null ? 0 : value * weight };
  });
  // No data at all, or data only where the admin set a zero weight: nothing to score on.
  const score = presentWeight === 0 ? null : clamp(components.reduce((sum, c) => sum + c.contribution, 0));
  return { score, components };
}

export interface WeightProblem {
  /** The weight's name, e.g. 'timeliness'. */
  field: ReputationComponent;
  message: string;
}

/**
 * Field errors for a set of weights: each must be a finite number, zero or more, and at least one must be
 * positive (reported against every field, since no single one is at fault). Empty when valid.
 */
export function validateWeights(weights: Partial<Record<ReputationComponent, unknown>>): WeightProblem[] {
  const problems: WeightProblem[] = [];
  let total = 0;
  for (const field of REPUTATION_COMPONENTS) {
    const value = weights[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ field, message: `The ${field} weight must be a number, zero or more` });
    } else if (value < 0) {
      problems.push({ field, message: `The ${field} weight must be zero or more, got ${value}` });
    } else {
      total += value;
    }
  }
  if (problems.length === 0 && total === 0) {
    for (const field of REPUTATION_COMPONENTS) {
      problems.push({ field, message: 'At least one weight must be above zero' });
    }
  }
  return problems;
}
