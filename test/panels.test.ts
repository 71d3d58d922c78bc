import type { GraphQLClient } from 'graphql-request';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addVerifiedCredential, createCase, graphqlError } from './support/fixtures';
import { TestClock } from './support/clock';
import { caseState, panelWorld } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * California QME panels (docs/rules.md, "Panels"): the unrepresented claimant's choice period (Labor Code
 * §4062.1(c), 8 CCR §31.3), the represented sides' strike period (Labor Code §4062.2(c)), what each lapse lets
 * the other side do, and the audit of a panel's draw. Days pass on the test clock.
 */
const clock = new TestClock();
let t: TestPlatform;
let world: Awaited<ReturnType<typeof panelWorld>>;
let client: GraphQLClient;
beforeAll(async () => {
  t = await startTestPlatform({}, { clock });
  world = await panelWorld(t.gateway, { examiners: 3, jurisdiction: 'US-CA' });
  for (const examiner of world.examiners) await addVerifiedCredential(t.gateway, examiner.id, { kind: 'QME_CERTIFICATION', jurisdiction: 'US-CA' });
  client = await t.as({ role: 'CLIENT', clientId: world.client.id });
});
afterEach(() => clock.reset());
afterAll(async () => {
  await t?.close();
});

const PANEL_FIELDS = 'id status procedure choiceDueOn strikeDueOn selectedBy selectionBasis selectionReason members { examinerId struckBy selected }';
const PROPOSE = `mutation ($caseId: ID!) { proposePanel(caseId: $caseId, input: { seed: "ca-panel" }) { ${PANEL_FIELDS} } }`;
const STRIKE = `mutation ($panelId: ID!, $e: ID!, $by: CaseParty!) { strikePanelMember(panelId: $panelId, input: { examinerId: $e, by: $by }) { ${PANEL_FIELDS} } }`;
const SELECT = `mutation ($panelId: ID!, $e: ID!, $by: CaseParty!) { selectPanelMember(panelId: $panelId, input: { examinerId: $e, by: $by }) { ${PANEL_FIELDS} } }`;
const TIMELINE = `query ($id: ID!) { case(id: $id) { status examinerId timeline { type note } } }`;

const REPRESENTED = { representative: { name: 'Sam Counsel', firm: 'Counsel LLP' } };

/** A CA case (represented or not) with a panel of three proposed on Tuesday 2026-12-01. */
async function caPanel(represented: boolean) {
  clock.set('2026-12-01T17:00:00Z');
  const base = { firstName: 'Ana', lastName: 'Worker', dateOfBirth: '1979-05-06', latitude: 42.65, longitude: -73.75, language: 'en' };
  const kase = await createCase(t.gateway, world.client.id, {
    requiredSpecialtyCode: world.specialty.code,
    jurisdiction: 'US-CA',
    claimant: represented ? { ...base, ...REPRESENTED } : base,
  });
  const panel = (await t.gateway.request<any>(PROPOSE, { caseId: kase.id })).proposePanel;
  const ids = panel.members.map((m: any) => m.examinerId) as string[];
  return { caseId: kase.id, panel, ids };
}

/** Everything a refused choice must leave as it was: the case, the panel, its members, the timeline. */
async function snapshot(caseId: string) {
  const kase = await t.sql.query('select status, version, examiner_id from cases.ime_case where id = $1', [caseId]);
  const panels = await t.sql.query('select status, selected_by, selection_basis from cases.panel where case_id = $1', [caseId]);
  const members = await t.sql.query(
    'select m.examiner_id, m.struck_by, m.selected from cases.panel_member m join cases.panel p on p.id = m.panel_id where p.case_id = $1 order by m.position',
    [caseId],
  );
  const events = await t.sql.query('select count(*)::int as n from cases.case_event where case_id = $1', [caseId]);
  return { kase: kase.rows, panels: panels.rows, members: members.rows, events: events.rows[0].n };
}

async function refused(caseId: string, request: () => Promise<unknown>, rule: string) {
  const before = await snapshot(caseId);
  const error = await graphqlError(request());
  expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule });
  expect(await snapshot(caseId)).toEqual(before);
  return error;
}

describe('an unrepresented claimant chooses (Labor Code §4062.1(c), 8 CCR §31.3)', () => {
  it('carries the choice period on the panel and the timeline', async () => {
    const { caseId, panel } = await caPanel(false);
    expect(panel).toMatchObject({ status: 'OPEN', procedure: 'CLAIMANT_CHOICE', choiceDueOn: '2026-12-11', strikeDueOn: null });
    const story = await t.gateway.request<any>(TIMELINE, { id: caseId });
    expect(story.case.timeline.find((e: any) => e.type === 'PANEL_PROPOSED').note).toContain('the claimant chooses by 2026-12-11; after that the client may');
  });

  it('refuses the client, strikes and non-parties until the period lapses, then records the client’s choice as a lapse default', async () => {
    const { caseId, panel, ids } = await caPanel(false);
    const early = await refused(caseId, () => client.request(SELECT, { panelId: panel.id, e: ids[0], by: 'CLIENT' }), 'CLAIMANT_CHOICE_PERIOD');
    expect(early.message).toContain('until 2026-12-11');
    expect(early.extensions).toMatchObject({ procedure: 'CLAIMANT_CHOICE', choiceDueOn: '2026-12-11' });
    await refused(caseId, () => client.request(STRIKE, { panelId: panel.id, e: ids[0], by: 'CLIENT' }), 'STRIKES_REPRESENTED_ONLY');
    await refused(caseId, () => t.gateway.request(STRIKE, { panelId: panel.id, e: ids[0], by: 'CLAIMANT' }), 'STRIKES_REPRESENTED_ONLY');
    await refused(caseId, () => t.gateway.request(SELECT, { panelId: panel.id, e: ids[0], by: 'ADMIN' }), 'PANEL_PARTY_ONLY');

    clock.set('2026-12-11T23:00:00Z'); // the last day of the period
    await refused(caseId, () => client.request(SELECT, { panelId: panel.id, e: ids[0], by: 'CLIENT' }), 'CLAIMANT_CHOICE_PERIOD');

    clock.set('2026-12-12T09:00:00Z');
    const chosen = (await client.request<any>(SELECT, { panelId: panel.id, e: ids[1], by: 'CLIENT' })).selectPanelMember;
    expect(chosen).toMatchObject({
      status: 'SELECTED',
      selectedBy: 'CLIENT',
      selectionBasis: 'CHOICE_PERIOD_LAPSED',
      selectionReason: 'The claimant did not choose by 2026-12-11, so the client chose (Labor Code §4062.1(c), 8 CCR §31.3)',
    });
    const story = await t.gateway.request<any>(TIMELINE, { id: caseId });
    expect(story.case).toMatchObject({ status: 'ASSIGNED', examinerId: ids[1] });
    expect(story.case.timeline.find((e: any) => e.type === 'ASSIGNED').note).toBe(
      'Selected from the panel by the CLIENT: The claimant did not choose by 2026-12-11, so the client chose (Labor Code §4062.1(c), 8 CCR §31.3)',
    );
  });

  it('lets the claimant choose at once', async () => {
    const { caseId, panel, ids } = await caPanel(false);
    const chosen = (await t.gateway.request<any>(SELECT, { panelId: panel.id, e: ids[2], by: 'CLAIMANT' })).selectPanelMember;
    expect(chosen).toMatchObject({ status: 'SELECTED', selectedBy: 'CLAIMANT', selectionBasis: 'CLAIMANT_CHOICE' });
    expect(await caseState(t.gateway, caseId)).toMatchObject({ status: 'ASSIGNED', examinerId: ids[2] });
  });
});

describe('represented sides strike (Labor Code §4062.2(c))', () => {
  it('carries the strike period, refuses selections while it runs, and assigns the examiner left after one strike each', async () => {
    const { caseId, panel, ids } = await caPanel(true);
    expect(panel).toMatchObject({ procedure: 'PARTY_STRIKES', strikeDueOn: '2026-12-11', choiceDueOn: null });
    const story = await t.gateway.request<any>(TIMELINE, { id: caseId });
    expect(story.case.timeline.find((e: any) => e.type === 'PANEL_PROPOSED').note).toContain('each side may strike one by 2026-12-11');

    const open = await refused(caseId, () => client.request(SELECT, { panelId: panel.id, e: ids[0], by: 'CLIENT' }), 'STRIKE_PERIOD_OPEN');
    expect(open.extensions).toMatchObject({ procedure: 'PARTY_STRIKES', strikeDueOn: '2026-12-11' });
    await refused(caseId, () => t.gateway.request(SELECT, { panelId: panel.id, e: ids[0], by: 'ATTORNEY' }), 'STRIKE_PERIOD_OPEN');
    await refused(caseId, () => t.gateway.request(STRIKE, { panelId: panel.id, e: ids[0], by: 'ADMIN' }), 'PANEL_PARTY_ONLY');

    await client.request(STRIKE, { panelId: panel.id, e: ids[0], by: 'CLIENT' });
    await refused(caseId, () => client.request(STRIKE, { panelId: panel.id, e: ids[1], by: 'CLIENT' }), 'ONE_STRIKE_PER_SIDE');
    await refused(caseId, () => t.gateway.request(SELECT, { panelId: panel.id, e: ids[1], by: 'CLIENT' }), 'STRIKE_PERIOD_OPEN');
    clock.set('2026-12-10T12:00:00Z');
    const decided = (await t.gateway.request<any>(STRIKE, { panelId: panel.id, e: ids[1], by: 'ATTORNEY' })).strikePanelMember;
    expect(decided).toMatchObject({ status: 'SELECTED', selectedBy: null, selectionBasis: 'REMAINING_AFTER_STRIKES' });
    expect(decided.selectionReason).toBe(`the examiner left once ${ids[0]} by the CLIENT and ${ids[1]} by the ATTORNEY were struck (Labor Code §4062.2(c))`);
    expect(decided.members.map((m: any) => [m.struckBy, m.selected])).toEqual([
      ['CLIENT', false],
      ['ATTORNEY', false],
      [null, true],
    ]);
    expect(await caseState(t.gateway, caseId)).toMatchObject({ status: 'ASSIGNED', examinerId: ids[2] });
  });

  it('after the period, lets the side that struck choose for the side that did not, and refuses late strikes', async () => {
    const { caseId, panel, ids } = await caPanel(true);
    await client.request(STRIKE, { panelId: panel.id, e: ids[0], by: 'CLIENT' });
    clock.set('2026-12-12T09:00:00Z');
    const late = await refused(caseId, () => t.gateway.request(STRIKE, { panelId: panel.id, e: ids[1], by: 'ATTORNEY' }), 'STRIKE_PERIOD_ENDED');
    expect(late.message).toContain('ended on 2026-12-11');
    const notTheirs = await refused(caseId, () => t.gateway.request(SELECT, { panelId: panel.id, e: ids[1], by: 'ATTORNEY' }), 'STRIKE_NOT_EXERCISED');
    expect(notTheirs.message).toContain('The claimant side did not strike by 2026-12-11');
    const chosen = (await client.request<any>(SELECT, { panelId: panel.id, e: ids[2], by: 'CLIENT' })).selectPanelMember;
    expect(chosen).toMatchObject({
      status: 'SELECTED',
      selectedBy: 'CLIENT',
      selectionBasis: 'STRIKE_PERIOD_LAPSED',
      selectionReason: 'The strike period ended on 2026-12-11 and the claimant side did not strike, so the CLIENT chose (Labor Code §4062.2(c))',
    });
    expect(await caseState(t.gateway, caseId)).toMatchObject({ status: 'ASSIGNED', examinerId: ids[2] });
  });

  it('lets the claimant side choose when the client did not strike in time, and refuses the client', async () => {
    const { caseId, panel, ids } = await caPanel(true);
    await t.gateway.request(STRIKE, { panelId: panel.id, e: ids[2], by: 'ATTORNEY' });
    clock.set('2026-12-14T09:00:00Z');
    await refused(caseId, () => client.request(SELECT, { panelId: panel.id, e: ids[0], by: 'CLIENT' }), 'STRIKE_NOT_EXERCISED');
    const chosen = (await t.gateway.request<any>(SELECT, { panelId: panel.id, e: ids[0], by: 'ATTORNEY' })).selectPanelMember;
    expect(chosen).toMatchObject({ selectedBy: 'ATTORNEY', selectionBasis: 'STRIKE_PERIOD_LAPSED' });
    expect(chosen.selectionReason).toContain('the client side did not strike');
  });

  it('lets either side choose when neither struck in time', async () => {
    const { caseId, panel, ids } = await caPanel(true);
    clock.set('2026-12-12T09:00:00Z');
    const chosen = (await t.gateway.request<any>(SELECT, { panelId: panel.id, e: ids[1], by: 'ATTORNEY' })).selectPanelMember;
    expect(chosen).toMatchObject({ selectedBy: 'ATTORNEY', selectionBasis: 'STRIKE_PERIOD_LAPSED' });
    expect(chosen.selectionReason).toContain('neither side struck');
    expect(await caseState(t.gateway, caseId)).toMatchObject({ status: 'ASSIGNED', examinerId: ids[1] });
  });
});

describe('auditing a draw', () => {
  const AUDIT = `query ($panelId: ID!) { auditPanelDraw(panelId: $panelId) {
    matches differences strategy seed size maxOpenCaseLoad recordedMembers recomputedMembers shortfall notes excluded { examinerId reason }
    candidatePool { examinerId practiceGroup reputation openCaseLoad } panel { id }
  } }`;

  it('shows the parties the stored pool, seed and strategy, and recomputes the draw from them', async () => {
    const { caseId, panel, ids } = await caPanel(false);
    const audit = (await client.request<any>(AUDIT, { panelId: panel.id })).auditPanelDraw;
    expect(audit).toMatchObject({ matches: true, differences: [], strategy: 'RANDOM', seed: 'ca-panel', size: 3, maxOpenCaseLoad: null, recordedMembers: ids, recomputedMembers: ids, shortfall: 0, notes: [] });
    expect(audit.candidatePool.map((c: any) => c.examinerId)).toEqual([...world.examiners.map((e) => e.id)].sort());
    expect(Object.keys(audit.candidatePool[0]).sort()).toEqual(['examinerId', 'openCaseLoad', 'practiceGroup', 'reputation']);

    const viaCase = await client.request<any>(`query ($id: ID!) { case(id: $id) { panels { seed strategy candidatePool { examinerId } } } }`, { id: caseId });
    expect(viaCase.case.panels[0]).toMatchObject({ seed: 'ca-panel', strategy: 'RANDOM' });
    expect(viaCase.case.panels[0].candidatePool).toHaveLength(3);

    // Someone reorders the recorded panel: the audit no longer matches, and says where.
    await t.sql.query(`update cases.panel_member set position = case position when 1 then 2 when 2 then 1 else position end where panel_id = $1`, [panel.id]);
    const tampered = (await t.gateway.request<any>(AUDIT, { panelId: panel.id })).auditPanelDraw;
    expect(tampered.matches).toBe(false);
    expect(tampered.differences).toEqual([`position 1: the panel has ${ids[1]}, the draw gives ${ids[0]}`, `position 2: the panel has ${ids[0]}, the draw gives ${ids[1]}`]);
  });

  it('keeps the pool from roles that are not parties to the case', async () => {
    const { panel, caseId } = await caPanel(false);
    const analyst = await t.as({ role: 'ANALYST' });
    const refusedAudit = await graphqlError(analyst.request(AUDIT, { panelId: panel.id }));
    expect(refusedAudit.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const pool = await analyst
      .request(`query ($id: ID!) { case(id: $id) { panels { seed candidatePool { examinerId } } } }`, { id: caseId })
      .catch((error) => error.response);
    expect(pool.data.case.panels[0]).toEqual({ seed: 'ca-panel', candidatePool: null });
    expect(pool.errors[0].extensions.code).toBe('FORBIDDEN');
    const otherClient = await t.as({ role: 'CLIENT', clientId: (await panelWorld(t.gateway, { examiners: 0 })).client.id });
    expect((await otherClient.request<any>(AUDIT, { panelId: panel.id })).auditPanelDraw).toBeNull();
  });
});
