import { describe, expect, it } from 'vitest';
import { noticePurpose, rightsStatement, type NoticeFacts } from './notice';

const facts: NoticeFacts = {
  jurisdictionName: "New York workers' compensation",
  reasons: ['CAUSATION', 'MMI'],
  bodyParts: ['lumbar spine'],
  examFormat: 'IN_PERSON',
  examinerName: 'Dr Ada Lovelace',
  examScheduledAt: new Date('2026-12-10T15:00:00Z'),
  location: '1 Main St, Albany NY',
  recordingAllowed: true,
  observerAllowed: true,
  panelRequired: false,
  reportRecipients: ['CLIENT', 'CLAIMANT'],
  interpreterNeeded: false,
};

describe('notice content', () => {
  it('states the purpose and nature of the exam', () => {
    const purpose = noticePurpose(facts);
    expect(purpose).toContain('lumbar spine');
    expect(purpose).toContain('what caused the injury or illness');
    expect(purpose).toContain('maximum medical improvement');
    expect(purpose).toContain('in-person physical examination at 1 Main St, Albany NY');
  });

  it('describes a telehealth exam as a video examination', () => {
    expect(noticePurpose({ ...facts, examFormat: 'TELEHEALTH' })).toContain('video examination');
  });

  it('lists recording and observer rights only where the jurisdiction grants them', () => {
    expect(rightsStatement(facts)).toContain('record the examination');
    expect(rightsStatement(facts)).toContain('observe the examination');
    const withoutThem = rightsStatement({ ...facts, recordingAllowed: false, observerAllowed: false });
    expect(withoutThem).not.toContain('record the examination');
    expect(withoutThem).not.toContain('observe');
  });

  it('mentions panel choice where a panel is required, and the report copy always', () => {
    expect(rightsStatement({ ...facts, panelRequired: true })).toContain('choose, or strike, examiners');
    expect(rightsStatement(facts)).toMatch(/^1\. You will receive a copy of the examiner's report\./);
  });
});
