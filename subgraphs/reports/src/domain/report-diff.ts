/**
 * Report versions and the readable difference between two of them (docs/documents.md, "Report versions"): what the
 * examiner wrote, as it stood at each save, submission and finalisation. NY penalises a materially altered report
 * (WCL §13-n); the versions show what changed, when, and who changed it.
 */

/** The content of a report a version keeps (the fields the examiner writes). */
export const REPORT_CONTENT_FIELDS = [
  'history',
  'findings',
  'diagnoses',
  'answers',
  'causationOpinion',
  'mmiReached',
  'mmiDate',
  'impairmentPercent',
  'impairmentGuideEdition',
  'impairmentTable',
  'impairmentPage',
  'workCapacity',
  'workRestrictions',
  'treatmentRecommendations',
  'recordsReviewed',
  'reviewedRecords',
  'examStartedAt',
  'examEndedAt',
] as const;
export type ReportContentField = (typeof REPORT_CONTENT_FIELDS)[number];
export type ReportSnapshot = Partial<Record<ReportContentField, unknown>> & { status?: string };

/** What a version records: a saved draft, a submission to QA, the final report, or an addendum's. */
export const REPORT_VERSION_EVENTS = ['CREATED', 'SAVED', 'SUBMITTED', 'FINALISED'] as const;
export type ReportVersionEvent = (typeof REPORT_VERSION_EVENTS)[number];

export interface FieldChange {
  field: string;
  /** The whole value before and after, as text. */
  before: string | null;
  after: string | null;
  /** Line by line: "  kept", "- removed", "+ added". */
  lines: string[];
}

/** One value as readable text: a list one item per line, an object as "key: value" pairs. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => displayValue(item) ?? '').join('\n');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join(', ');
  }
  return String(value);
}

/** Sentences and lines: the unit a reader compares in a paragraph of clinical prose. */
const units = (text: string | null) => (text === null ? [] : text.split(/\n|(?<=[.;!?])\s+/).map((s) => s.trim()).filter(Boolean));

/** A line diff by longest common subsequence. */
export function diffLines(before: string[], after: string[]): string[] {
  const m = before.length;
  const n = after.length;
  const lcs: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (before[i] === after[j]) {
      out.push(`  ${before[i]}`);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push(`- ${before[i++]}`);
    else out.push(`+ ${after[j++]}`);
  }
  while (i < m) out.push(`- ${before[i++]}`);
  while (j < n) out.push(`+ ${after[j++]}`);
  return out;
}

/** The fields that differ between two snapshots, in the order of REPORT_CONTENT_FIELDS, each with its line diff. */
export function diffSnapshots(from: ReportSnapshot, to: ReportSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ['status', ...REPORT_CONTENT_FIELDS] as const) {
    const before = displayValue(from[field]);
    const after = displayValue(to[field]);
    if (before === after) continue;
    changes.push({ field, before, after, lines: diffLines(units(before), units(after)) });
  }
  return changes;
}
