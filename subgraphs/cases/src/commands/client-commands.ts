import { FieldErrors, loadVersioned } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CasesCommandContext } from '../context';
import { Client } from '../entities';
import type { CreateClientInput, UpdateClientInput } from '../inputs/client.inputs';

/** A name already taken, whatever its case, is refused at the caller's field (the column is unique too). */
async function checkNameFree(em: EntityManager, name: string, selfId: string | null) {
  const holder = await em.findOne(Client, { name: { $ilike: name.trim() } });
  if (holder && holder.id !== selfId) new FieldErrors().add('input.name', `A client named "${holder.name}" already exists`).throwIfAny();
}

export async function createClient(ctx: CasesCommandContext, input: CreateClientInput): Promise<Client> {
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

/** Changes the given fields; `active: false` archives the client. */
export async function updateClient(ctx: CasesCommandContext, id: string, version: number, input: UpdateClientInput): Promise<Client> {
  return ctx.em.transactional(async (tx) => {
    const client = await loadVersioned(tx, Client, id, version);
    if (input.name) await checkNameFree(tx, input.name, id);
    if (input.name) client.name = input.name.trim();
    if (input.kind) client.kind = input.kind;
    if (input.contactName !== undefined) client.contactName = input.contactName?.trim() || null;
    if (input.contactEmail !== undefined) client.contactEmail = input.contactEmail?.trim().toLowerCase() || null;
    if (input.contactPhone !== undefined) client.contactPhone = input.contactPhone ?? null;
    if (input.active !== undefined && input.active !== null) client.active = input.active;
    await tx.flush();
    return client;
  });
}
