import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { deadLetters, messages, replayWebhookDelivery, webhookDeliveries, webhookSubscriptions } from './messaging';
import type { Operation, ResourceAdapter } from './operations';

/** The public API as clients see it: the committed subgraph SDLs composed (as operations.test.ts). */
let api: GraphQLSchema;
beforeAll(() => {
  const sdl = (name: string) => readFileSync(new URL(`../../../schema/${name}.graphql`, import.meta.url), 'utf8');
  const composed = composeServices(['examiners', 'cases', 'reports'].map((name) => ({ name, url: `http://${name}`, typeDefs: parse(sdl(name)) })));
  if (!composed.schema) throw new Error(`composition failed: ${composed.errors?.map((e) => e.message).join('; ')}`);
  api = composed.schema.toAPISchema().toGraphQLJSSchema();
});

const listParams = { filter: { status: 'ACTIVE', recipient: 'a@b.c' }, sort: { field: 'createdAt', order: 'DESC' as const }, pagination: { page: 1, perPage: 25 } };
const record = { id: 's1', version: 2, url: 'https://hooks.example/x', eventTypes: ['CASE_CREATED'], status: 'ACTIVE' };

function operationsOf(adapter: ResourceAdapter): Operation[] {
  return [
    adapter.getList?.(listParams),
    adapter.getOne?.({ id: 's1' }),
    adapter.getManyReference?.({ target: 'subscriptionId', id: 's1', ...listParams }),
    adapter.create?.({ data: record }),
    adapter.update?.({ id: 's1', data: record, previousData: record }),
    adapter.delete?.({ id: 's1', previousData: record }),
  ].filter((o): o is Operation => Boolean(o));
}

describe('the messaging data provider speaks the API as published in schema/', () => {
  for (const [resource, adapter] of Object.entries({ messages, deadLetters, webhookSubscriptions, webhookDeliveries })) {
    it(`${resource}: every react-admin call is a valid operation`, () => {
      for (const operation of operationsOf(adapter)) expect(validate(api, operation.query).map((e) => e.message)).toEqual([]);
    });
  }

  it('replays a delivery, and shows the secret the create answer carries', () => {
    expect(validate(api, replayWebhookDelivery({ id: 'd1' }).query)).toEqual([]);
    const created = webhookSubscriptions.create!({ data: record }).parseResponse({ data: { createWebhookSubscription: { secret: 'whsec_x', subscription: record } } });
    expect(created.data).toMatchObject({ id: 's1', secret: 'whsec_x' });
  });
});
