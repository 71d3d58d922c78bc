import { claimantCaseId, failedPrecondition, notFound, toPage, today, unauthenticated, type AuditRecorder, type Page, type PageInput } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fetchExaminerProfiles, recordClaimantReputationEvent, type ExaminerProfile } from '../clients/examiners-client';
import type { CasesCommandContext } from '../context';
import { panelPartyOf, sessionRefusal } from '../domain/claimant-access';
import { checkClaimantRequest, checkComplaint, checkFeedback, feedbackRating, monthStart, type FeedbackAnswers, type RightsRefusal } from '../domain/claimant-rights';
import { checkSelection, checkStrike, type PanelState } from '../domain/panel-choice';
import {
  Appointment,
  AppointmentStatus,
  AuditEntry,
  Case,
  CaseEvent,
  ClaimantAccess,
  ClaimantParty,
  ClaimantRequest,
  ClaimantRequestKind,
  ClaimantRequestStatus,
  Client,
  Notice,
  Panel,
  PanelMember,
  PanelStatus,
  type CaseEventType,
  type JurisdictionRule,
} from '../entities';
import { selectPanelMember, strikePanelMember } from './panel-commands';
import { recordCaseEvent } from './case-timeline';

/** What a claimant session acts on: its link (still active), the case and its rule. */
export interface ClaimantSession {
  access: ClaimantAccess;
  kase: Case;
  rule: JurisdictionRule;
}

/**
 * The session's case, if its access link still works (revoked, locked or expired, the session ends at once:
 * UNAUTHENTICATED). The case id comes from the token only, so a claimant reaches no other case.
 */
export async function loadClaimantSession(ctx: CasesCommandContext, em: EntityManager = ctx.em): Promise<ClaimantSession> {
  const caseId = claimantCaseId(ctx.actor);
  const accessId = ctx.actor?.sessionId;
  const access = accessId ? await em.findOne(ClaimantAccess, { id: accessId, case: caseId }) : null;
  const refusal = sessionRefusal(access, ctx.clock.now());
  if (refusal || !access) throw unauthenticated(refusal ?? 'This session has ended');
  const kase = await em.findOne(Case, { id: caseId }, { populate: ['jurisdiction', 'client'] });
  if (!kase) throw notFound('Case', caseId);
  return { access, kase, rule: kase.jurisdiction.getEntity() };
}

/** Refuses a claimant's step by its rule (FAILED_PRECONDITION, plain words). */
const refuse = (refusal: RightsRefusal) => failedPrecondition(refusal.rule, refusal.message);

/** Case events the claimant's timeline shows: the steps, never notes or who at the organisation did them. */
const CLAIMANT_TIMELINE: ReadonlySet<CaseEventType> = new Set([
  'CREATED',
  'PANEL_PROPOSED',
  'PANEL_MEMBER_STRUCK',
  'ASSIGNED',
  'SCHEDULED',
  'NOTICE_SERVED',
  'NOTICE_ACKNOWLEDGED',
  'EXAMINED',
  'NO_SHOW',
  'REPORTED',
  'CLOSED',
  'CANCELLED',
  'CLAIMANT_REQUEST_MADE',
  'CLAIMANT_REQUEST_ANSWERED',
  'CLAIMANT_FEEDBACK_GIVEN',
  'CLAIMANT_COMPLAINT_FILED',
]);

export interface ClaimantCaseData {
  session: ClaimantSession;
  firstName: string;
  language: string;
  appointment: Appointment | null;
  notice: Notice | null;
  examiner: ExaminerProfile | null;
  timeline: { type: CaseEventType; at: Date }[];
  deadlines: { kind: string; on: string }[];
  requests: ClaimantRequest[];
  feedbackGiven: boolean;
}

/**
 * The claimant's view of the case (`claimantCase`): the notice and the exam, the examiner's professional profile,
 * the rights the jurisdiction gives, the steps and deadlines. The claimant's own first name and language are
 * claimant data, so the read is audited (role CLAIMANT) like any other read of them.
 */
export async function claimantCase(ctx: CasesCommandContext, audit: AuditRecorder): Promise<ClaimantCaseData> {
  const session = await loadClaimantSession(ctx);
  const { kase } = session;
  await audit.read('Case.claimant', 'Case', kase.id);
  const [appointment, notice, events, requests, panels] = await Promise.all([
    ctx.em.findOne(Appointment, { case: kase.id, status: { $in: [AppointmentStatus.SCHEDULED, AppointmentStatus.COMPLETED] } }, { orderBy: { scheduledAt: 'desc' } }),
    ctx.em.findOne(Notice, { case: kase.id }, { orderBy: { servedAt: 'desc' } }),
    ctx.em.find(CaseEvent, { case: kase.id }, { orderBy: { at: 'asc' } }),
    ctx.em.find(ClaimantRequest, { case: kase.id }, { orderBy: { createdAt: 'desc' } }),
    ctx.em.find(Panel, { case: kase.id, status: PanelStatus.OPEN }),
  ]);
  const examinerId = kase.examinerId ?? appointment?.examinerId ?? null;
  const examiner = examinerId ? ((await fetchExaminerProfiles(ctx.services.examiners, [examinerId])).get(examinerId) ?? null) : null;
  const deadlines: { kind: string; on: string }[] = [];
  for (const panel of panels) {
    if (panel.choiceDueOn) deadlines.push({ kind: 'PANEL_CHOICE', on: panel.choiceDueOn });
    if (panel.strikeDueOn) deadlines.push({ kind: 'PANEL_STRIKE', on: panel.strikeDueOn });
  }
  if (appointment && appointment.status === AppointmentStatus.SCHEDULED) deadlines.push({ kind: 'EXAM', on: appointment.scheduledAt.toISOString().slice(0, 10) });
  const party = session.access.party;
  return {
    session,
    firstName: party === ClaimantParty.CLAIMANT ? kase.claimant.firstName : (kase.claimant.representative?.name ?? ''),
    language: party === ClaimantParty.CLAIMANT ? kase.claimant.language : 'en',
    appointment,
    notice,
    examiner,
    timeline: events.filter((e) => CLAIMANT_TIMELINE.has(e.type)).map((e) => ({ type: e.type, at: e.at })),
    deadlines: deadlines.sort((a, b) => a.on.localeCompare(b.on)),
    requests: requests.filter((r) => r.kind !== ClaimantRequestKind.COMPLAINT || r.party === party),
    feedbackGiven: events.some((e) => e.type === 'CLAIMANT_FEEDBACK_GIVEN' && (e.data as { party?: string } | null)?.party === party),
  };
}

/** The claimant acknowledges the latest notice; the acknowledgement and its time go on the timeline (once). */
export async function acknowledgeNotice(ctx: CasesCommandContext): Promise<Notice> {
  return ctx.em.transactional(async (tx) => {
    const { kase, access } = await loadClaimantSession(ctx, tx);
    const notice = await tx.findOne(Notice, { case: kase.id }, { orderBy: { servedAt: 'desc' } });
    if (!notice) throw failedPrecondition('NO_NOTICE', 'There is no notice to acknowledge yet. You will get one when your exam is booked.');
    if (!notice.acknowledgedAt) {
      notice.acknowledgedAt = ctx.clock.now();
      notice.acknowledgedBy = access.party;
      recordCaseEvent(tx, kase, ctx.actor, 'NOTICE_ACKNOWLEDGED', { note: `Notice acknowledged in the portal by the ${access.party === 'CLAIMANT' ? 'claimant' : "claimant's representative"}`, data: { noticeId: notice.id, party: access.party } });
    }
    await tx.flush();
    return notice;
  });
}

export interface ClaimantPanelMemberData {
  examinerId: string;
  position: number;
  struck: boolean;
  struckByYourSide: boolean;
  profile: ExaminerProfile | null;
  canStrike: boolean;
  canChoose: boolean;
  whyNot: string | null;
}

export interface ClaimantPanelData {
  panel: Panel;
  members: ClaimantPanelMemberData[];
}

/**
 * The case's open panel as the claimant sees it: each member's professional profile and, by the unchanged panel
 * rules (domain/panel-choice.ts), whether this party may strike or choose them today. Null when no panel is open.
 */
export async function claimantPanel(ctx: CasesCommandContext): Promise<ClaimantPanelData | null> {
  const { kase, rule, access } = await loadClaimantSession(ctx);
  const panel = await ctx.em.findOne(Panel, { case: kase.id, status: PanelStatus.OPEN }, { orderBy: { proposedAt: 'desc' } });
  if (!panel) return null;
  const members = await ctx.em.find(PanelMember, { panel: panel.id }, { orderBy: { position: 'asc' } });
  const profiles = await fetchExaminerProfiles(ctx.services.examiners, members.map((m) => m.examinerId));
  const state: PanelState = {
    jurisdiction: rule.code,
    procedure: panel.procedure,
    choiceDueOn: panel.choiceDueOn,
    strikeDueOn: panel.strikeDueOn,
    members: members.map((m) => ({ examinerId: m.examinerId, struckBy: m.struckBy })),
  };
  const by = panelPartyOf(access.party);
  const day = today(ctx.clock);
  return {
    panel,
    members: members.map((m) => {
      const strike = checkStrike(state, { examinerId: m.examinerId, by, today: day });
      const choose = checkSelection(state, { examinerId: m.examinerId, by, today: day });
      return {
        examinerId: m.examinerId,
        position: m.position,
        struck: m.struckBy !== null,
        struckByYourSide: m.struckBy === 'CLAIMANT' || m.struckBy === 'ATTORNEY',
        profile: profiles.get(m.examinerId) ?? null,
        canStrike: strike.ok,
        canChoose: choose.ok,
        whyNot: !strike.ok && !choose.ok ? (choose.ok ? null : choose.message) : null,
      };
    }),
  };
}

/** The claimant strikes (or chooses) a panel member, as their side of the panel rules; nothing else changes. */
export async function claimantPanelChoice(ctx: CasesCommandContext, action: 'strike' | 'choose', examinerId: string): Promise<Panel> {
  const { kase, access } = await loadClaimantSession(ctx);
  const panel = await ctx.em.findOne(Panel, { case: kase.id, status: PanelStatus.OPEN }, { orderBy: { proposedAt: 'desc' } });
  if (!panel) throw failedPrecondition('NO_OPEN_PANEL', 'There is no panel to choose from right now.');
  const input = { examinerId, by: panelPartyOf(access.party) };
  const options = { scope: { case: kase.id } };
  return action === 'strike' ? strikePanelMember(ctx, panel.id, input, options) : selectPanelMember(ctx, panel.id, input, options);
}

export interface ClaimantRequestInputData {
  kind: ClaimantRequestKind;
  details: string;
  language?: string | null;
}

/** A request the client or an administrator will answer; recorded with the claimant's words and on the timeline. */
export async function makeClaimantRequest(ctx: CasesCommandContext, input: ClaimantRequestInputData): Promise<ClaimantRequest> {
  return ctx.em.transactional(async (tx) => {
    const { kase, rule, access } = await loadClaimantSession(ctx, tx);
    const verdict =
      input.kind === ClaimantRequestKind.COMPLAINT
        ? checkComplaint({ status: kase.status, details: input.details })
        : checkClaimantRequest({ status: kase.status, recordingAllowed: rule.recordingAllowed, observerAllowed: rule.observerAllowed, jurisdictionName: rule.name }, { kind: input.kind, details: input.details });
    if (!verdict.ok) throw refuse(verdict);
    const request = tx.create(ClaimantRequest, {
      case: kase,
      party: access.party,
      kind: input.kind,
      details: input.details.trim(),
      language: input.kind === ClaimantRequestKind.INTERPRETER ? (input.language?.trim().toLowerCase() || kase.claimant.language) : null,
      createdAt: ctx.clock.now(),
    });
    tx.persist(request);
    const complaint = input.kind === ClaimantRequestKind.COMPLAINT;
    recordCaseEvent(tx, kase, ctx.actor, complaint ? 'CLAIMANT_COMPLAINT_FILED' : 'CLAIMANT_REQUEST_MADE', {
      note: complaint ? 'The claimant made a complaint about the exam (its text is with the request)' : `The claimant asked: ${input.kind.toLowerCase()}`,
      data: { requestId: request.id, kind: input.kind, party: access.party },
    });
    await tx.flush();
    return request;
  });
}

/**
 * A complaint about the exam (after it): a request administrators answer, and a COMPLAINT reputation event of the
 * examiner, dated by its month and without the case or the text, so the examiner cannot tell who made it.
 */
export async function fileComplaint(ctx: CasesCommandContext, details: string): Promise<ClaimantRequest> {
  const { kase } = await loadClaimantSession(ctx);
  const verdict = checkComplaint({ status: kase.status, details });
  if (!verdict.ok) throw refuse(verdict);
  const request = await makeClaimantRequest(ctx, { kind: ClaimantRequestKind.COMPLAINT, details });
  if (kase.examinerId) {
    await recordClaimantReputationEvent(ctx.services.examiners, { examinerId: kase.examinerId, kind: 'COMPLAINT', score: null, occurredOn: monthStart(today(ctx.clock)), sourceKey: `complaint:${request.id}` });
  }
  return request;
}

/**
 * Feedback on the exam, once per person after it: its rating becomes a CLAIMANT_FEEDBACK reputation event of the
 * examiner (month only, no case, no text); the case's timeline records that feedback was given, not what it said.
 * The examiners subgraph is asked first (idempotent by case and party), so a refusal there changes nothing here.
 */
export async function giveExamFeedback(ctx: CasesCommandContext, answers: FeedbackAnswers): Promise<boolean> {
  const { kase, access } = await loadClaimantSession(ctx);
  const given = await ctx.em.count(CaseEvent, { case: kase.id, type: 'CLAIMANT_FEEDBACK_GIVEN', data: { party: access.party } } as never);
  const verdict = checkFeedback({ status: kase.status, alreadyGiven: given > 0 });
  if (!verdict.ok) throw refuse(verdict);
  const rating = feedbackRating(answers);
  if (kase.examinerId) {
    await recordClaimantReputationEvent(ctx.services.examiners, {
      examinerId: kase.examinerId,
      kind: 'CLAIMANT_FEEDBACK',
      score: rating,
      occurredOn: monthStart(today(ctx.clock)),
      sourceKey: `feedback:${kase.id}:${access.party}`,
    });
  }
  await ctx.em.transactional(async (tx) => {
    const current = await tx.findOneOrFail(Case, { id: kase.id });
    recordCaseEvent(tx, current, ctx.actor, 'CLAIMANT_FEEDBACK_GIVEN', {
      note: 'The claimant gave feedback on the exam',
      data: { party: access.party, rating, durationMinutes: answers.durationMinutes, explained: answers.explained, courtesy: answers.courtesy, privacyRespected: answers.privacyRespected },
    });
    await tx.flush();
  });
  return true;
}

/** The client of the case or an administrator answers a claimant's request: granted or declined, in words. */
export async function answerClaimantRequest(ctx: CasesCommandContext, requestId: string, granted: boolean, answer: string): Promise<ClaimantRequest> {
  return ctx.em.transactional(async (tx) => {
    const scope = ctx.actor?.role === 'CLIENT' ? { case: { client: ctx.actor.clientId } } : {};
    const request = await tx.findOne(ClaimantRequest, { id: requestId, ...scope }, { populate: ['case'] });
    if (!request) throw notFound('ClaimantRequest', requestId);
    if (request.status !== ClaimantRequestStatus.OPEN) throw failedPrecondition('REQUEST_ANSWERED', `This request was answered already (${request.status})`);
    Object.assign(request, {
      status: granted ? ClaimantRequestStatus.GRANTED : ClaimantRequestStatus.DECLINED,
      answer: answer.trim(),
      answeredAt: ctx.clock.now(),
      answeredBy: ctx.actor?.name ?? null,
    });
    recordCaseEvent(tx, request.case.getEntity(), ctx.actor, 'CLAIMANT_REQUEST_ANSWERED', {
      note: `Claimant's ${request.kind.toLowerCase()} request ${granted ? 'granted' : 'declined'}`,
      data: { requestId, kind: request.kind, granted },
    });
    await tx.flush();
    return request;
  });
}

export interface DataAccessEntry {
  at: Date;
  role: string;
  organisation: string | null;
  operation: string;
  /** The client app's name for the request, if it gave one (e.g. the console's screen). */
  operationName: string | null;
}

/**
 * Who read this claimant's personal data (`myDataAccess`): every read entry of the cases audit log naming the
 * case, newest first — which organisation and role, when, for what operation. Names of staff are not shown; the
 * organisation is the client's name, "the examiner" or the platform's administrators.
 */
export async function myDataAccess(ctx: CasesCommandContext, page: PageInput): Promise<Page<DataAccessEntry>> {
  const { kase } = await loadClaimantSession(ctx);
  const where = { action: 'READ', recordIds: { $contains: [kase.id] } } as never;
  const [rows, total] = await ctx.em.findAndCount(AuditEntry, where, { orderBy: { at: 'desc', id: 'desc' } as never, limit: page.limit, offset: page.offset });
  const clientIds = [...new Set(rows.map((r: any) => r.clientId).filter(Boolean))] as string[];
  const clients = new Map((await ctx.em.find(Client, { id: { $in: clientIds } })).map((c) => [c.id, c.name]));
  const items = rows.map((r: any) => ({
    at: r.at as Date,
    role: r.actorRole as string,
    organisation: r.actorRole === 'CLIENT' ? (clients.get(r.clientId) ?? null) : null,
    operation: r.operation as string,
    operationName: (r.operationName as string | null) ?? null,
  }));
  return toPage(items, total, page);
}

/** Whom a claimant session's link is for, while it still works (the reports subgraph asks before it answers a claimant). */
export async function claimantAccessParty(ctx: CasesCommandContext, accessId: string, caseId: string): Promise<ClaimantParty | null> {
  const access = await ctx.em.findOne(ClaimantAccess, { id: accessId, case: caseId });
  return access && sessionRefusal(access, ctx.clock.now()) === null ? access.party : null;
}
