import { DEFAULT_STATS_GROUPS, STATISTICS_COST, costDirective, statsRequest } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ReportsContext } from '../context';
import { ClientRef, ExaminerRef, SpecialtyRef } from '../entities';
import { ReportStatsDimension } from './report-stats-dimensions';
import { findReportStats } from './report-stats-query';
import { ReportStats, ReportStatsFilter, ReportStatsGroup } from './report-stats.types';

@Resolver()
export class ReportStatsResolver {
  @Authorized('ANALYST', 'CLIENT')
  // A whole-table aggregate: priced as such by the query limits (docs/security.md, "Hardening").
  @Directive(costDirective(STATISTICS_COST))
  @Query(() => ReportStats, {
    description:
      'Report volumes, turnaround, on-time, addendum and claimant-copy rates, grouped by up to two dimensions. ' +
      'Groups smaller than minGroupSize are suppressed except for administrators and services.',
  })
  reportStats(
    @Ctx() ctx: ReportsContext,
    @Arg('filter', () => ReportStatsFilter, { nullable: true }) filter?: ReportStatsFilter,
    @Arg('groupBy', () => [ReportStatsDimension], { defaultValue: [] }) groupBy: ReportStatsDimension[] = [],
    @Arg('limit', () => Int, { defaultValue: DEFAULT_STATS_GROUPS, description: 'The most groups answered' }) limit: number = DEFAULT_STATS_GROUPS,
  ) {
    return findReportStats(ctx.em, ctx.stats, statsRequest(ctx.actor, filter, groupBy, limit));
  }
}

@Resolver(() => ReportStatsGroup)
export class ReportStatsGroupResolver {
  @Authorized('ANALYST', 'CLIENT')
  @FieldResolver(() => ClientRef, { nullable: true, description: 'The client (grouped by CLIENT)' })
  client(@Root() group: ReportStatsGroup): ClientRef | null {
    return group.clientId ? { id: group.clientId } : null;
  }

  @Authorized('ANALYST', 'CLIENT')
  @FieldResolver(() => ExaminerRef, { nullable: true, description: 'The examiner (grouped by EXAMINER)' })
  examiner(@Root() group: ReportStatsGroup): ExaminerRef | null {
    return group.examinerId ? { id: group.examinerId } : null;
  }

  @Authorized('ANALYST', 'CLIENT')
  @FieldResolver(() => SpecialtyRef, { nullable: true, description: 'The specialty (grouped by SPECIALTY)' })
  specialty(@Root() group: ReportStatsGroup): SpecialtyRef | null {
    return group.specialtyCode ? { code: group.specialtyCode } : null;
  }
}
