/** What each component of the composite measures (docs/rules.md: opinion-neutral — never whose side findings favour). */
export const COMPONENT_LABELS: Record<string, { label: string; measures: string }> = {
  timeliness: { label: 'Timeliness', measures: 'Share of reports first submitted by their due date' },
  turnaround: { label: 'Turnaround', measures: 'Median days from exam to report' },
  completeness: { label: 'Completeness', measures: 'Addenda per report, excluding late-records addenda' },
  qa: { label: 'QA first pass', measures: 'Share of reports passing QA at the first review' },
  audit: { label: 'QA audits', measures: 'Scores of recorded QA audits' },
  reliability: { label: 'Reliability', measures: 'Examiner-caused no-shows and late cancellations' },
  conduct: { label: 'Conduct', measures: 'Complaints per 100 exams, feedback, commendations' },
  credentials: { label: 'Credentials', measures: 'Credential lapses' },
};

export const componentLabel = (name: string) => COMPONENT_LABELS[name]?.label ?? name;

export const formatScore = (score: number | null | undefined) => (score === null || score === undefined ? '—' : score.toFixed(1));
