import type { RaRecord } from 'ra-core';
import { mutation, pageQuery, type Operation, type ResourceAdapter } from './operations';
import { optionalText, requiredText, toApiFilter, toApiPage, type FilterRules } from './params';

/**
 * The message outbox, the dead letters, webhook subscriptions and their delivery log (docs/messaging.md): the
 * cases subgraph's `messages`, `deadLetters`, `webhookSubscriptions` and `webhookDeliveries`.
 */

const MESSAGE_FIELDS = 'id recipient language template subject text status attempts lastError attachmentNames relatedType relatedId createdAt sentAt';
const MESSAGE_FILTERS: FilterRules = { recipient: { type: 'string' }, template: { type: 'string' } };
const asRecord = (item: any): RaRecord => item;

export const messages: ResourceAdapter = {
  getList: ({ filter, pagination }) =>
    pageQuery({ field: 'messages', argTypes: { filter: 'MessageFilter', page: 'PageInput' }, variables: { filter: toApiFilter(filter, MESSAGE_FILTERS), page: toApiPage(pagination) }, selection: MESSAGE_FIELDS, toRecord: asRecord }),
  // The outbox has no query by id: a message is shown from its page, found by id.
  getOne: ({ id }) => ({
    ...pageQuery({ field: 'messages', argTypes: { page: 'PageInput' }, variables: { page: { limit: 100, offset: 0 } }, selection: MESSAGE_FIELDS, toRecord: asRecord }),
    parseResponse: ({ data }: { data: any }) => ({ data: data.messages.items.find((m: RaRecord) => m.id === id) ?? { id } }),
  }),
};

export const deadLetters: ResourceAdapter = {
  getList: ({ pagination }) =>
    pageQuery({ field: 'deadLetters', argTypes: { page: 'PageInput' }, variables: { page: toApiPage(pagination) }, selection: 'id createdOn queue dataJson error', toRecord: asRecord }),
};

const SUBSCRIPTION_FIELDS = 'id clientId url description eventTypes status consecutiveFailures disabledAt disabledReason createdAt updatedAt version';
const SUBSCRIPTION_FILTERS: FilterRules = { clientId: { type: 'id' }, status: { type: 'list' } };

export const webhookSubscriptions: ResourceAdapter = {
  getList: ({ filter, pagination }) =>
    pageQuery({
      field: 'webhookSubscriptions',
      argTypes: { filter: 'WebhookSubscriptionFilter', page: 'PageInput' },
      variables: { filter: toApiFilter(filter, SUBSCRIPTION_FILTERS), page: toApiPage(pagination) },
      selection: SUBSCRIPTION_FIELDS,
      toRecord: asRecord,
    }),
  getOne: ({ id }) => ({
    ...pageQuery({ field: 'webhookSubscriptions', argTypes: { page: 'PageInput' }, variables: { page: { limit: 100, offset: 0 } }, selection: SUBSCRIPTION_FIELDS, toRecord: asRecord }),
    parseResponse: ({ data }: { data: any }) => ({ data: data.webhookSubscriptions.items.find((s: RaRecord) => s.id === id) ?? { id } }),
  }),
  // The answer carries the signing secret, shown once: the create view displays it from the record.
  create: ({ data }) =>
    mutation({
      field: 'createWebhookSubscription',
      argTypes: { input: 'CreateWebhookSubscriptionInput!' },
      variables: { input: { clientId: optionalText(data.clientId), url: requiredText(data.url), eventTypes: data.eventTypes ?? [], description: optionalText(data.description) } },
      selection: `secret subscription { ${SUBSCRIPTION_FIELDS} }`,
      toData: (result: any) => ({ ...result.subscription, secret: result.secret }),
    }),
  update: ({ id, data, previousData }) =>
    mutation({
      field: 'updateWebhookSubscription',
      argTypes: { id: 'ID!', version: 'Int!', input: 'UpdateWebhookSubscriptionInput!' },
      variables: {
        id,
        version: data.version ?? previousData.version,
        input: { url: requiredText(data.url), eventTypes: data.eventTypes, description: optionalText(data.description), enabled: data.status === 'ACTIVE' },
      },
      selection: SUBSCRIPTION_FIELDS,
      toData: asRecord,
    }),
  delete: ({ id, previousData }) =>
    mutation({ field: 'deleteWebhookSubscription', argTypes: { id: 'ID!', version: 'Int!' }, variables: { id, version: previousData?.version }, toData: () => ({ id }) }),
};

const DELIVERY_FIELDS = 'id subscriptionId eventId eventType caseId caseSequence status attempts lastStatusCode lastDurationMs lastError lastAttemptAt deliveredAt createdAt attemptLog { at statusCode durationMs error }';
const DELIVERY_FILTERS: FilterRules = { subscriptionId: { type: 'id' }, caseId: { type: 'id' }, status: { type: 'list' } };

export const webhookDeliveries: ResourceAdapter = {
  getList: ({ filter, pagination }) =>
    pageQuery({
      field: 'webhookDeliveries',
      argTypes: { filter: 'WebhookDeliveryFilter', page: 'PageInput' },
      variables: { filter: toApiFilter(filter, DELIVERY_FILTERS), page: toApiPage(pagination) },
      selection: DELIVERY_FIELDS,
      toRecord: asRecord,
    }),
  getManyReference: ({ target, id, filter, pagination, sort }) => webhookDeliveries.getList!({ filter: { ...filter, [target]: id }, pagination, sort }),
};

/** Sends a delivery again, with its webhook-id. */
export const replayWebhookDelivery = (params: { id: string }): Operation =>
  mutation({ field: 'replayWebhookDelivery', argTypes: { id: 'ID!' }, variables: { id: params.id }, selection: 'id status attempts', toData: asRecord });

