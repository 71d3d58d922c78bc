import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CasesContext } from '../context';
import { ExaminerRef, Panel, PanelMember } from '../entities';

@Resolver(() => Panel)
export class PanelResolver {
  @Authorized()
  @FieldResolver(() => [PanelMember], { description: 'Members in the order drawn' })
  members(@Root() panel: Panel, @Ctx() ctx: CasesContext) {
    return ctx.loaders.membersByPanel.load(panel.id);
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
