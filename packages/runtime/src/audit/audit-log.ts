import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Directive, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { ROLES } from '../auth/roles';
import { defineEnum } from '../graphql/enum-type';
import { DEFAULT_PAGE, PageInput, Paginated, toPage } from '../graphql/pagination';
import { AUDIT_ACTIONS, type AuditEntryEntity, type AuditEntryRecord } from './audit-entry';

export const AuditActionEnum = defineEnum('AuditAction', AUDIT_ACTIONS, { description: 'A mutation, or a read of claimant personal data' });

export const AuditRole = defineEnum('AuditRole', ROLES, { description: 'The role an audited request acted as' });

/**
 * One audit entry, as every subgraph answers it (the same shareable type in each, so the supergraph composes
 * `examinersAuditLog`, `casesAuditLog` and `reportsAuditLog` over one `AuditEntry`).
 */
@Directive('@shareable')
@ObjectType('AuditEntry', { description: 'Who did or read what, when, in which request (append-only)' })
export class AuditEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { description: 'The subgraph that wrote the entry' })
  service!: string;

  @Field(() => String)
  actorId!: string;

  @Field(() => String)
  actorName!: string;

  @Field(() => String, { description: 'ADMIN, CLIENT, EXAMINER, ANALYST or SERVICE' })
  actorRole!: string;

  @Field(() => ID, { nullable: true })
  clientId!: string | null;

  @Field(() => ID, { nullable: true })
  examinerId!: string | null;

  @Field(() => AuditActionEnum)
  action!: string;

  @Field(() => String, { description: 'The mutation (e.g. updateCase) or the personal-data field read (e.g. Case.claimant)' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'The name the client gave its GraphQL operation' })
  operationName!: string | null;

  @Field(() => String, { nullable: true })
  recordType!: string | null;

  @Field(() => [String])
  recordIds!: string[];

  @Field(() => String, { description: 'Ties the entry to the log lines of the gateway and every subgraph (the platform chose it)' })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'The id the caller gave its request (x-correlation-id or x-request-id), as it gave it' })
  correlationId!: string | null;
}

@Directive('@shareable')
@ObjectType('AuditEntryPage')
export class AuditEntryPage extends Paginated(AuditEntryView) {}

@InputType('AuditLogFilter')
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'The user id (token subject) or service:<name>' })
  @IsOptional()
  @MaxLength(200)
  actorId?: string;

  @Field(() => [AuditRole], { nullable: true })
  @IsOptional()
  actorRole?: string[];

  @Field(() => AuditActionEnum, { nullable: true })
  @IsOptional()
  action?: string;

  @Field(() => String, { nullable: true, description: 'Exact operation, e.g. createCase or Case.claimant' })
  @IsOptional()
  @MaxLength(100)
  operation?: string;

  @Field(() => ID, { nullable: true, description: 'Entries that concern this record' })
  @IsOptional()
  recordId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  requestId?: string;

  @Field(() => String, { nullable: true, description: 'Entries of the requests the caller gave this id' })
  @IsOptional()
  @MaxLength(100)
  correlationId?: string;

  @Field(() => Date, { nullable: true, description: 'At or after this instant' })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this instant' })
  @IsOptional()
  to?: Date;
}

/** Newest first, one statement for the rows and one for the total. */
export async function findAuditEntries(em: EntityManager, entity: AuditEntryEntity, service: string, filter: AuditLogFilter | undefined, page: PageInput) {
  const qb = em.createQueryBuilder(entity, 'a');
  if (filter?.actorId) qb.andWhere({ actorId: filter.actorId });
  if (filter?.actorRole?.length) qb.andWhere({ actorRole: { $in: filter.actorRole } });
  if (filter?.action) qb.andWhere({ action: filter.action as AuditEntryRecord['action'] });
  if (filter?.operation) qb.andWhere({ operation: filter.operation });
  if (filter?.recordId) qb.andWhere('a.record_ids @> array[?]::text[]', [filter.recordId]);
  if (filter?.requestId) qb.andWhere({ requestId: filter.requestId });
  if (filter?.correlationId) qb.andWhere({ correlationId: filter.correlationId });
  if (filter?.from) qb.andWhere({ at: { $gte: filter.from } });
  if (filter?.to) qb.andWhere({ at: { $lt: filter.to } });
  qb.orderBy([{ at: 'desc' }, { id: 'asc' }]).limit(page.limit).offset(page.offset);
  const [rows, total] = await qb.getResultAndCount();
  return toPage(
    rows.map((row) => ({ ...row, service })),
    total,
    page,
  );
}

/**
 * The admin-only audit log query of one subgraph, named after it (`casesAuditLog`) so the three compose side by
 * side in the supergraph.
 */
export function createAuditLogResolver(service: string, entity: AuditEntryEntity) {
  const queryName = `${service}AuditLog`;
  @Resolver()
  class AuditLogResolver {
    @Authorized('ADMIN')
    @Query(() => AuditEntryPage, {
      name: queryName,
      description: `Audit entries of the ${service} subgraph (mutations, reads of claimant data), newest first; ADMIN only`,
    })
    auditLog(
      @Ctx() ctx: { em: EntityManager },
      @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
      @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    ) {
      return findAuditEntries(ctx.em, entity, service, filter, page ?? DEFAULT_PAGE);
    }
  }
  Object.defineProperty(AuditLogResolver, 'name', { value: `${service[0].toUpperCase()}${service.slice(1)}AuditLogResolver` });
  return AuditLogResolver;
}
