import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { loadReport } from '../commands/report-commands';
import type { ReportsContext } from '../context';
import { diffSnapshots } from '../domain/report-diff';
import { Report, ReportVersion } from '../entities';
import { notFound } from '@imepanel/runtime';

@ObjectType('ReportFieldChange')
export class ReportFieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;

  @Field(() => [String], { description: 'Sentence by sentence: "  " kept, "- " removed, "+ " added' })
  lines!: string[];
}

@ObjectType('ReportVersionDiff')
export class ReportVersionDiff {
  @Field(() => ReportVersion)
  from!: ReportVersion;

  @Field(() => ReportVersion)
  to!: ReportVersion;

  @Field(() => [ReportFieldChange])
  changes!: ReportFieldChange[];
}

/** A report's versions and the difference between two (docs/documents.md, "Report versions"). */
@Resolver(() => Report)
export class ReportVersionResolver {
  @Authorized('CLIENT', 'EXAMINER')
  @FieldResolver(() => [ReportVersion], { nullable: true, description: 'Every saved version of the content: drafts, submissions, the final report' })
  async versions(@Root() report: Report, @Ctx() ctx: ReportsContext) {
    await loadReport(ctx.em, report.id, ctx.actor);
    return ctx.em.find(ReportVersion, { report: report.id }, { orderBy: { number: 'asc' } });
  }

  @Authorized('CLIENT', 'EXAMINER')
  @Query(() => ReportVersionDiff, { description: 'What changed in the report between two of its versions, field by field' })
  async reportVersionDiff(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Ctx() ctx: ReportsContext,
  ): Promise<ReportVersionDiff> {
    const report = await loadReport(ctx.em, reportId, ctx.actor);
    const [a, b] = await Promise.all([ctx.em.findOne(ReportVersion, { report: reportId, number: from }), ctx.em.findOne(ReportVersion, { report: reportId, number: to })]);
    if (!a) throw notFound('ReportVersion', `${reportId}#${from}`);
    if (!b) throw notFound('ReportVersion', `${reportId}#${to}`);
    // The versions hold the report's clinical content: reading them is a read of it (docs/security.md).
    await ctx.audit.read('Report.content', 'Report', report.id);
    return { from: a, to: b, changes: diffSnapshots(a.snapshot, b.snapshot) };
  }
}
