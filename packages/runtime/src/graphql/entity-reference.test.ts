import 'reflect-metadata';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { describe, expect, it } from 'vitest';
import { Authorized, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { fieldsReadableBy } from '../auth/authorization';
import { EntityReference } from './entity-reference';
import { buildFederatedSchema } from './federated-schema';
import { IdentifiedField } from './identified-field';

// Two subgraphs' stubs of the same entity, each adding its own field, as the cases and reports subgraphs do.
const GizmoOfA = EntityReference('ProbeGizmo', 'id');
type GizmoOfA = InstanceType<typeof GizmoOfA>;
const GizmoOfB = EntityReference('ProbeGizmo', 'id');
type GizmoOfB = InstanceType<typeof GizmoOfB>;
const Part = EntityReference('ProbePart', 'code', { resolvable: false });

@ObjectType('ProbeRow')
class ProbeRow {
  @IdentifiedField(() => Date, 'An exact date: not for ANALYST')
  seenAt!: Date;
}

@Resolver(() => GizmoOfA)
class GizmoOfAResolver {
  @Authorized()
  @Query(() => GizmoOfA)
  gizmo(): GizmoOfA {
    return { id: '1' };
  }

  @Authorized()
  @Query(() => Part)
  part() {
    return { code: 'P' };
  }

  @Authorized()
  @Query(() => ProbeRow)
  row(): ProbeRow {
    return { seenAt: new Date(0) };
  }

  @Authorized()
  @FieldResolver(() => Int)
  countOfA(@Root() _gizmo: GizmoOfA): number {
    return 1;
  }
}

@Resolver(() => GizmoOfB)
class GizmoOfBResolver {
  @Authorized()
  @Query(() => GizmoOfB)
  gizmoOfB(): GizmoOfB {
    return { id: '1' };
  }

  @Authorized()
  @FieldResolver(() => Int)
  countOfB(@Root() _gizmo: GizmoOfB): number {
    return 2;
  }
}

describe('EntityReference', () => {
  it('declares the key field and @key, resolvable or not', async () => {
    const sdl = printSchemaWithDirectives(await buildFederatedSchema({ resolvers: [GizmoOfAResolver] }));
    expect(sdl).toMatch(/type ProbeGizmo @key\(fields: "id"\) \{\s+id: ID!\s+countOfA: Int!\s+\}/);
    expect(sdl).toMatch(/type ProbePart @key\(fields: "code", resolvable: false\) \{\s+code: String!\s+\}/);
  });

  it("gives each subgraph its own stub: one subgraph's fields are not in the other's schema", async () => {
    const sdl = printSchemaWithDirectives(await buildFederatedSchema({ resolvers: [GizmoOfBResolver] }));
    expect(sdl).toMatch(/type ProbeGizmo @key\(fields: "id"\) \{\s+id: ID!\s+countOfB: Int!\s+\}/);
    expect(sdl).not.toContain('countOfA');
  });
});

describe('IdentifiedField', () => {
  it('is a nullable field readable by the identified-row roles only', async () => {
    const schema = await buildFederatedSchema({ resolvers: [GizmoOfAResolver] });
    const field = schema.getType('ProbeRow')!.toConfig() as { fields: Record<string, { type: unknown; description?: string }> };
    expect(String(field.fields.seenAt!.type)).toBe('DateTime');
    expect(field.fields.seenAt!.description).toBe('An exact date: not for ANALYST');
    for (const role of ['CLIENT', 'EXAMINER', 'SERVICE'] as const) expect(fieldsReadableBy(schema, role)).toContain('ProbeRow.seenAt');
    expect(fieldsReadableBy(schema, 'ANALYST')).not.toContain('ProbeRow.seenAt');
  });
});
