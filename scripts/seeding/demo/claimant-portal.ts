import { issueToken, loadAuthConfig, type Logger } from '@imepanel/runtime';

/**
 * The claimant portal on the demo data (docs/claimant-portal.md), development only: at every `npm start` two demo
 * claimants get a fresh portal link (their earlier demo links stop working), through the API as an administrator
 * would issue them — a California QME case whose panel is open for the claimant to act on today (a new panel is
 * drawn on a California referral when none is), and a case whose final report is released. `npm start` prints
 * the links with the dates of birth; the one-time code arrives in the message outbox (the console's Messages).
 */
export interface DemoClaimantLink {
  purpose: string;
  referenceNumber: string;
  link: string;
  dateOfBirth: string;
}

const CASE_FIELDS = `id referenceNumber status jurisdictionCode claimant { email dateOfBirth } panels { status procedure choiceDueOn strikeDueOn members { struckBy } }`;

export async function issueDemoClaimantLinks(env: Record<string, string | undefined>, gatewayUrl: string, log: Logger): Promise<DemoClaimantLink[]> {
  const { token } = await issueToken(loadAuthConfig(env), { sub: 'demo-seed', name: 'Demo seed', role: 'ADMIN', clientId: null, examinerId: null }, { ttlSeconds: 300 });
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0]!.message);
    return body.data;
  };
  const find = async (filter: Record<string, unknown>) =>
    ((await call(`query ($f: CaseFilter) { cases(filter: $f, page: { limit: 60 }) { items { ${CASE_FIELDS} } } }`, { f: filter })).cases.items as any[]).filter((c) => c.claimant?.email);
  const today = new Date().toISOString().slice(0, 10);
  // The claimant can act today: choose within the choice period, or strike within the strike period if their side has not.
  const claimantSideStruck = (p: any) => p.members.some((m: any) => m.struckBy === 'CLAIMANT' || m.struckBy === 'ATTORNEY');
  const openToday = (c: any) =>
    c.panels.some(
      (p: any) =>
        p.status === 'OPEN' &&
        (p.procedure === 'PARTY_STRIKES'
          ? // A strike never takes the last examiner (Labor Code §4062.2(c)): two must be left to strike one.
            (p.strikeDueOn ?? today) >= today && !claimantSideStruck(p) && p.members.filter((m: any) => !m.struckBy).length >= 2
          : p.procedure === 'CLAIMANT_CHOICE' && (p.choiceDueOn ?? today) >= today),
    );
  const issue = async (kase: any, purpose: string): Promise<DemoClaimantLink> => {
    const data = await call(`mutation ($id: ID!) { issueClaimantAccess(caseId: $id, party: CLAIMANT, sendByEmail: false) { link } }`, { id: kase.id });
    return { purpose, referenceNumber: kase.referenceNumber, link: data.issueClaimantAccess.link, dateOfBirth: kase.claimant.dateOfBirth };
  };
  const links: DemoClaimantLink[] = [];
  try {
    const gateway = new URL(gatewayUrl);
    const portal = (link: string) => link.replace(/^https?:\/\/[^/]+/, gateway.origin);
    let panelCase = (await find({ status: ['PANEL_PROPOSED'], jurisdiction: ['US-CA'] })).sort((a, b) => Number(b.panels.some((p: any) => p.procedure === 'PARTY_STRIKES')) - Number(a.panels.some((p: any) => p.procedure === 'PARTY_STRIKES'))).find(openToday);
    if (!panelCase) {
      // The demo's panels were drawn on the day it was seeded; their periods may have ended since: draw a new one.
      const referral = (await find({ status: ['REQUESTED'], jurisdiction: ['US-CA'] }))[0];
      if (referral) {
        await call(`mutation ($id: ID!) { proposePanel(caseId: $id, input: { allowSmallerPanel: true }) { id } }`, { id: referral.id });
        panelCase = referral;
      }
    }
    if (panelCase) links.push(await issue(panelCase, 'QME panel open: choose or strike, notice, requests'));
    const reported = (await find({ status: ['REPORTED', 'CLOSED'] }))[0];
    if (reported) links.push(await issue(reported, 'final report released: read and download it, feedback, who saw my data'));
    return links.map((l) => ({ ...l, link: portal(l.link) }));
  } catch (error) {
    log.warn({ err: error }, 'demo claimant portal links not issued');
    return links;
  }
}

/** The lines `npm start` prints about the demo claimants (development only). */
export function demoClaimantBanner(links: DemoClaimantLink[]): string[] {
  if (links.length === 0) return [];
  return [
    '',
    '  Claimant portal (DEVELOPMENT demo links, new at every start) — open a link, enter the date of birth, then the',
    '  one-time code from the message outbox (console → Messages, as admin@imepanel.example):',
    ...links.flatMap((l) => [`    ${l.referenceNumber}  born ${l.dateOfBirth}  (${l.purpose})`, `      ${l.link}`]),
  ];
}
