import { addCalendarDays } from '@imepanel/runtime/calendar';
import { actorName, failedPrecondition, loadOrNotFound, messageLanguageOf, sendEmail, today, type JobRunner } from '@imepanel/runtime';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { caseScope } from '../access';
import type { CasesCommandContext } from '../context';
import {
  CODE_VALIDITY_MINUTES,
  accessStatus,
  checkCode,
  checkDateOfBirth,
  maskedEmail,
  newAccessToken,
  newVerificationCode,
  secretHash,
  type AccessRefusal,
} from '../domain/claimant-access';
import { Case, ClaimantAccess, ClaimantParty, type ClaimantAccessStatus } from '../entities';
import { loadCase } from './case-loading';
import { recordCaseEvent } from './case-timeline';

/** A link as issued: its record, the token (shown this once, never stored) and the link built from it. */
export interface IssuedClaimantAccess {
  access: ClaimantAccess;
  token: string;
  /** Path on the gateway: /claimant/open/<token>. */
  path: string;
  /** The whole link (CLAIMANT_PORTAL_URL + path), as e-mailed. */
  link: string;
  /** Where the link was e-mailed (masked), or null when the case has no address for that party. */
  sentTo: string | null;
}

/** A link's path; it names the party's language (`?lang=es`) so the portal's first page is in it. */
export const claimantPath = (token: string, language = 'en') => `/claimant/open/${token}${language.toLowerCase().startsWith('es') ? '?lang=es' : ''}`;
export const claimantLink = (ctx: CasesCommandContext, token: string, language = 'en') => `${ctx.settings.claimantPortal.url}${claimantPath(token, language).replace(/^\/claimant/, '')}`;

/** The contact of a link's party: the claimant's e-mail, or the representative's. */
export function contactOf(kase: Case, party: ClaimantParty): { email: string | null; language: string } {
  const claimant = kase.claimant;
  if (party === ClaimantParty.REPRESENTATIVE) return { email: claimant.representative?.email ?? null, language: 'en' };
  return { email: claimant.email, language: claimant.language };
}

/**
 * Creates a link for the party in the caller's transaction, and the timeline says so. A reissue replaces the
 * party's earlier links (they stop working); the link a notice carries leaves them working (`replaceEarlier:
 * false`), so serving a notice does not end a session the claimant has open. The caller e-mails it (or not).
 */
export async function createClaimantAccess(
  tx: EntityManager,
  ctx: CasesCommandContext,
  kase: Case,
  party: ClaimantParty,
  options: { token?: string; replaceEarlier?: boolean } = {},
): Promise<{ access: ClaimantAccess; token: string }> {
  const token = options.token ?? newAccessToken();
  if (party === ClaimantParty.REPRESENTATIVE && !kase.claimant.representative) {
    throw failedPrecondition('NO_REPRESENTATIVE', `Case ${kase.referenceNumber} names no representative of the claimant to give a link to`);
  }
  const now = ctx.clock.now();
  if (options.replaceEarlier !== false) {
    await tx.nativeUpdate(ClaimantAccess, { case: kase.id, party, revokedAt: null }, { revokedAt: now, revokedBy: `${actorName(ctx)} (reissued)` });
  }
  const access = tx.create(ClaimantAccess, {
    case: kase,
    party,
    tokenHash: secretHash(token),
    issuedAt: now,
    issuedBy: actorName(ctx),
    expiresAt: new Date(`${addCalendarDays(today(ctx.clock), ctx.settings.claimantPortal.accessValidityDays)}T23:59:59Z`),
  });
  tx.persist(access);
  recordCaseEvent(tx, kase, ctx.actor, 'CLAIMANT_ACCESS_ISSUED', { note: `Portal link issued to the ${party === 'CLAIMANT' ? 'claimant' : "claimant's representative"}`, data: { accessId: access.id, party } });
  return { access, token };
}

/**
 * Issues (or reissues) the claimant's or the representative's portal link (docs/claimant-portal.md): the case's
 * client or an administrator. Earlier links of that party stop working; the new one is e-mailed to the party's
 * address when the case has one, and answered this once.
 */
export async function issueClaimantAccess(ctx: CasesCommandContext, jobs: JobRunner, caseId: string, party: ClaimantParty, sendByEmail: boolean): Promise<IssuedClaimantAccess> {
  const issued = await ctx.em.transactional(async (tx) => {
    const kase = await loadCase(tx, caseId, ctx.actor);
    const created = await createClaimantAccess(tx, ctx, kase, party);
    await tx.flush();
    return { ...created, kase };
  });
  const contact = contactOf(issued.kase, party);
  const link = claimantLink(ctx, issued.token, contact.language);
  let sentTo: string | null = null;
  if (sendByEmail && contact.email) {
    await sendEmail(jobs, {
      to: contact.email,
      language: messageLanguageOf(contact.language),
      template: 'CLAIMANT_ACCESS_LINK',
      params: { accessLink: link, referenceNumber: issued.kase.referenceNumber, expiresOn: issued.access.expiresAt.toISOString().slice(0, 10) },
      relatedType: 'Case',
      relatedId: issued.kase.id,
    });
    sentTo = maskedEmail(contact.email);
  }
  return { access: issued.access, token: issued.token, path: claimantPath(issued.token, contact.language), link, sentTo };
}

/** Turns a link off now (the case's client or an administrator): its sessions end with it. */
export async function revokeClaimantAccess(ctx: CasesCommandContext, accessId: string): Promise<ClaimantAccess> {
  return ctx.em.transactional(async (tx) => {
    const access = await loadOrNotFound(tx, ClaimantAccess, accessId, { scope: { case: caseScope(ctx.actor) } });
    const kase = await loadCase(tx, access.case.id, ctx.actor);
    if (!access.revokedAt) {
      access.revokedAt = ctx.clock.now();
      access.revokedBy = actorName(ctx);
      recordCaseEvent(tx, kase, ctx.actor, 'CLAIMANT_ACCESS_REVOKED', { note: `Portal link of the ${access.party === 'CLAIMANT' ? 'claimant' : "claimant's representative"} turned off`, data: { accessId, party: access.party } });
    }
    await tx.flush();
    return access;
  });
}

/** The answer of a verification step: accepted, or why not (and how many tries are left). */
export interface VerificationStep {
  accepted: boolean;
  rule: string | null;
  message: string | null;
  attemptsLeft: number | null;
  /** The date-of-birth step: where the code went (masked). */
  sentTo: string | null;
  /** The language the portal speaks first: the claimant's (English for a representative). */
  language: string;
  /** The code step, accepted: the session's binding. */
  session: { accessId: string; caseId: string; party: ClaimantParty } | null;
}

const refused = (refusal: AccessRefusal | { rule: string; message: string; attemptsLeft: null }, language = 'en'): VerificationStep => ({
  accepted: false,
  rule: refusal.rule,
  message: refusal.message,
  attemptsLeft: refusal.attemptsLeft,
  sentTo: null,
  language,
  session: null,
});

const UNKNOWN_LINK = { rule: 'ACCESS_UNKNOWN', message: 'This link does not work. Check that you copied all of it, or ask for a new link.', attemptsLeft: null };

/** The link a token opens, locked for the update of its failures (one attempt at a time per link). */
async function lockedAccess(tx: EntityManager, token: string) {
  const access = await tx.findOne(ClaimantAccess, { tokenHash: secretHash(token) }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['case'] });
  return access;
}

/** Counts a failure; the fifth in a row locks the link (domain/claimant-access.ts). */
function countFailure(access: ClaimantAccess, refusal: AccessRefusal, now: Date) {
  if (refusal.rule !== 'WRONG_DATE_OF_BIRTH' && refusal.rule !== 'WRONG_CODE') return;
  access.failedAttempts += 1;
  if (refusal.locks) access.lockedAt = now;
}

/**
 * Step one (the gateway's portal, with the service identity): the link and the date of birth. Right, it sends a
 * new one-time code to the party's contact; wrong, it counts a failure — committed, so the lockout holds
 * whatever the caller does next. Nothing about the claimant is answered but where the code went, masked.
 */
export async function startClaimantVerification(ctx: CasesCommandContext, jobs: JobRunner, token: string, dateOfBirth: string): Promise<VerificationStep> {
  const now = ctx.clock.now();
  const outcome = await ctx.em.transactional(async (tx) => {
    const access = await lockedAccess(tx, token);
    if (!access) return { step: refused(UNKNOWN_LINK) };
    const kase = access.case.getEntity();
    const contact = contactOf(kase, access.party);
    const verdict = checkDateOfBirth(access, dateOfBirth, kase.claimant.dateOfBirth, now);
    if (!verdict.ok) {
      countFailure(access, verdict, now);
      await tx.flush();
      return { step: refused(verdict, contact.language) };
    }
    if (!contact.email) {
      return { step: refused({ rule: 'NO_CONTACT', message: 'We have no e-mail address to send your code to. Call the office that sent you this link.', attemptsLeft: null }, contact.language) };
    }
    const code = newVerificationCode();
    Object.assign(access, { codeHash: secretHash(code), codeSentAt: now, codeExpiresAt: new Date(now.getTime() + CODE_VALIDITY_MINUTES * 60_000) });
    await tx.flush();
    return { step: { accepted: true, rule: null, message: null, attemptsLeft: null, sentTo: maskedEmail(contact.email), language: contact.language, session: null }, code, contact, kase };
  });
  if ('code' in outcome && outcome.code) {
    await sendEmail(jobs, {
      to: outcome.contact!.email!,
      language: messageLanguageOf(outcome.contact!.language),
      template: 'CLAIMANT_ACCESS_CODE',
      params: { code: outcome.code, validMinutes: CODE_VALIDITY_MINUTES, referenceNumber: outcome.kase!.referenceNumber },
      relatedType: 'Case',
      relatedId: outcome.kase!.id,
    });
  }
  return outcome.step;
}

/**
 * Step two: the link and the one-time code. Right, the code is used up, the failures forgotten and the session's
 * binding answered (the gateway signs the CLAIMANT token); wrong, a failure is counted as in step one.
 */
export async function completeClaimantVerification(ctx: CasesCommandContext, token: string, code: string): Promise<VerificationStep> {
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const access = await lockedAccess(tx, token);
    if (!access) return refused(UNKNOWN_LINK);
    const kase = access.case.getEntity();
    const { language } = contactOf(kase, access.party);
    const verdict = checkCode(access, code, now);
    if (!verdict.ok) {
      countFailure(access, verdict, now);
      await tx.flush();
      return refused(verdict, language);
    }
    Object.assign(access, { codeHash: null, codeExpiresAt: null, failedAttempts: 0, lastVerifiedAt: now });
    await tx.flush();
    return { accepted: true, rule: null, message: null, attemptsLeft: null, sentTo: null, language, session: { accessId: access.id, caseId: kase.id, party: access.party } };
  });
}

/** Where a link stands now. */
export const statusOf = (access: ClaimantAccess, now: Date): ClaimantAccessStatus => accessStatus(access, now) as ClaimantAccessStatus;
