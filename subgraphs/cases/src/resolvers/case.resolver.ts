import { DEFAULT_PAGE, PageInput, Paginated } from '@imepanel/runtime';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
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
import { findCases } from '../queries/case-query';

@ObjectType('CasePage')
export class CasePage extends Paginated(Case) {}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true, description: 'One case by id, or null when there is none' })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: CasesContext) {
    return ctx.loaders.caseById.load(id);
  }

  @Query(() => Case, { nullable: true, description: 'One case by its reference number, e.g. IME-2026-000123' })
  caseByReference(@Arg('referenceNumber', () => String) referenceNumber: string, @Ctx() ctx: CasesContext) {
    return ctx.em.findOne(Case, { referenceNumber: referenceNumber.trim().toUpperCase() });
  }

  @Query(() => CasePage, { description: 'Cases matching the filter, sorted and paginated, with the total count' })
  cases(
    @Ctx() ctx: CasesContext,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg('sort', () => CaseSort, { nullable: true }) sort?: CaseSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findCases(ctx.em, filter, sort, page ?? DEFAULT_PAGE);
  }

  @Mutation(() => Case, { description: 'Creates a case in REQUESTED; with an idempotency key, retries return the same case' })
  createCase(@Arg('input', () => CreateCaseInput) input: CreateCaseInput, @Ctx() ctx: CasesContext) {
    return createCase(ctx.em, input, ctx.actor);
  }

  @Mutation(() => Case, { description: 'Corrects referral details; refused with CONFLICT when `version` is not the current one' })
  updateCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCaseInput) input: UpdateCaseInput,
    @Ctx() ctx: CasesContext,
  ) {
    return updateCase(ctx.em, id, version, input, ctx.actor);
  }

  @FieldResolver(() => Client)
  client(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.clientById.load(kase.client.id);
  }

  @FieldResolver(() => JurisdictionRule)
  jurisdictionRule(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.ruleByCode.load(kase.jurisdiction.unwrap().code);
  }

  @FieldResolver(() => String, { description: 'Jurisdiction code, e.g. US-NY' })
  jurisdictionCode(@Root() kase: Case) {
    return kase.jurisdiction.unwrap().code;
  }

  @FieldResolver(() => SpecialtyRef, { description: 'The specialty the examiner must hold (resolved by the examiners subgraph)' })
  requiredSpecialty(@Root() kase: Case): SpecialtyRef {
    return { code: kase.requiredSpecialtyCode };
  }

  @FieldResolver(() => ExaminerRef, { nullable: true, description: 'The assigned examiner (resolved by the examiners subgraph)' })
  examiner(@Root() kase: Case): ExaminerRef | null {
    return kase.examinerId ? { id: kase.examinerId } : null;
  }

  @FieldResolver(() => Claimant, { description: 'Claimant identity and contact: personal data' })
  claimant(@Root() kase: Case) {
    return kase.claimant;
  }

  @FieldResolver(() => [ReferralQuestion])
  referralQuestions(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.questionsByCase.load(kase.id);
  }

  @FieldResolver(() => [Panel], { description: 'Panels drawn for the case, oldest first' })
  panels(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.panelsByCase.load(kase.id);
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments, earliest first, including rescheduled ones' })
  appointments(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.appointmentsByCase.load(kase.id);
  }

  @FieldResolver(() => [Notice])
  notices(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.noticesByCase.load(kase.id);
  }

  @FieldResolver(() => [CaseEvent], { description: 'Everything that happened to the case, oldest first' })
  timeline(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.loaders.eventsByCase.load(kase.id);
  }
}

@Resolver(() => ExaminerRef)
export class ExaminerCasesResolver {
  @FieldResolver(() => [Case], { description: "The examiner's cases, newest first" })
  async cases(
    @Root() examiner: ExaminerRef,
    @Ctx() ctx: CasesContext,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return ctx.loaders.casesByExaminer(page).load(examiner.id);
  }

  @FieldResolver(() => ExaminerCaseMetrics, { description: 'Reliability over the last 365 days: no-shows and late cancellations the examiner caused' })
  async caseMetrics(@Root() examiner: ExaminerRef, @Ctx() ctx: CasesContext) {
    return ctx.loaders.caseMetricsByExaminer.load(examiner.id);
  }

  @FieldResolver(() => Int, { description: 'Cases assigned and not yet examined or reported' })
  openCaseCount(@Root() examiner: ExaminerRef, @Ctx() ctx: CasesContext) {
    return ctx.loaders.openCaseCountByExaminer.load(examiner.id);
  }
}
