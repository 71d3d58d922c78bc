import { badUserInput, conflict, loadOrNotFound, markChanged, notFound } from '@imepanel/runtime';
import { holidayCalendar, type HolidayCalendar } from '@imepanel/runtime/calendar';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CasesCommandContext } from '../context';
import { computedHolidays, holidayDateProblem, holidayExtensionProblem, type CoveredYears } from '../domain/holiday-calendar';
import { HolidaySource, JurisdictionHoliday, JurisdictionRule } from '../entities';
import type { HolidayInput } from '../inputs/jurisdiction-rule.inputs';

/**
 * A jurisdiction's holidays as data (docs/rules.md, "Holidays"): read as the calendar every business-day count
 * of the cases subgraph uses, seeded for a new jurisdiction, and changed by administrators. Every change is a
 * mutation, audited centrally.
 */

const covered = (rule: JurisdictionRule): CoveredYears => ({ code: rule.code, firstYear: rule.holidayYearsFrom, lastYear: rule.holidayYearsThrough });

/** The jurisdiction's calendar: its holidays, known for its covered years (a weekday outside them is refused). */
export async function loadHolidayCalendar(em: EntityManager, rule: JurisdictionRule): Promise<HolidayCalendar> {
  const rows: { date: string }[] = await em.createQueryBuilder(JurisdictionHoliday).select('date').where({ jurisdiction: rule.code }).execute('all');
  return holidayCalendar(rule.code, rule.holidayYearsFrom, rule.holidayYearsThrough, rows.map((r) => r.date));
}

/** Writes the computed holidays of `fromYear` to `toYear` (none for a calendar that is not the federal one). */
export function seedComputedHolidays(em: EntityManager, rule: JurisdictionRule, fromYear: number, toYear: number): void {
  for (const holiday of computedHolidays(rule.holidayCalendar, fromYear, toYear)) {
    em.persist(em.create(JurisdictionHoliday, { jurisdiction: rule, date: holiday.date, name: holiday.name, source: HolidaySource.US_FEDERAL }));
  }
}

const loadRule = (em: EntityManager, code: string) => loadOrNotFound(em, JurisdictionRule, code, { by: 'code' });

/** Adds a day the jurisdiction does not work (a state holiday) to its calendar. */
export async function addJurisdictionHoliday(ctx: CasesCommandContext, code: string, input: HolidayInput): Promise<JurisdictionRule> {
  return ctx.em.transactional(async (tx) => {
    const rule = await loadRule(tx, code);
    const problem = holidayDateProblem(input.date, covered(rule));
    if (problem) throw badUserInput([{ field: 'input.date', message: problem }]);
    const existing = await tx.findOne(JurisdictionHoliday, { jurisdiction: { code }, date: input.date });
    if (existing) throw conflict(`${input.date} is already a holiday of ${code} (${existing.name})`, { jurisdiction: { code }, date: input.date });
    tx.persist(tx.create(JurisdictionHoliday, { jurisdiction: rule, date: input.date, name: input.name.trim(), source: HolidaySource.ADMINISTRATOR, addedBy: ctx.actor?.name ?? null }));
    markChanged(rule);
    await tx.flush();
    return rule;
  });
}

/** Removes a holiday the jurisdiction does not observe (a federal one the state works, or one added in error). */
export async function removeJurisdictionHoliday(ctx: CasesCommandContext, code: string, date: string): Promise<JurisdictionRule> {
  return ctx.em.transactional(async (tx) => {
    const rule = await loadRule(tx, code);
    const holiday = await tx.findOne(JurisdictionHoliday, { jurisdiction: { code }, date });
    if (!holiday) throw notFound('JurisdictionHoliday', `${code} ${date}`);
    tx.remove(holiday);
    markChanged(rule);
    await tx.flush();
    return rule;
  });
}

/**
 * Extends the years the calendar covers to `throughYear`, computing the federal holidays of the added years
 * where the jurisdiction follows them. The jurisdiction's own holidays of those years are added afterwards.
 */
export async function extendJurisdictionHolidays(ctx: CasesCommandContext, code: string, throughYear: number): Promise<JurisdictionRule> {
  return ctx.em.transactional(async (tx) => {
    const rule = await loadRule(tx, code);
    const problem = holidayExtensionProblem(covered(rule), throughYear);
    if (problem) throw badUserInput([{ field: 'throughYear', message: problem }]);
    seedComputedHolidays(tx, rule, rule.holidayYearsThrough + 1, throughYear);
    rule.holidayYearsThrough = throughYear;
    await tx.flush();
    return rule;
  });
}
