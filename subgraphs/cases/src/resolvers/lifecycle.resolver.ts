import { defineEnum } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import {
  assignExaminer,
  cancelCase,
  closeCase,
  markCaseReported,
  markExamined,
  markNoShow,
  scheduleExam,
  serveNotice,
} from '../commands/exam-commands';
import { proposePanel, selectPanelMember, strikePanelMember } from '../commands/panel-commands';
import type { CasesContext } from '../context';
import { CASE_TRANSITIONS, allowedCaseTransitions, type CaseTransition } from '../domain/case-lifecycle';
import { Case, Panel } from '../entities';
import { CancelCaseInput, NoShowInput, PanelChoiceInput, ProposePanelInput, ScheduleExamInput, ServeNoticeInput } from '../inputs/lifecycle.inputs';

const CaseTransitionEnum = defineEnum('CaseTransition', CASE_TRANSITIONS, { description: 'A step of the case lifecycle (docs/rules.md)' });

/** The guarded case lifecycle: every mutation is one transition, refused with the rule that refused it. */
@Resolver(() => Case)
export class CaseLifecycleResolver {
  @Authorized('CLIENT')
  @Mutation(() => Panel, { description: 'Draws a panel of eligible examiners (at most one per practice group) with a recorded seed' })
  proposePanel(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: CasesContext,
    @Arg('input', () => ProposePanelInput, { nullable: true }) input?: ProposePanelInput,
  ) {
    return proposePanel(ctx, caseId, input ?? new ProposePanelInput());
  }

  @Authorized('CLIENT')
  @Mutation(() => Panel, {
    description: 'A party strikes an examiner from an open panel (each side at most one; on a required panel only a represented case, within the strike period)',
  })
  strikePanelMember(@Arg('panelId', () => ID) panelId: string, @Arg('input', () => PanelChoiceInput) input: PanelChoiceInput, @Ctx() ctx: CasesContext) {
    return strikePanelMember(ctx, panelId, input);
  }

  @Authorized('CLIENT')
  @Mutation(() => Panel, {
    description: "A party selects an examiner from an open panel and the examiner is assigned; on a required panel, only as the panel's procedure allows on that day",
  })
  selectPanelMember(@Arg('panelId', () => ID) panelId: string, @Arg('input', () => PanelChoiceInput) input: PanelChoiceInput, @Ctx() ctx: CasesContext) {
    return selectPanelMember(ctx, panelId, input);
  }

  @Authorized('CLIENT')
  @Mutation(() => Case, { description: 'Assigns an eligible examiner directly, where the jurisdiction requires no panel' })
  assignExaminer(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('examinerId', () => ID) examinerId: string,
    @Ctx() ctx: CasesContext,
  ) {
    return assignExaminer(ctx, caseId, version, examinerId);
  }

  @Authorized('CLIENT', 'EXAMINER')
  @Mutation(() => Case, { description: 'Books or re-books the exam, checking the notice lead time, the scheduling window and eligibility on that date' })
  scheduleExam(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ScheduleExamInput) input: ScheduleExamInput,
    @Ctx() ctx: CasesContext,
  ) {
    return scheduleExam(ctx, caseId, version, input);
  }

  @Authorized('CLIENT')
  @Mutation(() => Case, { description: "Serves the claimant the notice of the booked exam: purpose, nature, examiner and rights" })
  serveNotice(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ServeNoticeInput) input: ServeNoticeInput,
    @Ctx() ctx: CasesContext,
  ) {
    return serveNotice(ctx, caseId, version, input, ctx.jobs);
  }

  @Authorized('EXAMINER')
  @Mutation(() => Case, { description: 'Records that the exam took place (requires a served notice)' })
  markExamined(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: CasesContext,
    @Arg('examinedAt', () => Date, { nullable: true }) examinedAt?: Date,
  ) {
    return markExamined(ctx, caseId, version, examinedAt);
  }

  @Authorized('CLIENT', 'EXAMINER')
  @Mutation(() => Case, { description: 'Records who failed to appear; the exam can then be rescheduled' })
  markNoShow(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => NoShowInput) input: NoShowInput,
    @Ctx() ctx: CasesContext,
  ) {
    return markNoShow(ctx, caseId, version, input);
  }

  @Authorized('CLIENT')
  @Mutation(() => Case, { description: 'Cancels the case, recording the reason, the party at fault and whether it is chargeable' })
  cancelCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CancelCaseInput) input: CancelCaseInput,
    @Ctx() ctx: CasesContext,
  ) {
    return cancelCase(ctx, caseId, version, input);
  }

  @Authorized('SERVICE')
  @Mutation(() => Case, { description: 'EXAMINED → REPORTED once the IME report is final (idempotent; the reports subgraph calls it)' })
  markCaseReported(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: CasesContext) {
    return markCaseReported(ctx, caseId);
  }

  @Authorized('CLIENT')
  @Mutation(() => Case, {
    description: 'REPORTED → CLOSED once the final report reached every recipient the jurisdiction requires (the same day where the rule says so); refused naming those missing',
  })
  closeCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: CasesContext,
    @Arg('sameDayBreachNote', () => String, {
      nullable: true,
      description: 'ADMIN only: close although the copies broke the same-day rule, recording why on the timeline',
    })
    sameDayBreachNote?: string | null,
  ) {
    return closeCase(ctx, caseId, version, sameDayBreachNote);
  }

  @Authorized()
  @FieldResolver(() => [CaseTransitionEnum], { description: 'Transitions the status allows next (guards are checked when applied)' })
  allowedTransitions(@Root() kase: Case): CaseTransition[] {
    return allowedCaseTransitions(kase.status);
  }

  @Authorized('CLIENT', 'EXAMINER', 'SERVICE')
  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the claimant has a representative (no identity disclosed); null for roles that may not know' })
  claimantRepresented(@Root() kase: Case): boolean {
    return kase.claimant.representative !== null && kase.claimant.representative !== undefined;
  }
}
