import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Authorized, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { buildFederatedSchema } from './federated-schema';

@ObjectType('RestrictedProbe')
class RestrictedProbe {
  @Field(() => ID)
  id!: string;

  @Authorized('CLIENT')
  @Field(() => String)
  claimNumber!: string;
}

@Resolver(() => RestrictedProbe)
class RestrictedProbeResolver {
  @Authorized()
  @Query(() => RestrictedProbe, { nullable: true })
  restrictedProbe(): RestrictedProbe | null {
    return null;
  }

  @Authorized('EXAMINER')
  @FieldResolver(() => Boolean)
  represented(@Root() _probe: RestrictedProbe): boolean {
    return false;
  }
}

@ObjectType('OpenProbe')
class OpenProbe {
  @Field(() => ID)
  id!: string;

  @Authorized('CLIENT')
  @Field(() => String, { nullable: true })
  claimNumber!: string | null;

  @Authorized()
  @Field(() => String)
  status!: string;
}

@Resolver(() => OpenProbe)
class OpenProbeResolver {
  @Authorized('ANALYST')
  @Query(() => OpenProbe)
  openProbe(): OpenProbe {
    return { id: '1', claimNumber: null, status: 'OK' };
  }
}

describe('buildFederatedSchema', () => {
  it('refuses a field only some roles may read that is non-null, on the type or in a field resolver', async () => {
    await expect(buildFederatedSchema({ resolvers: [RestrictedProbeResolver] })).rejects.toThrow(
      /must be nullable.*RestrictedProbe\.claimNumber, RestrictedProbe\.represented/,
    );
  });

  it('accepts restricted fields that are nullable, non-null fields open to every role, and restricted root fields', async () => {
    const schema = await buildFederatedSchema({ resolvers: [OpenProbeResolver] });
    expect(schema.getQueryType()?.getFields().openProbe).toBeDefined();
  });
});
