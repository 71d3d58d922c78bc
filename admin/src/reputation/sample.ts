/**
 * How much a reputation score rests on (docs/console.md, "Reputation"): the reports and appointments the latest
 * refresh counted for it (ExaminerReputation.reportsCounted / examsCounted).
 */
export interface ReputationSample {
  reportsCounted?: number | null;
  examsCounted?: number | null;
}

/**
 * Below this many reports a score is shown as low-confidence: with n reports the on-time rate moves in steps of
 * 1/n, so under five reports a single late report moves the timeliness component by more than 20 points.
 */
export const LOW_CONFIDENCE_REPORTS = 5;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "from 1 report" (and the appointments when there is no report), and whether that is too few to lean on; null before any refresh. */
export function sampleCue(sample: ReputationSample | null | undefined): { text: string; low: boolean } | null {
  const reports = sample?.reportsCounted;
  const exams = sample?.examsCounted;
  if (reports === null || reports === undefined) return null;
  const text =
    reports > 0
      ? `from ${plural(reports, 'report', 'reports')}`
      : exams
        ? `from ${plural(exams, 'appointment', 'appointments')}, no report`
        : 'from no report or appointment';
  return { text, low: reports < LOW_CONFIDENCE_REPORTS };
}
