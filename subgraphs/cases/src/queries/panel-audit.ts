import { panelScope } from '../access';
import type { CasesContext } from '../context';
import { auditPanelDraw as recomputePanelDraw, byExaminerId } from '../domain/panel-draw';
import { Panel, PanelStrategy } from '../entities';

/**
 * A panel recomputed from its stored pool, size, strategy, seed and load cap, compared with the panel as recorded;
 * null when the panel is not the actor's (or does not exist).
 */
export async function auditPanelDraw(ctx: CasesContext, panelId: string) {
  const panel = await ctx.em.findOne(Panel, { $and: [{ id: panelId }, panelScope(ctx.actor)] });
  if (!panel) return null;
  const members = await ctx.loaders.membersByPanel.load(panel.id);
  const notes: string[] = [];
  let maxOpenCaseLoad = panel.maxOpenCaseLoad;
  if (panel.strategy === PanelStrategy.BALANCED && maxOpenCaseLoad === null) {
    maxOpenCaseLoad = ctx.settings.maxOpenCaseLoad;
    notes.push(`The load cap was not recorded with this panel (drawn before caps were); recomputed with the current PANEL_MAX_OPEN_CASE_LOAD, ${maxOpenCaseLoad}`);
  }
  const candidatePool = [...panel.candidatePool].sort(byExaminerId);
  const recordedMembers = members.map((m) => m.examinerId);
  const audit = recomputePanelDraw(
    { members: recordedMembers, poolSize: panel.poolSize },
    { candidates: candidatePool, size: panel.size, strategy: panel.strategy, seed: panel.seed, maxOpenCaseLoad: maxOpenCaseLoad ?? undefined },
  );
  return {
    panel,
    matches: audit.matches,
    differences: audit.differences,
    strategy: panel.strategy,
    seed: panel.seed,
    size: panel.size,
    maxOpenCaseLoad,
    candidatePool,
    recordedMembers,
    recomputedMembers: audit.recomputed.members,
    excluded: audit.recomputed.excluded,
    shortfall: audit.recomputed.shortfall,
    notes,
  };
}
