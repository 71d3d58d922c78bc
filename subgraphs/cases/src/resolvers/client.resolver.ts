import { DEFAULT_PAGE, PageInput, Paginated } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { visibleClient } from '../access';
import { createClient, updateClient } from '../commands/client-commands';
import type { CasesContext } from '../context';
import { Client } from '../entities';
import { ClientFilter, CreateClientInput, UpdateClientInput } from '../inputs/client.inputs';
import { findClients } from '../queries/client-query';

@ObjectType('ClientPage')
export class ClientPage extends Paginated(Client) {}

@Resolver(() => Client)
export class ClientResolver {
  @Authorized('CLIENT', 'ANALYST', 'SERVICE')
  @Query(() => Client, { nullable: true, description: 'One client by id; a CLIENT sees only its own' })
  async client(@Arg('id', () => ID) id: string, @Ctx() ctx: CasesContext) {
    return visibleClient(ctx.actor, await ctx.loaders.clientById.load(id));
  }

  @Authorized('CLIENT', 'ANALYST', 'SERVICE')
  @Query(() => ClientPage, { description: 'Ordering organisations, sorted by name; a CLIENT sees only its own' })
  clients(
    @Ctx() ctx: CasesContext,
    @Arg('filter', () => ClientFilter, { nullable: true }) filter?: ClientFilter,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return findClients(ctx, filter, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => Client)
  createClient(@Arg('input', () => CreateClientInput) input: CreateClientInput, @Ctx() ctx: CasesContext) {
    return createClient(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Client, { description: 'Changes the given fields; `active: false` archives the client' })
  updateClient(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateClientInput) input: UpdateClientInput,
    @Ctx() ctx: CasesContext,
  ) {
    return updateClient(ctx, id, version, input);
  }
}
