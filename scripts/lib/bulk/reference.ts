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

export const STATE_OF: Record<string, 'NY' | 'CA' | 'WA' | 'OR' | 'CT'> = {
  'US-NY': 'NY',
  'US-CA': 'CA',
  'US-WA': 'WA',
  'US-OR': 'OR',
  'US-CT': 'CT',
};

/** The seeded jurisdiction rules (migration reference_data): report deadline, distribution, notice. */
export const RULES: Record<
  string,
  { reportDueDays: number | null; unit: 'BUSINESS_DAYS' | 'CALENDAR_DAYS'; recipients: string[]; sameDay: boolean; noticeDays: number; panel: boolean }
> = {
  'US-NY': { reportDueDays: 10, unit: 'BUSINESS_DAYS', recipients: ['BOARD', 'CLIENT', 'TREATING_PHYSICIAN', 'CLAIMANT_REPRESENTATIVE', 'CLAIMANT'], sameDay: true, noticeDays: 10, panel: false },
  'US-CA': { reportDueDays: 30, unit: 'CALENDAR_DAYS', recipients: ['CLIENT', 'CLAIMANT', 'CLAIMANT_REPRESENTATIVE'], sameDay: false, noticeDays: 0, panel: true },
  'US-WA': { reportDueDays: 14, unit: 'CALENDAR_DAYS', recipients: ['CLIENT', 'CLAIMANT'], sameDay: false, noticeDays: 28, panel: false },
  'US-OR': { reportDueDays: null, unit: 'CALENDAR_DAYS', recipients: ['CLIENT', 'CLAIMANT'], sameDay: false, noticeDays: 10, panel: false },
  'US-CT': { reportDueDays: 30, unit: 'CALENDAR_DAYS', recipients: ['CLIENT', 'CLAIMANT', 'CLAIMANT_REPRESENTATIVE'], sameDay: true, noticeDays: 0, panel: false },
};

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
