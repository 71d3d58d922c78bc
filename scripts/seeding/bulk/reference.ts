import { holidayCalendar, type DayCountUnit, type HolidayCalendar } from '@imepanel/runtime/calendar';
import { computedHolidays } from '../../../subgraphs/cases/src/domain/holiday-calendar';
import { JURISDICTION_RULE_SEEDS } from '../../../subgraphs/cases/src/domain/jurisdiction-rules';
import { earliestExamDate } from '../../../subgraphs/cases/src/domain/scheduling';
import { requiredRecipients, type Recipient } from '../../../subgraphs/reports/src/domain/delivery-rules';
import type { ClientKind } from '../../../subgraphs/cases/src/entities/enums';
import type { AddendumReason, CaseParty, LineOfBusiness } from '@imepanel/runtime/vocabulary';

/** How often each value of a vocabulary is drawn: the values are the vocabulary's (checked), the weights the load's. */
type Shares<Value extends string> = readonly (readonly [Value, number])[];

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

/** The years the bulk's holiday calendars cover: far beyond any date it draws. */
const HOLIDAY_YEARS = [2000, 2100] as const;

export interface BulkRule {
  reportDueDays: number | null;
  unit: DayCountUnit;
  sameDay: boolean;
  panel: boolean;
  /** The jurisdiction's holidays, as the cases migrations seed them (a business-day count skips them). */
  holidays: HolidayCalendar;
  /** Who must receive the final report: the reports domain's rule for a case with a treating physician (every bulk case names one). */
  recipients(represented: boolean): Recipient[];
  /** The first day an exam may take place when its notice is served on `servedOn` (the cases domain's lead time). */
  earliestExamOn(servedOn: string): string;
}

/**
 * The seeded jurisdiction rules (the cases subgraph's JURISDICTION_RULE_SEEDS, the values its reference_data
 * migration inserts), with the domain rules the case stories follow: the notice lead time (business days
 * skip the holidays) and the required report recipients.
 */
export const RULES: Record<string, BulkRule> = Object.fromEntries(
  JURISDICTION_RULE_SEEDS.map((rule) => {
    const holidays = holidayCalendar(rule.code, ...HOLIDAY_YEARS, computedHolidays(rule.holidayCalendar, ...HOLIDAY_YEARS).map((h) => h.date));
    const earliest = new Map<string, string>();
    const recipients = [false, true].map((claimantRepresented) =>
      requiredRecipients({ jurisdictionRecipients: rule.reportRecipients as Recipient[], claimantRepresented, hasTreatingPhysician: true }),
    );
    const bulkRule: BulkRule = {
      reportDueDays: rule.reportDueDays,
      unit: rule.reportDueUnit,
      sameDay: rule.reportSameDay,
      panel: rule.panelRequired,
      holidays,
      recipients: (represented) => recipients[represented ? 1 : 0]!,
      earliestExamOn: (servedOn) => {
        let day = earliest.get(servedOn);
        if (day === undefined) earliest.set(servedOn, (day = earliestExamDate({ rule, today: servedOn, holidays })));
        return day;
      },
    };
    return [rule.code, bulkRule];
  }),
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
] as const satisfies Shares<LineOfBusiness>;

/** Every reason an IME can be ordered for, drawn at 30 % each. */
export { IME_REASONS as REASONS } from '@imepanel/runtime/vocabulary';

export const CLIENT_KINDS = [
  ['INSURER', 55],
  ['TPA', 20],
  ['EMPLOYER', 15],
  ['ATTORNEY', 6],
  ['BOARD', 2],
  ['OTHER', 2],
] as const satisfies Shares<ClientKind>;

export const ADDENDUM_REASONS = [
  ['LATE_RECORDS', 40],
  ['CLIENT_REQUEST', 25],
  ['QUESTION_NOT_ANSWERED', 20],
  ['CORRECTION', 15],
] as const satisfies Shares<AddendumReason>;

export const CANCELLED_BY = [
  ['CLIENT', 50],
  ['CLAIMANT', 25],
  ['ATTORNEY', 10],
  ['EXAMINER', 10],
  ['ADMIN', 5],
] as const satisfies Shares<CaseParty>;

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
