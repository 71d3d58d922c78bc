import { DEFAULT_PAGE, FieldErrors, PageInput, Paginated, assertVersion, containsPattern, notFound, listOrder, SortDirection, toPage } from '@imepanel/runtime';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { clientScope, visibleClient } from '../access';
import type { CasesContext } from '../context';
import { Client } from '../entities';
import { ClientFilter, CreateClientInput, UpdateClientInput } from '../inputs/client.inputs';

@ObjectType('ClientPage')
export class ClientPage extends Paginated(Client) {}

async function checkNameFree(em: EntityManager, name: string, selfId: string | null) {
  const holder = await em.findOne(Client, { name: { $ilike: name.trim() } });
  if (holder && holder.id !== selfId) new FieldErrors().add('input.name', `A client named "${holder.name}" already exists`).throwIfAny();
}

@Resolver(() => Client)
export class ClientResolver {
  @Authorized('CLIENT', 'ANALYST', 'SERVICE')
  @Query(() => Client, { nullable: true, description: 'One client by id; a CLIENT sees only its own' })
  async client(@Arg('id', () => ID) id: string, @Ctx() ctx: CasesContext) {
    return visibleClient(ctx.actor, await ctx.loaders.clientById.load(id));
  }

  @Authorized('CLIENT', 'ANALYST', 'SERVICE')
  @Query(() => ClientPage, { description: 'Ordering organisations, sorted by name; a CLIENT sees only its own' })
  async clients(
    @Ctx() ctx: CasesContext,
    @Arg('filter', () => ClientFilter, { nullable: true }) filter?: ClientFilter,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    const where: FilterQuery<Client>[] = [clientScope(ctx.actor)];
    if (filter?.search?.trim()) where.push({ name: { $ilike: containsPattern(filter.search) } });
    if (filter?.kind?.length) where.push({ kind: { $in: filter.kind } });
    if (filter?.active !== undefined && filter.active !== null) where.push({ active: filter.active });
    const [items, total] = await ctx.em.findAndCount(Client, { $and: where }, {
      orderBy: listOrder(ctx.em, Client, ['name'], SortDirection.ASC),
      limit: page.limit,
      offset: page.offset,
    });
    return toPage(items, total, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => Client)
  createClient(@Arg('input', () => CreateClientInput) input: CreateClientInput, @Ctx() ctx: CasesContext) {
    return ctx.em.transactional(async (tx) => {
      await checkNameFree(tx, input.name, null);
      const client = tx.create(Client, {
        name: input.name.trim(),
        kind: input.kind,
        contactName: input.contactName?.trim() || null,
        contactEmail: input.contactEmail?.trim().toLowerCase() || null,
        contactPhone: input.contactPhone ?? null,
      });
      await tx.persist(client).flush();
      return client;
    });
  }

  @Authorized('ADMIN')
  @Mutation(() => Client, { description: 'Changes the given fields; `active: false` archives the client' })
  updateClient(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateClientInput) input: UpdateClientInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.em.transactional(async (tx) => {
      const client = await tx.findOne(Client, { id });
      if (!client) throw notFound('Client', id);
      assertVersion('Client', client, version);
      if (input.name) await checkNameFree(tx, input.name, id);
      if (input.name) client.name = input.name.trim();
      if (input.kind) client.kind = input.kind;
      if (input.contactName !== undefined) client.contactName = input.contactName?.trim() || null;
      if (input.contactEmail !== undefined) client.contactEmail = input.contactEmail?.trim().toLowerCase() || null;
      if (input.contactPhone !== undefined) client.contactPhone = input.contactPhone ?? null;
      if (input.active !== undefined && input.active !== null) client.active = input.active;
      client.updatedAt = new Date();
      await tx.flush();
      return client;
    });
  }
}
