import { calendarDaysBetween } from '@imepanel/runtime/calendar';
import type { PanelProcedure } from './panel-choice';

/**
 * Panel period reminders (docs/messaging.md, "Reminders"): the day before and on the last day of a claimant's
 * choice period (8 CCR §31.3: the claimant alone may choose until then) or a strike period (Labor Code
 * §4062.2: each side may strike one), the parties who can still act are told, once per panel and period.
 */
export type PanelPeriod = 'CHOICE' | 'STRIKE';
export type PanelSide = 'CLAIMANT' | 'CLIENT';

/** The period ending today or tomorrow, if any. */
export function panelPeriodEnding(procedure: PanelProcedure, choiceDueOn: string | null, strikeDueOn: string | null, today: string): { period: PanelPeriod; endsOn: string } | null {
  const [period, endsOn] = procedure === 'CLAIMANT_CHOICE' ? (['CHOICE', choiceDueOn] as const) : procedure === 'PARTY_STRIKES' ? (['STRIKE', strikeDueOn] as const) : ([null, null] as const);
  if (!period || !endsOn) return null;
  const daysLeft = calendarDaysBetween(today, endsOn);
  return daysLeft >= 0 && daysLeft <= 1 ? { period, endsOn } : null;
}

/** Who can still act: the claimant in a choice period; in a strike period each side that has not struck yet. */
export function sidesThatCanAct(period: PanelPeriod, struckBy: readonly (string | null)[]): PanelSide[] {
  if (period === 'CHOICE') return ['CLAIMANT'];
  const claimantStruck = struckBy.some((p) => p === 'CLAIMANT' || p === 'ATTORNEY');
  const clientStruck = struckBy.some((p) => p === 'CLIENT');
  return [...(claimantStruck ? [] : (['CLAIMANT'] as const)), ...(clientStruck ? [] : (['CLIENT'] as const))];
}
