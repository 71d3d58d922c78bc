import { randomBytes } from 'node:crypto';
import { badUserInput, failedPrecondition, forbidden, notFound, type Actor, type ServiceClient } from '@imepanel/runtime';
import { visibleCase } from '../access';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fetchEligibleExaminers } from '../clients/examiners-client';
import { drawPanel, type PanelCandidate } from '../domain/panel-draw';
import { earliestExamDate } from '../domain/scheduling';
import { Case, CaseParty, Panel, PanelMember, PanelStatus } from '../entities';
import type { PanelChoiceInput, ProposePanelInput } from '../inputs/lifecycle.inputs';
import { openCaseLoads } from '../queries/open-case-loads';
import { eligibilityQuestion } from './case-eligibility';
import { loadCaseWithRule, todayIso } from './case-loading';
import { recordCaseEvent } from './case-timeline';
import { applyTransition } from './case-transitions';

/**
 * Draws a panel for a case from the examiners eligible on the earliest possible exam date: at most one per
 * practice group, uniformly (RANDOM) or reputation-weighted and load-capped (BALANCED). The seed and the
 * candidate pool are stored with the panel, so the draw can be reproduced and audited.
 */
export async function proposePanel(
  em: EntityManager,
  examiners: ServiceClient,
  settings: { partyKeySecret: string; maxOpenCaseLoad: number },
  caseId: string,
  input: ProposePanelInput,
  actor: Actor | null,
): Promise<Panel> {
  const { kase, client, rule } = await loadCaseWithRule(em, caseId, actor);
  const examDate = earliestExamDate({ rule, today: todayIso() });
  const eligible = await fetchEligibleExaminers(examiners, eligibilityQuestion(kase, client, rule, examDate, settings.partyKeySecret));
  const loads = await openCaseLoads(em, eligible.map((e) => e.examinerId));
  const candidates: PanelCandidate[] = eligible.map((e) => ({
    examinerId: e.examinerId,
    practiceGroup: e.practiceGroupId,
    reputation: e.reputationScore,
    openCaseLoad: loads.get(e.examinerId) ?? 0,
  }));
  const size = input.size ?? rule.panelSize;
  const seed = input.seed ?? randomBytes(12).toString('hex');
  const draw = drawPanel({ candidates, size, strategy: input.strategy, seed, maxOpenCaseLoad: settings.maxOpenCaseLoad });
  if (draw.members.length === 0 || (draw.shortfall > 0 && !input.allowSmallerPanel)) {
    const groups = new Set(candidates.map((c) => c.practiceGroup ?? c.examinerId)).size;
    throw failedPrecondition(
      'PANEL_SHORTFALL',
      `Only ${draw.members.length} of ${size} panel places can be filled for case ${kase.referenceNumber}: ${eligible.length} examiner(s) in ${groups} practice group(s) are eligible for ${kase.requiredSpecialtyCode} in ${rule.code} on ${examDate}` +
        (draw.members.length > 0 ? '; pass allowSmallerPanel to accept a smaller panel' : ''),
      { eligible: eligible.length, practiceGroups: groups, requested: size, available: draw.members.length },
    );
  }

  return em.transactional(async (tx) => {
    const current = await tx.findOne(Case, { id: caseId });
    if (!current || current.version !== kase.version) {
      throw failedPrecondition('CASE_CHANGED', `Case ${kase.referenceNumber} changed while the panel was drawn; propose again`);
    }
    await tx.nativeUpdate(Panel, { case: caseId, status: PanelStatus.OPEN }, { status: PanelStatus.SUPERSEDED });
    const panel = tx.create(Panel, {
      case: current,
      strategy: input.strategy,
      seed,
      size,
      candidatePool: candidates,
      poolSize: candidates.length,
      proposedBy: actor?.name ?? null,
    });
    tx.persist(panel);
    draw.members.forEach((examinerId, i) => tx.persist(tx.create(PanelMember, { panel, examinerId, position: i + 1 })));
    applyTransition(tx, current, 'PROPOSE_PANEL', {}, actor, {
      note: `${input.strategy} panel of ${draw.members.length} from ${candidates.length} eligible examiners`,
      data: { panelId: panel.id, seed, strategy: input.strategy, members: draw.members, excluded: draw.excluded },
    });
    await tx.flush();
    return panel;
  });
}

const CLAIMANT_SIDE: readonly CaseParty[] = [CaseParty.CLAIMANT, CaseParty.ATTORNEY];
const side = (party: CaseParty) => (CLAIMANT_SIDE.includes(party) ? 'claimant' : party === CaseParty.CLIENT ? 'client' : 'admin');

/**
 * An open panel of a case in the actor's scope, with the member named. A client records only its own side's
 * choices; the claimant's and the attorney's reach the system through an administrator.
 */
async function loadOpenPanel(em: EntityManager, panelId: string, input: PanelChoiceInput, actor: Actor | null) {
  const examinerId = input.examinerId;
  const panel = await em.findOne(Panel, { id: panelId }, { populate: ['case'] });
  if (!panel || !visibleCase(actor, panel.case.getEntity() as Case)) throw notFound('Panel', panelId);
  if (actor?.role === 'CLIENT' && input.by !== CaseParty.CLIENT) {
    throw forbidden(`A client records its own choices only (by: CLIENT); the ${input.by}'s choice is recorded by an administrator`);
  }
  if (panel.status !== PanelStatus.OPEN) {
    throw failedPrecondition('PANEL_OPEN', `Panel ${panelId} is ${panel.status}; only an OPEN panel can be struck from or selected from`);
  }
  const members = await em.find(PanelMember, { panel: panelId }, { orderBy: { position: 'asc' } });
  const member = members.find((m) => m.examinerId === examinerId);
  if (!member) throw badUserInput([{ field: 'input.examinerId', message: `Examiner ${examinerId} is not on panel ${panelId}` }]);
  if (member.struckBy) {
    throw failedPrecondition('MEMBER_STRUCK', `Examiner ${examinerId} was struck from the panel by the ${member.struckBy}`);
  }
  return { panel, members, member, kase: panel.case.getEntity() as Case };
}

/**
 * A party strikes an examiner from an open panel. CA QME (Labor Code §4062.2): with a represented claimant each
 * side strikes one; here each side may strike at most one, and the last examiner standing cannot be struck.
 */
export async function strikePanelMember(em: EntityManager, panelId: string, input: PanelChoiceInput, actor: Actor | null): Promise<Panel> {
  return em.transactional(async (tx) => {
    const { panel, members, member, kase } = await loadOpenPanel(tx, panelId, input, actor);
    if (input.by !== CaseParty.ADMIN) {
      const already = members.find((m) => m.struckBy && side(m.struckBy) === side(input.by));
      if (already) {
        throw failedPrecondition('ONE_STRIKE_PER_SIDE', `The ${side(input.by)} side already struck examiner ${already.examinerId} from this panel`);
      }
    }
    if (members.filter((m) => !m.struckBy).length <= 1) {
      throw failedPrecondition('LAST_PANEL_MEMBER', 'The last examiner remaining on a panel cannot be struck; select them or propose a new panel');
    }
    member.struckBy = input.by;
    member.struckAt = new Date();
    recordCaseEvent(tx, kase, actor, 'PANEL_MEMBER_STRUCK', { data: { panelId, examinerId: input.examinerId, by: input.by } });
    await tx.flush();
    return panel;
  });
}

/** A party selects an examiner from an open panel: the examiner is assigned and the panel closes. */
export async function selectPanelMember(em: EntityManager, panelId: string, input: PanelChoiceInput, actor: Actor | null): Promise<Panel> {
  return em.transactional(async (tx) => {
    const { panel, member, kase } = await loadOpenPanel(tx, panelId, input, actor);
    applyTransition(tx, kase, 'ASSIGN', {}, actor, {
      note: `Selected from the panel by the ${input.by}`,
      data: { panelId, examinerId: input.examinerId, by: input.by },
    });
    member.selected = true;
    panel.status = PanelStatus.SELECTED;
    panel.selectedBy = input.by;
    panel.selectedAt = new Date();
    kase.examinerId = input.examinerId;
    kase.assignedAt = new Date();
    await tx.flush();
    return panel;
  });
}
