import { FieldErrors, loadVersioned } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ExaminersCommandContext } from '../context';
import { Specialty } from '../entities';
import type { CreateSpecialtyInput, UpdateSpecialtyInput } from '../inputs/specialty.inputs';

/** True when making `parent` the parent of `specialty` would close a loop in the taxonomy. */
async function wouldCycle(em: EntityManager, specialty: Specialty, parent: Specialty): Promise<boolean> {
  let current: Specialty | null = parent;
  for (let depth = 0; current && depth < 50; depth++) {
    if (current.id === specialty.id) return true;
    current = current.parent ? await em.findOne(Specialty, { id: current.parent.id }) : null;
  }
  return false;
}

export async function createSpecialty(ctx: ExaminersCommandContext, input: CreateSpecialtyInput): Promise<Specialty> {
  return ctx.em.transactional(async (tx) => {
    const errors = new FieldErrors();
    if (await tx.count(Specialty, { code: input.code })) errors.add('input.code', `Specialty ${input.code} already exists`);
    const parent = input.parentCode ? await tx.findOne(Specialty, { code: input.parentCode }) : null;
    if (input.parentCode && !parent) errors.add('input.parentCode', `Specialty ${input.parentCode} does not exist`);
    errors.throwIfAny();
    const specialty = tx.create(Specialty, {
      code: input.code,
      name: input.name.trim(),
      description: input.description ?? null,
      parent,
    });
    await tx.persist(specialty).flush();
    return specialty;
  });
}

export async function updateSpecialty(ctx: ExaminersCommandContext, code: string, version: number, input: UpdateSpecialtyInput): Promise<Specialty> {
  return ctx.em.transactional(async (tx) => {
    const specialty = await loadVersioned(tx, Specialty, code, version, { by: 'code' });
    const errors = new FieldErrors();
    if (input.parentCode !== undefined) {
      if (input.parentCode === null) specialty.parent = null;
      else {
        const parent = await tx.findOne(Specialty, { code: input.parentCode });
        if (!parent) errors.add('input.parentCode', `Specialty ${input.parentCode} does not exist`);
        else if (await wouldCycle(tx, specialty, parent)) errors.add('input.parentCode', `${input.parentCode} is ${code} or one of its descendants`);
        else specialty.parent = tx.getReference(Specialty, parent.id, { wrapped: true });
      }
    }
    errors.throwIfAny();
    if (input.name) specialty.name = input.name.trim();
    if (input.description !== undefined) specialty.description = input.description ?? null;
    if (input.active !== undefined && input.active !== null) specialty.active = input.active;
    await tx.flush();
    return specialty;
  });
}
