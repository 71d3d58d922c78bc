import { DEFAULT_STATS_GROUPS, STATISTICS_COST, costDirective, statsRequest } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { CasesContext } from '../context';
import { Client, ExaminerRef, SpecialtyRef } from '../entities';
import { CaseStatsDimension } from './case-stats-dimensions';
import { findCaseStats } from './case-stats-query';
import { CaseStats, CaseStatsFilter, CaseStatsGroup } from './case-stats.types';

@Resolver()
export class CaseStatsResolver {
  @Authorized('ANALYST', 'CLIENT')
  // A whole-table aggregate: priced as such by the query limits (docs/security.md, "Hardening").
  @Directive(costDirective(STATISTICS_COST))
  @Query(() => CaseStats, {
    description:
      'Case volumes, time to assignment and to exam, no-show and cancellation rates, grouped by up to two dimensions. ' +
      'Groups smaller than minGroupSize are suppressed except for administrators and services.',
  })
  caseStats(
    @Ctx() ctx: CasesContext,
    @Arg('filter', () => CaseStatsFilter, { nullable: true }) filter?: CaseStatsFilter,
    @Arg('groupBy', () => [CaseStatsDimension], { defaultValue: [] }) groupBy: CaseStatsDimension[] = [],
    @Arg('limit', () => Int, { defaultValue: DEFAULT_STATS_GROUPS, description: 'The most groups answered' }) limit: number = DEFAULT_STATS_GROUPS,
  ) {
    return findCaseStats(ctx.em, ctx.stats, statsRequest(ctx.actor, filter, groupBy, limit));
  }
}

@Resolver(() => CaseStatsGroup)
export class CaseStatsGroupResolver {
  @Authorized('ANALYST', 'CLIENT')
  @FieldResolver(() => Client, { nullable: true, description: 'The client (grouped by CLIENT)' })
  client(@Root() group: CaseStatsGroup, @Ctx() ctx: CasesContext) {
    return group.clientId ? ctx.loaders.clientById.load(group.clientId) : null;
  }

  @Authorized('ANALYST', 'CLIENT')
  @FieldResolver(() => ExaminerRef, { nullable: true, description: 'The examiner (grouped by EXAMINER)' })
  examiner(@Root() group: CaseStatsGroup): ExaminerRef | null {
    return group.examinerId ? { id: group.examinerId } : null;
  }

  @Authorized('ANALYST', 'CLIENT')
  @FieldResolver(() => SpecialtyRef, { nullable: true, description: 'The required specialty (grouped by SPECIALTY)' })
  specialty(@Root() group: CaseStatsGroup): SpecialtyRef | null {
    return group.specialtyCode ? { code: group.specialtyCode } : null;
  }
}
