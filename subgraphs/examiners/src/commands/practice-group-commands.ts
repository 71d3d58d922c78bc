import { FieldErrors, loadVersioned } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ExaminersCommandContext } from '../context';
import { PracticeGroup } from '../entities';
import type { PracticeGroupInput } from '../inputs/practice-group.inputs';

/** A name already taken, whatever its case, is refused at the caller's field (the column is unique too). */
async function checkNameFree(em: EntityManager, name: string, selfId: string | null) {
  const holder = await em.findOne(PracticeGroup, { name: { $ilike: name.trim() } });
  if (holder && holder.id !== selfId) new FieldErrors().add('input.name', `A practice group named "${holder.name}" already exists`).throwIfAny();
}

export async function createPracticeGroup(ctx: ExaminersCommandContext, input: PracticeGroupInput): Promise<PracticeGroup> {
  return ctx.em.transactional(async (tx) => {
    await checkNameFree(tx, input.name, null);
    const group = tx.create(PracticeGroup, { name: input.name.trim(), website: input.website ?? null });
    await tx.persist(group).flush();
    return group;
  });
}

export async function updatePracticeGroup(ctx: ExaminersCommandContext, id: string, version: number, input: PracticeGroupInput): Promise<PracticeGroup> {
  return ctx.em.transactional(async (tx) => {
    const group = await loadVersioned(tx, PracticeGroup, id, version);
    await checkNameFree(tx, input.name, id);
    group.name = input.name.trim();
    group.website = input.website ?? null;
    await tx.flush();
    return group;
  });
}
