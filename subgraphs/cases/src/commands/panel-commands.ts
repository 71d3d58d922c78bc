import { randomBytes } from 'node:crypto';
import { badUserInput, failedPrecondition, forbidden, loadOrNotFound, today, type Actor } from '@imepanel/runtime';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { panelScope } from '../access';
import { fetchEligibleExaminers } from '../clients/examiners-client';
import type { CasesCommandContext } from '../context';
import { checkSelection, checkStrike, panelDeadlineNote, panelDeadlines, panelProcedure, type PanelRefusal, type PanelState } from '../domain/panel-choice';
import { drawPanel, type PanelCandidate } from '../domain/panel-draw';
import { earliestExamDate } from '../domain/scheduling';
import { Case, CaseParty, Panel, PanelMember, PanelSelectionBasis, PanelStatus, PanelStrategy, type JurisdictionRule } from '../entities';
import type { PanelChoiceInput, ProposePanelInput } from '../inputs/lifecycle.inputs';
import { openCaseLoads } from '../queries/open-case-loads';
import { eligibilityQuestion } from './case-eligibility';
import { loadCaseWithRule } from './case-loading';
import { recordCaseEvent } from './case-timeline';
import { applyTransition } from './case-transitions';
import { loadHolidayCalendar } from './jurisdiction-holidays';
import { caseDateBounds, loadExaminerPlans } from './booking';
import { generateSlots } from '../domain/slots';
import { addCalendarDays } from '@imepanel/runtime/calendar';

/** Window length examined for a free slot where the jurisdiction sets no scheduling window. */
const OPEN_WINDOW_DAYS = 60;

/**
 * The eligible examiners with no free slot for the case between now and the end of the jurisdiction's scheduling
 * window (counted from today, as an assignment now would), each with the reason: one availability call and one
 * bookings statement for all of them.
 */
async function withoutSlotInWindow(ctx: CasesCommandContext, kase: Case, rule: JurisdictionRule, day: string, examinerIds: string[]) {
  const now = ctx.clock.now();
  const bounds = await caseDateBounds(ctx.em, null, rule, day, false);
  const end = bounds.latestDate ?? addCalendarDays(bounds.earliestDate, OPEN_WINDOW_DAYS);
  const to = new Date(`${addCalendarDays(end, 1)}T12:00:00Z`);
  const plans = new Map((await loadExaminerPlans(ctx, kase, examinerIds, now, to)).map((p) => [p.examinerId, p]));
  return examinerIds.flatMap((examinerId) => {
    const plan = plans.get(examinerId);
    if (!plan) return [{ examinerId, reason: 'no availability saved' }];
    const slots = generateSlots({ ...plan, bounds, from: now, to, notBefore: now, limit: 1 });
    return slots.length > 0 ? [] : [{ examinerId, reason: `no free slot from ${bounds.earliestDate} to ${end} (the ${rule.code} scheduling window)` }];
  });
}

/**
 * Draws a panel for a case from the examiners eligible on the earliest possible exam date: at most one per
 * practice group, uniformly (RANDOM) or reputation-weighted and load-capped (BALANCED). The seed, the candidate
 * pool and the load cap are stored with the panel, so the draw can be reproduced and audited (auditPanelDraw).
 * Where the jurisdiction requires a panel, its procedure and deadlines are fixed now (docs/rules.md, "Panels"):
 * an unrepresented claimant's choice period, or a represented case's strike period, from today.
 */
export async function proposePanel(ctx: CasesCommandContext, caseId: string, input: ProposePanelInput): Promise<Panel> {
  const { em, actor, settings } = ctx;
  const now = ctx.clock.now();
  const { kase, client, rule } = await loadCaseWithRule(em, caseId, actor);
  const day = today(ctx.clock);
  const holidays = await loadHolidayCalendar(em, rule);
  const examDate = earliestExamDate({ rule, today: day, holidays });
  const eligible = await fetchEligibleExaminers(ctx.services.examiners, eligibilityQuestion(kase, client, rule, examDate, settings.partyKeySecret));
  // docs/rules.md, "Scheduling": with requireAvailability, only examiners with a free slot inside the window enter the pool.
  const excludedFromPool = input.requireAvailability ? await withoutSlotInWindow(ctx, kase, rule, day, eligible.map((e) => e.examinerId)) : [];
  const excludedIds = new Set(excludedFromPool.map((e) => e.examinerId));
  const pool = eligible.filter((e) => !excludedIds.has(e.examinerId));
  const loads = await openCaseLoads(em, pool.map((e) => e.examinerId));
  const candidates: PanelCandidate[] = pool.map((e) => ({
    examinerId: e.examinerId,
    practiceGroup: e.practiceGroupId,
    reputation: e.reputationScore,
    openCaseLoad: loads.get(e.examinerId) ?? 0,
  }));
  const size = input.size ?? rule.panelSize;
  const seed = input.seed ?? randomBytes(12).toString('hex');
  const maxOpenCaseLoad = input.strategy === PanelStrategy.BALANCED ? settings.maxOpenCaseLoad : null;
  const draw = drawPanel({ candidates, size, strategy: input.strategy, seed, maxOpenCaseLoad: maxOpenCaseLoad ?? undefined });
  if (draw.members.length === 0 || (draw.shortfall > 0 && !input.allowSmallerPanel)) {
    const groups = new Set(candidates.map((c) => c.practiceGroup ?? c.examinerId)).size;
    throw failedPrecondition(
      'PANEL_SHORTFALL',
      `Only ${draw.members.length} of ${size} panel places can be filled for case ${kase.referenceNumber}: ${eligible.length} examiner(s) in ${groups} practice group(s) are eligible for ${kase.requiredSpecialtyCode} in ${rule.code} on ${examDate}` +
        (excludedFromPool.length > 0 ? `, ${excludedFromPool.length} of them without a free slot inside the window` : '') +
        (draw.members.length > 0 ? '; pass allowSmallerPanel to accept a smaller panel' : ''),
      { eligible: eligible.length, practiceGroups: groups, requested: size, available: draw.members.length, excludedFromPool },
    );
  }

  return em.transactional(async (tx) => {
    const current = await tx.findOne(Case, { id: caseId });
    if (!current || current.version !== kase.version) {
      throw failedPrecondition('CASE_CHANGED', `Case ${kase.referenceNumber} changed while the panel was drawn; propose again`);
    }
    await tx.nativeUpdate(Panel, { case: caseId, status: PanelStatus.OPEN }, { status: PanelStatus.SUPERSEDED });
    // Fixed when the panel is proposed, as the panel request is: a representative hired later does not turn a
    // claimant's choice into strikes (propose a new panel for that).
    const procedure = panelProcedure({ panelRequired: rule.panelRequired, claimantRepresented: current.claimant.representative != null });
    const deadlines = panelDeadlines(procedure, day, rule, holidays);
    const panel = tx.create(Panel, {
      case: current,
      strategy: input.strategy,
      seed,
      size,
      candidatePool: candidates,
      poolSize: candidates.length,
      requireAvailability: input.requireAvailability,
      excludedFromPool,
      maxOpenCaseLoad,
      procedure,
      ...deadlines,
      proposedAt: now,
      proposedBy: actor?.name ?? null,
    });
    tx.persist(panel);
    draw.members.forEach((examinerId, i) => tx.persist(tx.create(PanelMember, { panel, examinerId, position: i + 1 })));
    const deadlineNote = panelDeadlineNote(procedure, deadlines);
    applyTransition(tx, current, 'PROPOSE_PANEL', {}, actor, {
      note: `${input.strategy} panel of ${draw.members.length} from ${candidates.length} eligible examiners${deadlineNote ? `; ${deadlineNote}` : ''}`,
      data: { panelId: panel.id, seed, strategy: input.strategy, members: draw.members, excluded: draw.excluded, procedure, ...deadlines, requireAvailability: input.requireAvailability, excludedFromPool },
    });
    await tx.flush();
    return panel;
  });
}

/**
 * An open panel of a case in the actor's scope, with the member named. A client records only its own side's
 * choices; the claimant's and the attorney's reach the system through an administrator.
 */
async function loadOpenPanel(em: EntityManager, panelId: string, input: PanelChoiceInput, actor: Actor | null, scope: FilterQuery<Panel> = panelScope(actor)) {
  const examinerId = input.examinerId;
  const panel = await loadOrNotFound(em, Panel, panelId, { scope });
  await em.populate(panel, ['case', 'case.jurisdiction']);
  if (actor?.role === 'CLIENT' && input.by !== CaseParty.CLIENT) {
    throw forbidden(`A client records its own choices only (by: CLIENT); the ${input.by}'s choice is recorded by an administrator`);
  }
  if (panel.status !== PanelStatus.OPEN) {
    throw failedPrecondition('PANEL_OPEN', `Panel ${panelId} is ${panel.status}; only an OPEN panel can be struck from or selected from`);
  }
  const members = await em.find(PanelMember, { panel: panelId }, { orderBy: { position: 'asc' } });
  const member = members.find((m) => m.examinerId === examinerId);
  if (!member) throw badUserInput([{ field: 'input.examinerId', message: `Examiner ${examinerId} is not on panel ${panelId}` }]);
  const kase = panel.case.getEntity() as Case;
  const state: PanelState = {
    jurisdiction: (kase.jurisdiction.getEntity() as JurisdictionRule).code,
    procedure: panel.procedure,
    choiceDueOn: panel.choiceDueOn,
    strikeDueOn: panel.strikeDueOn,
    members: members.map((m) => ({ examinerId: m.examinerId, struckBy: m.struckBy })),
  };
  return { panel, members, member, kase, state };
}

/**
 * How a strike or a selection finds its panel: the actor's row scope, or (the claimant portal) the panels of the
 * session's one case, since a CLAIMANT has no row scope of its own.
 */
export interface PanelChoiceOptions {
  scope?: FilterQuery<Panel>;
}

/** A refusal of the panel rules: FAILED_PRECONDITION naming the rule, with the panel's deadlines. */
function refusePanelChoice(panel: Panel, refusal: PanelRefusal) {
  return failedPrecondition(refusal.rule, refusal.message, {
    panelId: panel.id,
    procedure: panel.procedure,
    choiceDueOn: panel.choiceDueOn,
    strikeDueOn: panel.strikeDueOn,
  });
}

/** Assigns the examiner chosen from the panel (or left on it) and closes the panel, recording who and why. */
function assignFromPanel(
  em: EntityManager,
  kase: Case,
  panel: Panel,
  member: PanelMember,
  selection: { by: CaseParty | null; basis: PanelSelectionBasis; reason: string },
  actor: Actor | null,
  now: Date,
) {
  applyTransition(em, kase, 'ASSIGN', {}, actor, {
    note: selection.by ? `Selected from the panel by the ${selection.by}: ${selection.reason}` : `Assigned from the panel: ${selection.reason}`,
    data: { panelId: panel.id, examinerId: member.examinerId, by: selection.by, basis: selection.basis },
  });
  member.selected = true;
  panel.status = PanelStatus.SELECTED;
  panel.selectedBy = selection.by;
  panel.selectedAt = now;
  panel.selectionBasis = selection.basis;
  panel.selectionReason = selection.reason;
  kase.examinerId = member.examinerId;
  kase.assignedAt = now;
}

/**
 * A party strikes an examiner from an open panel (docs/rules.md, "Panels"): each side at most one, never the
 * last examiner. On a required panel only in a represented case and within the strike period (CA Labor Code
 * §4062.2(c)); when the strike leaves one examiner, that examiner is the evaluator and is assigned.
 */
export async function strikePanelMember(ctx: CasesCommandContext, panelId: string, input: PanelChoiceInput, options: PanelChoiceOptions = {}): Promise<Panel> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const { panel, members, member, kase, state } = await loadOpenPanel(tx, panelId, input, actor, options.scope);
    const verdict = checkStrike(state, { examinerId: input.examinerId, by: input.by, today: today(ctx.clock) });
    if (!verdict.ok) throw refusePanelChoice(panel, verdict);
    member.struckBy = input.by;
    member.struckAt = now;
    recordCaseEvent(tx, kase, actor, 'PANEL_MEMBER_STRUCK', {
      note: `Examiner ${input.examinerId} struck by the ${input.by}`,
      data: { panelId, examinerId: input.examinerId, by: input.by },
    });
    if (verdict.evaluator) {
      const struck = members.filter((m) => m.struckBy).map((m) => `${m.examinerId} by the ${m.struckBy}`);
      assignFromPanel(
        tx,
        kase,
        panel,
        members.find((m) => m.examinerId === verdict.evaluator)!,
        { by: null, basis: PanelSelectionBasis.REMAINING_AFTER_STRIKES, reason: `the examiner left once ${struck.join(' and ')} were struck (Labor Code §4062.2(c))` },
        actor,
        now,
      );
    }
    await tx.flush();
    return panel;
  });
}

/**
 * A party selects an examiner from an open panel: the examiner is assigned and the panel closes. On a required
 * panel only as its procedure allows that day (the unrepresented claimant within the choice period, the client
 * after it; in a represented case a side once the other's strike period lapsed); the basis is recorded.
 */
export async function selectPanelMember(ctx: CasesCommandContext, panelId: string, input: PanelChoiceInput, options: PanelChoiceOptions = {}): Promise<Panel> {
  const { actor } = ctx;
  return ctx.em.transactional(async (tx) => {
    const { panel, member, kase, state } = await loadOpenPanel(tx, panelId, input, actor, options.scope);
    const verdict = checkSelection(state, { examinerId: input.examinerId, by: input.by, today: today(ctx.clock) });
    if (!verdict.ok) throw refusePanelChoice(panel, verdict);
    assignFromPanel(tx, kase, panel, member, { by: input.by, basis: verdict.basis, reason: verdict.reason }, actor, ctx.clock.now());
    await tx.flush();
    return panel;
  });
}
