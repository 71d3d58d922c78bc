import { addCalendarDays } from '@imepanel/runtime/calendar';
import { claimReminder, messageLanguageOf, sendEmail, stableMessageId, today, type JobRunner } from '@imepanel/runtime';
import type { CasesCommandContext } from '../context';
import { panelPeriodEnding, sidesThatCanAct, type PanelSide } from '../domain/panel-reminders';
import { Panel, PanelMember, PanelStatus, type Case } from '../entities';

/** Where a side is told: the claimant through their representative when they have one with an address, the client at its contact address. */
function addressOf(kase: Case, side: PanelSide): [string, string] | null {
  if (side === 'CLIENT') {
    const contact = kase.client.getEntity().contactEmail;
    return contact ? [contact, 'en'] : null;
  }
  const email = kase.claimant.representative?.email ?? kase.claimant.email;
  return email ? [email, kase.claimant.language] : null;
}

/**
 * The daily panel watch (docs/messaging.md, "Reminders"): for every open panel whose choice or strike period
 * ends today or tomorrow, the parties who can still act are told, once per (panel, period). Answers how many
 * panels' reminders were sent.
 */
export async function sendPanelReminders(ctx: CasesCommandContext, jobs: JobRunner): Promise<number> {
  const day = today(ctx.clock);
  const soon = addCalendarDays(day, 1);
  const panels = await ctx.em.find(
    Panel,
    { status: PanelStatus.OPEN, $or: [{ choiceDueOn: { $gte: day, $lte: soon } }, { strikeDueOn: { $gte: day, $lte: soon } }] },
    { populate: ['case', 'case.client'], orderBy: { id: 'asc' } },
  );
  let sent = 0;
  for (const panel of panels) {
    const ending = panelPeriodEnding(panel.procedure, panel.choiceDueOn, panel.strikeDueOn, day);
    if (!ending) continue;
    const kase = panel.case.getEntity();
    const members = await ctx.em.find(PanelMember, { panel: panel.id }, { fields: ['struckBy'] });
    const sides = sidesThatCanAct(ending.period, members.map((m) => m.struckBy));
    const threshold = `${ending.period}_ENDING`;
    await ctx.em.transactional(async (tx) => {
      if (!(await claimReminder(tx, 'cases', { subjectType: 'Panel', subjectId: panel.id, threshold, sentAt: ctx.clock.now() }))) return;
      for (const [to, language] of sides.map((side) => addressOf(kase, side)).filter((a): a is [string, string] => a !== null)) {
        await sendEmail(jobs, {
          to,
          language: messageLanguageOf(language),
          template: 'PANEL_PERIOD_ENDING',
          params: { referenceNumber: kase.referenceNumber, period: ending.period, endsOn: ending.endsOn },
          relatedType: 'Panel',
          relatedId: panel.id,
          messageId: stableMessageId('panel', panel.id, threshold, to),
        });
      }
      sent++;
    });
  }
  return sent;
}
