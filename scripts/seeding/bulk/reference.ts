import type { DayCountUnit } from '@imepanel/runtime/calendar';
import { JURISDICTION_RULE_SEEDS } from '../../../subgraphs/cases/src/domain/jurisdiction-rules';

/**
 * The shares the bulk dataset draws from. Not statistics of any real book of business: plausible proportions
 * for an IME panel working five US workers' compensation jurisdictions, so figures and plans look like the
 * real thing (a long tail of small clients, orthopaedics most requested, most claims workers' comp).
 */
export const JURISDICTIONS = [
  ['US-NY', 35],
  ['US-CA', 30],
  ['US-WA', 15],
  ['US-OR', 10],
  ['US-CT', 10],
] as const;

/**
 * The seeded jurisdiction rules (the cases subgraph's JURISDICTION_RULE_SEEDS, the values its reference_data
 * migration inserts), in the shape the case stories use. The notice period is in calendar days: business
 * days converted at seven calendar days to five, rounded up (NY: 7 business days, 10 calendar days); a
 * jurisdiction without a notice rule waits none.
 */
export const RULES: Record<
  string,
  { reportDueDays: number | null; unit: DayCountUnit; recipients: string[]; sameDay: boolean; noticeDays: number; panel: boolean }
> = Object.fromEntries(
  JURISDICTION_RULE_SEEDS.map((rule) => [
    rule.code,
    {
      reportDueDays: rule.reportDueDays,
      unit: rule.reportDueUnit,
      recipients: rule.reportRecipients,
      sameDay: rule.reportSameDay,
      noticeDays: rule.noticeLeadUnit === 'BUSINESS_DAYS' ? Math.ceil(((rule.noticeLeadDays ?? 0) * 7) / 5) : (rule.noticeLeadDays ?? 0),
      panel: rule.panelRequired,
    },
  ]),
);

export const SPECIALTY_SHARES = [
  ['ORTHO', 18],
  ['ORTHO_SPINE', 14],
  ['ORTHO_HAND', 6],
  ['ORTHO_SPORTS', 6],
  ['NEURO', 10],
  ['NEUROSURG', 3],
  ['PSYCH', 8],
  ['PSYCHOLOGY', 5],
  ['PMR', 10],
  ['OCC_MED', 9],
  ['INT_MED', 5],
  ['PAIN', 6],
] as const;

export const LINES_OF_BUSINESS = [
  ['WORKERS_COMP', 70],
  ['AUTO', 12],
  ['DISABILITY', 10],
  ['LIABILITY', 6],
  ['OTHER', 2],
] as const;

export const REASONS = ['CAUSATION', 'EXTENT_OF_INJURY', 'TREATMENT_NEED', 'WORK_CAPACITY', 'IMPAIRMENT_RATING', 'MMI', 'SECOND_OPINION', 'DISPUTE_RESOLUTION'] as const;

export const CLIENT_KINDS = [
  ['INSURER', 55],
  ['TPA', 20],
  ['EMPLOYER', 15],
  ['ATTORNEY', 6],
  ['BOARD', 2],
  ['OTHER', 2],
] as const;

export const ADDENDUM_REASONS = [
  ['LATE_RECORDS', 40],
  ['CLIENT_REQUEST', 25],
  ['QUESTION_NOT_ANSWERED', 20],
  ['CORRECTION', 15],
] as const;

export const CANCELLED_BY = [
  ['CLIENT', 50],
  ['CLAIMANT', 25],
  ['ATTORNEY', 10],
  ['EXAMINER', 10],
  ['ADMIN', 5],
] as const;

export const LANGUAGES = [
  ['en', 85],
  ['es', 10],
  ['zh', 2],
  ['ru', 1.5],
  ['vi', 1.5],
] as const;

export const BODY_PARTS = ['lumbar spine', 'cervical spine', 'left knee', 'right knee', 'left shoulder', 'right shoulder', 'right wrist', 'left hand', 'head', 'hip', 'ankle'];
export const EMPLOYERS = ['Harbor Freight Logistics', 'Summit Healthcare System', 'Metro Transit Authority', 'Evergreen Construction', 'Lakeside School District', 'Pioneer Foods', 'Cascade Lumber', 'Bayview Hospitality', 'Granite State Manufacturing', 'Sunrise Home Care'];
export const CLIENT_WORDS = ['Atlantic', 'Pacific', 'Summit', 'Keystone', 'Liberty', 'Harbor', 'Evergreen', 'Granite', 'Frontier', 'Cascade', 'Prairie', 'Beacon', 'Heritage', 'Pioneer', 'Meridian', 'Union', 'Continental', 'Northstar', 'Sterling', 'Redwood'];
export const CLIENT_SUFFIXES: Record<string, string[]> = {
  INSURER: ['Mutual Insurance', 'Casualty Company', 'Indemnity Group', 'Assurance'],
  TPA: ['Claims Services', 'Risk Administrators', 'Claims Management'],
  EMPLOYER: ['Industries', 'Health System', 'Logistics', 'School District'],
  ATTORNEY: ['& Partners LLP', 'Law Group', 'Legal, PC'],
  BOARD: ['Compensation Board'],
  OTHER: ['Benefits Trust', 'Risk Pool'],
};
export const ICD10 = [
  ['M54.16', 'Radiculopathy, lumbar region'],
  ['M54.2', 'Cervicalgia'],
  ['S83.511A', 'Sprain of anterior cruciate ligament of right knee'],
  ['M75.101', 'Rotator cuff tear of right shoulder'],
  ['G56.01', 'Carpal tunnel syndrome, right upper limb'],
  ['F43.10', 'Post-traumatic stress disorder'],
  ['S06.0X0A', 'Concussion without loss of consciousness'],
  ['M79.7', 'Fibromyalgia'],
] as const;
