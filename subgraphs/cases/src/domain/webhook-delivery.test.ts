import { describe, expect, it } from 'vitest';
import { isDelivered, isLastAttempt, shouldDisable, webhookBody } from './webhook-delivery';

describe('webhook delivery rules', () => {
  it('counts 2xx answers only as delivered', () => {
    expect([200, 201, 204, 299].every(isDelivered)).toBe(true);
    expect([null, 199, 301, 400, 410, 500].some(isDelivered)).toBe(false);
  });

  it('disables at the threshold and knows the last attempt', () => {
    expect(shouldDisable(4, 5)).toBe(false);
    expect(shouldDisable(5, 5)).toBe(true);
    expect(isLastAttempt(2, 3)).toBe(false);
    expect(isLastAttempt(3, 3)).toBe(true);
  });

  it('sends the Standard Webhooks shape with the case sequence and ids only', () => {
    const body = JSON.parse(
      webhookBody({ eventId: 'e', type: 'CASE_CREATED', occurredAt: '2026-12-01T10:00:00.000Z', caseId: 'c', caseSequence: 3, aggregateType: 'Case', aggregateId: 'c', source: 'cases', payload: { status: 'REQUESTED' } }),
    );
    expect(body).toEqual({
      type: 'CASE_CREATED',
      timestamp: '2026-12-01T10:00:00.000Z',
      data: { eventId: 'e', caseId: 'c', caseSequence: 3, aggregateType: 'Case', aggregateId: 'c', source: 'cases', status: 'REQUESTED' },
    });
  });
});
