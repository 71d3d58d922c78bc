import { batchLoader, groupLoader, keyLoader, pagedGroupLoaders, type Clock } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Appointment, Case, CaseEvent, Client, JurisdictionHoliday, JurisdictionRule, Notice, Panel, PanelMember, ReferralQuestion } from './entities';
import { examinerCaseMetrics } from './metrics/examiner-case-metrics';
import { openCaseLoads } from './queries/open-case-loads';

/** Per-request DataLoaders: every reference and relation hop of this subgraph costs one statement per tick. */
export function createCasesLoaders(em: EntityManager, clock: Clock) {
  const byCase = <T extends { case: { id: string } }>(entity: new () => T, orderBy: Record<string, 'asc' | 'desc'>) =>
    groupLoader<T>(em, entity, (ids) => ({ case: { $in: ids } }) as never, (row) => row.case.id, { orderBy: orderBy as never });
  return {
    /** One page of each examiner's cases, newest first, for a whole list of examiners in one statement. */
    casesByExaminer: pagedGroupLoaders(em, Case, {
      table: 'cases.ime_case',
      ownerColumn: 'examiner_id',
      orderBy: 't.created_at desc, t.id',
    }),
    caseById: keyLoader(em, Case, 'id'),
    clientById: keyLoader(em, Client, 'id'),
    ruleByCode: keyLoader(em, JurisdictionRule, 'code'),
    holidaysByRule: groupLoader(em, JurisdictionHoliday, (codes) => ({ jurisdiction: { code: { $in: codes } } }), (row) => row.jurisdiction.unwrap().code, {
      orderBy: { date: 'asc' },
    }),
    questionsByCase: byCase(ReferralQuestion, { position: 'asc' }),
    panelsByCase: byCase(Panel, { proposedAt: 'asc' }),
    appointmentsByCase: byCase(Appointment, { scheduledAt: 'asc' }),
    noticesByCase: byCase(Notice, { servedAt: 'asc' }),
    eventsByCase: byCase(CaseEvent, { at: 'asc' }),
    membersByPanel: groupLoader(em, PanelMember, (ids) => ({ panel: { $in: ids } }), (row) => row.panel.id, {
      orderBy: { position: 'asc' },
    }),
    openCaseCountByExaminer: batchLoader((ids) => openCaseLoads(em, ids), 0),
    caseMetricsByExaminer: batchLoader((ids) => examinerCaseMetrics(em, ids, clock.now()), null),
  };
}

export type CasesLoaders = ReturnType<typeof createCasesLoaders>;
