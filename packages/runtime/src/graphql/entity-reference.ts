import { Directive, Field, ID, ObjectType } from 'type-graphql';

export interface EntityReferenceOptions {
  /** False when this subgraph only names the entity and never resolves it (`@key(…, resolvable: false)`). */
  resolvable?: boolean;
}

/** A reference class: the entity's key, a string (an id or a code). */
export type EntityReferenceClass<K extends string> = new () => { [P in K]: string };

/**
 * A stub of an entity another subgraph owns (docs/architecture.md,
 * "Inside a subgraph"): the type's name and its key field only, so this subgraph can return the entity by key
 * (`{ id }`) and add its own fields to it (a resolver of the stub). The gateway asks the owner for the rest.
 * Each call makes a new class: every subgraph declares its own stub, since the fields a subgraph adds attach to
 * the class, and another subgraph's schema must not see them.
 *
 *   export const ExaminerRef = EntityReference('Examiner', 'id');
 *   export type ExaminerRef = InstanceType<typeof ExaminerRef>;
 */
export function EntityReference<const K extends string>(typeName: string, key: K, options: EntityReferenceOptions = {}): EntityReferenceClass<K> {
  class Reference {}
  Field(() => (key === 'id' ? ID : String))(Reference.prototype, key);
  ObjectType(typeName)(Reference);
  Directive(`@key(fields: "${key}"${options.resolvable === false ? ', resolvable: false' : ''})`)(Reference);
  return Reference as EntityReferenceClass<K>;
}
