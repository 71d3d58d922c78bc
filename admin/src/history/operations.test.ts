import { describe, expect, it } from 'vitest';
import { describeOperation } from './operations';

describe('describeOperation', () => {
  it('says the common mutations as a person would', () => {
    expect(describeOperation('updateCase')).toBe('Referral corrected');
    expect(describeOperation('renewCredential')).toBe('Renewed (new term)');
  });

  it('spells out any other mutation from its name, so none is hidden', () => {
    expect(describeOperation('updateJurisdictionRule')).toBe('Update jurisdiction rule');
    expect(describeOperation('rotateWebhookSecret')).toBe('Rotate webhook secret');
  });
});
