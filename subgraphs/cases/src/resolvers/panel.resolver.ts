import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { CasesContext } from '../context';
import { byExaminerId, type PanelCandidate } from '../domain/panel-draw';
import { ExaminerRef, Panel, PanelMember, PanelStrategy } from '../entities';
import { auditPanelDraw } from '../queries/panel-audit';

/**
 * Who may read a panel's draw inputs and audit them: the parties (the client of the case, and administrators,
 * who record the claimant side's choices). The pool is professional data only — examiner ids, practice groups,
 * reputation and open-case load, never claimant data — but which examiners were eligible for a claimant is not
 * for roles outside the case (analysts, other examiners).
 */
const PANEL_PARTIES = ['CLIENT'] as const;

@ObjectType('PanelCandidate', { description: 'One examiner of the eligible pool a panel was drawn from, as recorded at the draw' })
export class PanelCandidateView {
  @Field(() => ID)
  examinerId!: string;

  @Field(() => ID, { nullable: true, description: 'Examiners of one group practice share it; null for a solo practice' })
  practiceGroup!: string | null;

  @Field(() => Float, { nullable: true, description: 'Reputation composite 0–100 at the draw (BALANCED weights by it)' })
  reputation!: number | null;

  @Field(() => Int, { description: 'Open cases at the draw (BALANCED skips those above the cap)' })
  openCaseLoad!: number;
}

@ObjectType('PanelDrawExclusion', { description: 'A candidate the draw ruled out, and why' })
export class PanelDrawExclusion {
  @Field(() => ID)
  examinerId!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('PanelDrawAudit', { description: 'A panel recomputed from its stored draw inputs, compared with the panel as recorded' })
export class PanelDrawAudit {
  @Field(() => Panel)
  panel!: Panel;

  @Field(() => Boolean, { description: 'The recomputed draw is the recorded panel: the same examiners in the same order' })
  matches!: boolean;

  @Field(() => [String], { description: 'Each way the recorded panel differs from the recomputed draw; empty when it matches' })
  differences!: string[];

  @Field(() => PanelStrategy)
  strategy!: PanelStrategy;

  @Field(() => String)
  seed!: string;

  @Field(() => Int)
  size!: number;

  @Field(() => Int, { nullable: true, description: 'BALANCED: the load cap the draw was recomputed with' })
  maxOpenCaseLoad!: number | null;

  @Field(() => [PanelCandidateView], { description: 'The stored pool, by examiner id (the order the draw reads it in)' })
  candidatePool!: PanelCandidate[];

  @Field(() => [ID], { description: 'The panel as recorded, in the order drawn' })
  recordedMembers!: string[];

  @Field(() => [ID], { description: 'The draw recomputed from the stored inputs, in the order drawn' })
  recomputedMembers!: string[];

  @Field(() => [PanelDrawExclusion], { description: 'Candidates the recomputed draw ruled out (load cap, practice group of a member)' })
  excluded!: PanelDrawExclusion[];

  @Field(() => Int, { description: 'Places the recomputed draw could not fill' })
  shortfall!: number;

  @Field(() => [String], { description: 'What the audit had to assume, e.g. a load cap not recorded with panels drawn before it was' })
  notes!: string[];
}

@Resolver(() => Panel)
export class PanelResolver {
  @Authorized()
  @FieldResolver(() => [PanelMember], { description: 'Members in the order drawn' })
  members(@Root() panel: Panel, @Ctx() ctx: CasesContext) {
    return ctx.loaders.membersByPanel.load(panel.id);
  }

  @Authorized(...PANEL_PARTIES)
  @FieldResolver(() => [PanelCandidateView], {
    nullable: true,
    description: 'The eligible pool the panel was drawn from (professional data, no claimant data), by examiner id; null for roles that are not parties to the case',
  })
  candidatePool(@Root() panel: Panel): PanelCandidate[] {
    return [...panel.candidatePool].sort(byExaminerId);
  }

  @Authorized(...PANEL_PARTIES)
  @Query(() => PanelDrawAudit, {
    nullable: true,
    description: 'Recomputes a panel from its stored pool, size, strategy, seed and load cap and says whether it is the recorded panel; null when the panel is not yours',
  })
  auditPanelDraw(@Arg('panelId', () => ID) panelId: string, @Ctx() ctx: CasesContext): Promise<PanelDrawAudit | null> {
    return auditPanelDraw(ctx, panelId);
  }
}

@Resolver(() => PanelMember)
export class PanelMemberResolver {
  @Authorized()
  @FieldResolver(() => ExaminerRef, { nullable: true, description: 'Resolved by the examiners subgraph; null if it is unavailable' })
  examiner(@Root() member: PanelMember): ExaminerRef {
    return { id: member.examinerId };
  }
}
