import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, issueClaimantToken, loadAuthConfig } from '@imepanel/runtime';
import { GraphQLClient } from 'graphql-request';
import { seedDemoDataOnce } from '../scripts/seeding/demo-seed';
import { issueDemoClaimantLinks, type DemoClaimantLink } from '../scripts/seeding/demo/claimant-portal';
import { DEFAULT_SPECIALTY_CODE } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The demo claimants `npm start` prints (scripts/seeding/demo/claimant-portal.ts): a California claimant who can
 * act on an open QME panel today, and a claimant whose final report is released — each link opening the portal
 * for the date of birth printed beside it.
 */
let t: TestPlatform;
let links: DemoClaimantLink[];
const log = createLogger('claimant-demo-test', 'silent');
beforeAll(async () => {
  t = await startTestPlatform();
  await t.sql.query(`delete from examiners.specialty where code = $1`, [DEFAULT_SPECIALTY_CODE]);
  expect(await seedDemoDataOnce({ DATABASE_URL: t.databaseUrl }, log)).toBe(true);
  links = await issueDemoClaimantLinks({}, t.gatewayUrl, log);
}, 300_000);
afterAll(async () => {
  await t?.close();
});

/** A session of the demo claimant of a link, as the portal opens one after the date of birth and the code. */
async function sessionOf(link: DemoClaimantLink) {
  const token = new URL(link.link).pathname.split('/').pop()!;
  const { rows: [access] } = await t.sql.query(
    `select a.id, a.case_id, c.claimant_date_of_birth::text as dob from cases.claimant_access a join cases.ime_case c on c.id = a.case_id where a.token_hash = encode(sha256($1::bytea), 'hex')`,
    [token],
  );
  expect(access.dob).toBe(link.dateOfBirth);
  const session = await issueClaimantToken(loadAuthConfig(), { accessId: access.id, caseId: access.case_id, name: 'Claimant' }, { ttlSeconds: 600 });
  return new GraphQLClient(t.gatewayUrl, { headers: { authorization: `Bearer ${session.token}` } });
}

describe('demo claimants', () => {
  it('has a California claimant who can strike or choose from an open QME panel today', async () => {
    const link = links.find((l) => l.purpose.startsWith('QME panel'))!;
    expect(link.link).toMatch(/\/claimant\/open\/[A-Za-z0-9_-]{43}/);
    const panel = (await (await sessionOf(link)).request<any>(`{ claimantPanel { procedure choiceDueOn strikeDueOn members { struck  canStrike canChoose profile { displayName specialties { name } } } } }`)).claimantPanel;
    expect(['PARTY_STRIKES', 'CLAIMANT_CHOICE']).toContain(panel.procedure);
    expect(panel.members.some((m: any) => m.canStrike || m.canChoose), JSON.stringify(panel)).toBe(true);
    expect(panel.members[0].profile.displayName).toBeTruthy();
  });

  it('has a claimant whose final report is released to them', async () => {
    const link = links.find((l) => l.purpose.startsWith('final report'))!;
    const claimant = await sessionOf(link);
    expect((await claimant.request<any>(`{ claimantReportStatus { available } }`)).claimantReportStatus.available).toBe(true);
  });

  it('links open the portal for the date of birth', async () => {
    for (const link of links) {
      const opened = await fetch(`${new URL(t.gatewayUrl).origin}${new URL(link.link).pathname}`, { redirect: 'manual' });
      expect(opened.status).toBe(303);
      expect(opened.headers.get('location')).toBe('/claimant/verify');
    }
  });
});
