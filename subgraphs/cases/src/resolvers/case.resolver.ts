import { DEFAULT_PAGE, PageInput, Paginated, PersonalData } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { caseRowCondition, visibleCase } from '../access';
import { createCase, updateCase } from '../commands/case-commands';
import type { CasesContext } from '../context';
import {
  Appointment,
  Case,
  CaseEvent,
  Claimant,
  Client,
  ExaminerRef,
  JurisdictionRule,
  Notice,
  Panel,
  ReferralQuestion,
  SpecialtyRef,
} from '../entities';
import { CaseFilter, CaseSort, CreateCaseInput, UpdateCaseInput } from '../inputs/case.inputs';
import { ExaminerCaseMetrics } from '../metrics/examiner-case-metrics';
import { findCaseByReference, findCases } from '../queries/case-query';

/** Timeline entries an examiner does not see: what the claimant said about the exam stays anonymous to them. */
const EXAMINER_HIDDEN_EVENTS: ReadonlySet<string> = new Set(['CLAIMANT_FEEDBACK_GIVEN', 'CLAIMANT_COMPLAINT_FILED']);

@ObjectType('CasePage')
export class CasePage extends Paginated(Case) {}

@Resolver(() => Case)
export class CaseResolver {
  @Authorized()
  @Query(() => Case, { nullable: true, description: 'One case by id, or null when there is none (or it is not yours)' })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: CasesContext) {
    return visibleCase(ctx.actor, await ctx.loaders.caseById.load(id));
  }

  @Authorized()
  @Query(() => Case, { nullable: true, description: 'One case by its reference number, e.g. IME-2026-000123' })
  caseByReference(@Arg('referenceNumber', () => String) referenceNumber: string, @Ctx() ctx: CasesContext) {
    return findCaseByReference(ctx, referenceNumber);
  }

  @Authorized()
  @Query(() => CasePage, { description: 'Cases matching the filter, sorted and paginated, with the total count' })
  cases(
    @Ctx() ctx: CasesContext,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg('sort', () => CaseSort, { nullable: true }) sort?: CaseSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findCases(ctx, filter, sort, page ?? DEFAULT_PAGE);
  }

  @Authorized('CLIENT')
  @Mutation(() => Case, { description: 'Creates a case in REQUESTED; with an idempotency key, retries return the same case' })
  createCase(@Arg('input', () => CreateCaseInput) input: CreateCaseInput, @Ctx() ctx: CasesContext) {
    return createCase(ctx, input);
  }

  @Authorized('CLIENT')
  @Mutation(() => Case, { description: 'Corrects referral details; refused with CONFLICT when `version` is not the current one' })
  updateCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCaseInput) input: UpdateCaseInput,
    @Ctx() ctx: CasesContext,
  ) {
    return updateCase(ctx, id, version, input);
  }

  @Authorized()
  @FieldResolver(() => Client)
  client(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.clientById.load(kase.client.id);
  }

  @Authorized()
  @FieldResolver(() => JurisdictionRule)
  jurisdictionRule(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.ruleByCode.load(kase.jurisdiction.unwrap().code);
  }

  @Authorized()
  @FieldResolver(() => String, { description: 'Jurisdiction code, e.g. US-NY' })
  jurisdictionCode(@Root() kase: Case) {
    return kase.jurisdiction.unwrap().code;
  }

  @Authorized()
  @FieldResolver(() => SpecialtyRef, { nullable: true, description: 'The specialty the examiner must hold (resolved by the examiners subgraph; null if it is unavailable)' })
  requiredSpecialty(@Root() kase: Case): SpecialtyRef {
    return { code: kase.requiredSpecialtyCode };
  }

  @Authorized()
  @FieldResolver(() => ExaminerRef, { nullable: true, description: 'The assigned examiner (resolved by the examiners subgraph)' })
  examiner(@Root() kase: Case): ExaminerRef | null {
    return kase.examinerId ? { id: kase.examinerId } : null;
  }

  @PersonalData('Case.claimant')
  @FieldResolver(() => Claimant, {
    nullable: true,
    description: 'Claimant identity and contact: personal data, only for ADMIN, the owning CLIENT and the assigned EXAMINER (others get null and FORBIDDEN); every read is audited',
  })
  claimant(@Root() kase: Case) {
    return kase.claimant;
  }

  @Authorized('CLIENT', 'EXAMINER', 'SERVICE')
  @FieldResolver(() => [ReferralQuestion], { nullable: true, description: 'Free text that may name the claimant: not for ANALYST' })
  referralQuestions(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.questionsByCase.load(kase.id);
  }

  @Authorized()
  @FieldResolver(() => [Panel], { description: 'Panels drawn for the case, oldest first' })
  panels(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.panelsByCase.load(kase.id);
  }

  @Authorized()
  @FieldResolver(() => [Appointment], { description: 'Appointments, earliest first, including rescheduled ones' })
  appointments(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.appointmentsByCase.load(kase.id);
  }

  @Authorized('CLIENT', 'EXAMINER')
  @FieldResolver(() => [Notice], { nullable: true, description: 'Notices served on the claimant: not for ANALYST' })
  notices(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.noticesByCase.load(kase.id);
  }

  @Authorized('CLIENT', 'EXAMINER')
  @FieldResolver(() => [CaseEvent], { nullable: true, description: 'Everything that happened to the case, oldest first (not for ANALYST: notes are free text)' })
  async timeline(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    const events = await ctx.loaders.eventsByCase.load(kase.id);
    // The examiner never learns which claimant gave feedback or complained (docs/claimant-portal.md).
    return ctx.actor?.role === 'EXAMINER' ? events.filter((e) => !EXAMINER_HIDDEN_EVENTS.has(e.type)) : events;
  }
}

@Resolver(() => ExaminerRef)
export class ExaminerCasesResolver {
  @Authorized()
  @FieldResolver(() => [Case], { nullable: true, description: "The examiner's cases you may see, newest first (null if the cases subgraph is unavailable)" })
  async cases(
    @Root() examiner: ExaminerRef,
    @Ctx() ctx: CasesContext,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return ctx.loaders.casesByExaminer(page, caseRowCondition(ctx.actor)).load(examiner.id);
  }

  @Authorized('ANALYST', 'EXAMINER', 'SERVICE')
  @FieldResolver(() => ExaminerCaseMetrics, { nullable: true, description: 'Reliability over the last 365 days: no-shows and late cancellations the examiner caused' })
  async caseMetrics(@Root() examiner: ExaminerRef, @Ctx() ctx: CasesContext) {
    return ctx.loaders.caseMetricsByExaminer.load(examiner.id);
  }

  @Authorized()
  @FieldResolver(() => Int, { nullable: true, description: 'Cases assigned and not yet examined or reported' })
  openCaseCount(@Root() examiner: ExaminerRef, @Ctx() ctx: CasesContext) {
    return ctx.loaders.openCaseCountByExaminer.load(examiner.id);
  }
}
