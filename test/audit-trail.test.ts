import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { panelWorld } from './support/journey';
import { lifecycleStates } from './support/lifecycle-states';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * An audit entry names every record its mutation changed (docs/security.md, "Audit log"), so searching the log by
 * a case id shows everything done to the case, whichever record the mutation was addressed to.
 */
let t: TestPlatform;
let world: Awaited<ReturnType<typeof panelWorld>>;
let states: ReturnType<typeof lifecycleStates>;
beforeAll(async () => {
  t = await startTestPlatform();
  world = await panelWorld(t.gateway, { examiners: 2 });
  states = lifecycleStates(t.gateway, t.sql, world.specialty.code);
});
afterAll(async () => {
  await t?.close();
});

const LOG = (service: string) => `query ($filter: AuditLogFilter) { ${service}AuditLog(filter: $filter, page: { limit: 50 }) { items { operation actorId actorRole recordType recordIds } } }`;
async function entries(service: string, recordId: string, operation?: string) {
  const data = await t.gateway.request<any>(LOG(service), { filter: { recordId, ...(operation ? { operation } : {}) } });
  return data[`${service}AuditLog`].items as { operation: string; actorId: string; actorRole: string; recordType: string; recordIds: string[] }[];
}

describe('audit entries name every record a mutation changed', () => {
  it('shows who assigned the examiner from a panel when the log is searched by the case', async () => {
    const panel = await states.withPanel(world.client.id);
    const asClient = await t.as({ role: 'CLIENT', clientId: world.client.id, sub: 'audit-trail-client' });
    const [struck, chosen] = panel.members;
    await asClient.request(`mutation ($p: ID!, $e: ID!) { strikePanelMember(panelId: $p, input: { examinerId: $e, by: CLIENT }) { id } }`, { p: panel.panelId, e: struck });
    await asClient.request(`mutation ($p: ID!, $e: ID!) { selectPanelMember(panelId: $p, input: { examinerId: $e, by: CLIENT }) { id } }`, { p: panel.panelId, e: chosen });

    const byCase = await entries('cases', panel.caseId);
    expect(byCase.map((e) => e.operation)).toEqual(['selectPanelMember', 'strikePanelMember', 'proposePanel', 'createCase']);
    const selected = byCase[0];
    expect(selected).toMatchObject({ recordType: 'Panel', actorId: 'audit-trail-client', actorRole: 'CLIENT' });
    expect(selected.recordIds).toEqual(expect.arrayContaining([panel.panelId, panel.caseId, chosen]));
    // The timeline entry the selection wrote is part of the case: the case is named, not the entry.
    const events = await t.sql.query('select id from cases.case_event where case_id = $1', [panel.caseId]);
    for (const { id } of events.rows) expect(byCase.flatMap((e) => e.recordIds)).not.toContain(id);
  });

  it('names the case and the appointment an exam booking changed', async () => {
    const kase = await states.scheduled(world.client.id, world.examiners[0].id);
    const { case: read } = await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { appointments { id } } }`, { id: kase.id });
    const [scheduled] = await entries('cases', read.appointments[0].id);
    expect(scheduled.operation).toBe('scheduleExam');
    expect(scheduled.recordIds).toEqual(expect.arrayContaining([kase.id, read.appointments[0].id]));
  });

  it('names the case a report finalisation marked REPORTED through the cases subgraph', async () => {
    const report = await states.final(world.client.id, world.examiners[1].id);
    const finalised = await entries('reports', report.caseId, 'finaliseReport');
    expect(finalised).toHaveLength(1);
    expect(finalised[0].recordIds).toEqual(expect.arrayContaining([report.id, report.caseId]));
    const status = await t.sql.query('select status from cases.ime_case where id = $1', [report.caseId]);
    expect(status.rows[0].status).toBe('REPORTED');
  });
});
