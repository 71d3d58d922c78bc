import { Readable } from 'node:stream';
import {
  issueClaimantToken,
  rateLimitMiddleware,
  type AuthConfig,
  type Logger,
  type RateLimitStore,
  type ServiceClient,
  type TokenVerifier,
} from '@imepanel/runtime';
import express, { type Request, type Response, type Router } from 'express';
import { buttonForm, esc, facts, input, page, radios, textarea, PORTAL_CSS, type NavKey } from './portal-html';
import { PORTAL_TEXTS, formatWhen, languageName, portalLanguageOf, type PortalLanguage } from './portal-texts';

/**
 * The claimant portal at /claimant/ (docs/claimant-portal.md): small server-rendered pages with forms, no script.
 *
 * - `/claimant/open/<token>` keeps the link's token in a cookie for the verification (and out of the address bar),
 *   then asks for the date of birth and the one-time code — each step the cases subgraph's, asked with the
 *   gateway's service identity; both are throttled per address here and lock the link there after five failures.
 * - A verified session is a CLAIMANT token (bound to the case, JWT_SECRET-signed, CLAIMANT_SESSION_SECONDS) in an
 *   HttpOnly, SameSite=Strict cookie limited to /claimant. Every page runs its GraphQL operation through this
 *   gateway as that token — verified by every subgraph, audited as any read of claimant data (role CLAIMANT).
 * - Forms post to the same origin only: the session cookie is SameSite=Strict and a POST from another origin is
 *   refused; the Content-Security-Policy allows no script at all.
 */

export const CLAIMANT_SESSION_COOKIE = 'imepanel_claimant';
const LINK_COOKIE = 'imepanel_claimant_link';
const LANGUAGE_COOKIE = 'imepanel_claimant_lang';

export interface PortalOptions {
  auth: AuthConfig;
  verifyToken: TokenVerifier;
  /** The cases subgraph with the gateway's service identity (the verification steps). */
  cases: ServiceClient;
  /** Runs a GraphQL operation through this gateway as the bearer token given. */
  run: (token: string, query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  /** The gateway's own URL for a path (downloads are streamed from its /documents routes). */
  selfUrl: (path: string) => string;
  limiter: RateLimitStore;
  settings: { sessionSeconds: number; verifyRateLimit: { perMinute: number; burst: number }; cookieSecure: boolean };
  log: Logger;
}

/** The portal's Content-Security-Policy: no script at all, styles from the portal's own stylesheet. */
export const PORTAL_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function cookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

class PortalError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function claimantPortalRouter(options: PortalOptions): Router {
  const router = express.Router();
  const { log } = options;
  const setCookie = (res: Response, name: string, value: string, maxAgeSeconds: number) =>
    res.append(
      'set-cookie',
      `${name}=${encodeURIComponent(value)}; Path=/claimant; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${options.settings.cookieSecure ? '; Secure' : ''}`,
    );
  const clearCookie = (res: Response, name: string) => setCookie(res, name, '', 0);

  const languageOf = (req: Request, fallback?: string | null): PortalLanguage => {
    const asked = typeof req.query.lang === 'string' ? req.query.lang : null;
    return portalLanguageOf(asked ?? cookie(req, LANGUAGE_COOKIE) ?? fallback ?? 'en');
  };

  /** Sends a page with the portal's policy; a language switch (?lang=) is remembered. */
  const send = (req: Request, res: Response, html: string, status = 200) => {
    if (typeof req.query.lang === 'string') setCookie(res, LANGUAGE_COOKIE, portalLanguageOf(req.query.lang), 365 * 86_400);
    res.status(status).setHeader('content-security-policy', PORTAL_CSP).type('html').send(html);
  };

  router.use(express.urlencoded({ extended: false, limit: '16kb' }));
  // A form posted from another origin is refused: the pages post only to themselves.
  router.use((req, res, next) => {
    if (req.method !== 'POST') return next();
    const origin = req.headers.origin;
    if (origin && origin !== 'null' && new URL(origin).host !== req.headers.host) {
      res.status(403).type('text/plain').send('Forms of the claimant portal are accepted from the portal only\n');
      return;
    }
    next();
  });
  const throttle = rateLimitMiddleware(options.limiter, options.settings.verifyRateLimit, (req) => `claimant-verify:${req.ip}`, 'verification attempts');

  router.get('/portal.css', (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=3600');
    res.type('css').send(PORTAL_CSS);
  });

  router.get(['/', ''], (req, res) => {
    if (cookie(req, CLAIMANT_SESSION_COOKIE)) return res.redirect(303, '/claimant/case');
    const language = languageOf(req);
    const t = PORTAL_TEXTS[language];
    const ended = req.query.ended === '1';
    send(req, res, page({ language, title: t.start.title, path: '/claimant/', notice: ended ? t.start.ended : null, body: `<p>${esc(t.start.body)}</p>` }));
  });

  // The link: its token goes into a cookie for the next steps, and out of the address bar (and the history).
  router.get('/open/:token', (req, res) => {
    const token = String(req.params.token);
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return res.redirect(303, '/claimant/');
    clearCookie(res, CLAIMANT_SESSION_COOKIE);
    setCookie(res, LINK_COOKIE, token, 3600);
    // The link names the claimant's language (?lang=es), so the first page is in it before anything is verified.
    if (typeof req.query.lang === 'string') setCookie(res, LANGUAGE_COOKIE, portalLanguageOf(req.query.lang), 365 * 86_400);
    res.redirect(303, '/claimant/verify');
  });

  const dobPage = (req: Request, res: Response, language: PortalLanguage, errors: string[] = [], status = 200) => {
    const t = PORTAL_TEXTS[language];
    send(
      req,
      res,
      page({
        language,
        title: t.verify.title,
        path: '/claimant/verify',
        errors,
        body: `<p>${esc(t.verify.intro)}</p>
<form method="post" action="/claimant/verify" novalidate>
${input({ name: 'dateOfBirth', label: t.verify.dobLabel, hint: t.verify.dobHint, type: 'date', autocomplete: 'bday', required: true, error: errors[0] ?? null })}
<button type="submit" class="button primary">${esc(t.verify.continue)}</button>
</form>`,
      }),
      status,
    );
  };

  const codePage = (req: Request, res: Response, language: PortalLanguage, sentTo: string | null, errors: string[] = [], status = 200) => {
    const t = PORTAL_TEXTS[language];
    send(
      req,
      res,
      page({
        language,
        title: t.verify.codeTitle,
        path: '/claimant/verify',
        errors,
        body: `${sentTo ? `<p>${esc(t.verify.codeSent(sentTo))}</p>` : ''}
<form method="post" action="/claimant/verify/code" novalidate>
${input({ name: 'code', label: t.verify.codeLabel, hint: t.verify.codeHint, inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6, required: true, error: errors[0] ?? null })}
<button type="submit" class="button primary">${esc(t.verify.continue)}</button>
</form>
<p>${esc(t.verify.noCode)} <a href="/claimant/verify">${esc(t.verify.back)}</a></p>`,
      }),
      status,
    );
  };

  router.get('/verify', (req, res) => {
    if (!cookie(req, LINK_COOKIE)) return res.redirect(303, '/claimant/');
    dobPage(req, res, languageOf(req));
  });

  router.post('/verify', throttle, async (req, res, next) => {
    try {
      const token = cookie(req, LINK_COOKIE);
      if (!token) return res.redirect(303, '/claimant/');
      const language = languageOf(req);
      const dateOfBirth = String(req.body?.dateOfBirth ?? '').trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) return dobPage(req, res, language, [PORTAL_TEXTS[language].verify.dobHint], 400);
      const data = await options.cases.request<{ startClaimantVerification: Verification }>(
        `mutation ($input: ClaimantDateOfBirthInput!) { startClaimantVerification(input: $input) { accepted rule message attemptsLeft sentTo language } }`,
        { input: { token, dateOfBirth } },
      );
      const step = data.startClaimantVerification;
      const pageLanguage = languageOf(req, step.language);
      if (!step.accepted) return dobPage(req, res, pageLanguage, [refusalText(step, pageLanguage)], 400);
      codePage(req, res, pageLanguage, step.sentTo ?? null);
    } catch (error) {
      next(error);
    }
  });

  router.post('/verify/code', throttle, async (req, res, next) => {
    try {
      const token = cookie(req, LINK_COOKIE);
      if (!token) return res.redirect(303, '/claimant/');
      const code = String(req.body?.code ?? '').trim();
      const data = await options.cases.request<{ completeClaimantVerification: Verification }>(
        `mutation ($input: ClaimantCodeInput!) { completeClaimantVerification(input: $input) { accepted rule message attemptsLeft language session { accessId caseId party } } }`,
        { input: { token, code: code.slice(0, 20) || '-' } },
      );
      const step = data.completeClaimantVerification;
      const language = languageOf(req, step.language);
      if (!step.accepted || !step.session) return codePage(req, res, language, null, [refusalText(step, language)], 400);
      const session = await issueClaimantToken(
        options.auth,
        { accessId: step.session.accessId, caseId: step.session.caseId, name: step.session.party === 'CLAIMANT' ? 'Claimant' : "Claimant's representative" },
        { ttlSeconds: options.settings.sessionSeconds },
      );
      setCookie(res, CLAIMANT_SESSION_COOKIE, session.token, options.settings.sessionSeconds);
      if (!cookie(req, LANGUAGE_COOKIE)) setCookie(res, LANGUAGE_COOKIE, portalLanguageOf(step.language), 365 * 86_400);
      res.redirect(303, '/claimant/case');
    } catch (error) {
      next(error);
    }
  });

  router.post('/sign-out', (_req, res) => {
    clearCookie(res, CLAIMANT_SESSION_COOKIE);
    clearCookie(res, LINK_COOKIE);
    res.redirect(303, '/claimant/');
  });

  /** Runs an operation as the session; an ended session goes back to the start, refusals become page errors. */
  async function asClaimant(req: Request, res: Response, query: string, variables?: Record<string, unknown>): Promise<any | null> {
    const token = cookie(req, CLAIMANT_SESSION_COOKIE);
    let valid = false;
    if (token) {
      try {
        valid = (await options.verifyToken(token)).role === 'CLAIMANT';
      } catch {
        valid = false;
      }
    }
    if (!token || !valid) {
      clearCookie(res, CLAIMANT_SESSION_COOKIE);
      res.redirect(303, '/claimant/?ended=1');
      return null;
    }
    const result = await options.run(token, query, variables);
    const unauthenticated = result.errors?.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated) {
      clearCookie(res, CLAIMANT_SESSION_COOKIE);
      res.redirect(303, '/claimant/?ended=1');
      return null;
    }
    const refusal = result.errors?.[0];
    if (refusal) throw new PortalError(refusal.message, String(refusal.extensions?.code ?? 'ERROR'));
    return result.data;
  }

  /** A signed-in page: its data, then its body; a refused action shows its reason on the page it came from. */
  function signedIn(nav: NavKey, path: string, title: (t: (typeof PORTAL_TEXTS)['en']) => string, render: (ctx: PageContext) => Promise<string | null>) {
    return async (req: Request, res: Response, next: express.NextFunction) => {
      try {
        const language = languageOf(req);
        const t = PORTAL_TEXTS[language];
        const ctx: PageContext = { req, res, language, t, run: (q, v) => asClaimant(req, res, q, v) };
        const flash = typeof req.query.done === 'string' ? (DONE_MESSAGES[req.query.done]?.(t) ?? null) : null;
        const error = typeof req.query.error === 'string' ? req.query.error.slice(0, 400) : null;
        const body = await render(ctx);
        if (body === null || res.headersSent) return;
        send(req, res, page({ language, title: title(t), path, nav, body, notice: flash, errors: error ? [error] : [] }));
      } catch (error) {
        if (error instanceof PortalError) {
          const language = languageOf(req);
          const t = PORTAL_TEXTS[language];
          send(req, res, page({ language, title: t.errorTitle, path, nav, errors: [error.message], body: `<p><a href="${path}">${esc(t.verify.back)}</a></p>` }), 400);
          return;
        }
        next(error);
      }
    };
  }

  /** A signed-in form post: the action, then back to its page (with what was done, or why not). */
  function action(back: string, perform: (req: Request, run: PageContext['run']) => Promise<string | null>) {
    return async (req: Request, res: Response, next: express.NextFunction) => {
      try {
        const done = await perform(req, (q, v) => asClaimant(req, res, q, v));
        if (res.headersSent) return;
        res.redirect(303, done ? `${back}?done=${done}` : back);
      } catch (error) {
        if (error instanceof PortalError) {
          if (!res.headersSent) res.redirect(303, `${back}?error=${encodeURIComponent(error.message)}`);
          return;
        }
        next(error);
      }
    };
  }

  router.get('/case', signedIn('case', '/claimant/case', (t) => t.case.title, async ({ run, language, t }) => {
    const data = await run(CASE_QUERY);
    if (!data) return null;
    return renderCase(data.claimantCase, language, t);
  }));

  router.post('/acknowledge', action('/claimant/case', async (_req, run) => ((await run(`mutation { acknowledgeNotice { acknowledgedAt } }`)) ? 'acknowledged' : null)));

  router.get('/panel', signedIn('panel', '/claimant/panel', (t) => t.panel.title, async ({ run, language, t }) => {
    const data = await run(PANEL_QUERY);
    if (!data) return null;
    return renderPanel(data.claimantPanel, language, t);
  }));

  for (const [path, mutation] of [
    ['/panel/strike', 'claimantStrikePanelMember'],
    ['/panel/choose', 'claimantChoosePanelMember'],
  ] as const) {
    router.post(path, action('/claimant/panel', async (req, run) => {
      const examinerId = String(req.body?.examinerId ?? '');
      return (await run(`mutation ($id: ID!) { ${mutation}(examinerId: $id) }`, { id: examinerId })) ? 'panel' : null;
    }));
  }

  router.get('/requests', signedIn('requests', '/claimant/requests', (t) => t.requests.title, async ({ run, language, t }) => {
    const data = await run(`{ claimantCase { status rights { recordingAllowed observerAllowed } requests { id kind details language status answer answeredAt createdAt } } }`);
    if (!data) return null;
    return renderRequests(data.claimantCase, language, t);
  }));

  router.post('/requests', action('/claimant/requests', async (req, run) => {
    const kind = String(req.body?.kind ?? '');
    const details = String(req.body?.details ?? '').slice(0, 2000);
    const language = String(req.body?.language ?? '').trim().toLowerCase() || null;
    if (!kind) throw new PortalError(PORTAL_TEXTS[languageOf(req)].requests.kind, 'BAD_USER_INPUT');
    const data = await run(`mutation ($input: ClaimantRequestInput!) { makeClaimantRequest(input: $input) { id } }`, { input: { kind, details, language } });
    return data ? 'request' : null;
  }));

  router.get('/feedback', signedIn('feedback', '/claimant/feedback', (t) => t.feedback.title, async ({ run, language, t }) => {
    const data = await run(`{ claimantCase { status feedbackGiven } }`);
    if (!data) return null;
    return renderFeedback(data.claimantCase, language, t);
  }));

  router.post('/feedback', action('/claimant/feedback', async (req, run) => {
    const body = req.body ?? {};
    const input = {
      durationMinutes: Number.parseInt(String(body.durationMinutes ?? ''), 10),
      explained: body.explained === 'yes',
      courtesy: Number.parseInt(String(body.courtesy ?? ''), 10),
      privacyRespected: body.privacyRespected === 'yes',
    };
    if (!Number.isInteger(input.durationMinutes) || !Number.isInteger(input.courtesy)) throw new PortalError(PORTAL_TEXTS[languageOf(req)].feedback.duration, 'BAD_USER_INPUT');
    return (await run(`mutation ($input: ExamFeedbackInput!) { giveExamFeedback(input: $input) }`, { input })) ? 'feedback' : null;
  }));

  router.post('/complaint', action('/claimant/feedback', async (req, run) => {
    const details = String(req.body?.details ?? '').slice(0, 4000);
    return (await run(`mutation ($details: String!) { fileComplaint(details: $details) { id } }`, { details })) ? 'complaint' : null;
  }));

  router.get('/report', signedIn('report', '/claimant/report', (t) => t.report.title, async ({ run, language, t }) => {
    const data = await run(`{ claimantReportStatus { available finalisedAt receivedAt } }`);
    if (!data) return null;
    const status = data.claimantReportStatus;
    if (!status.available) return `<p>${esc(t.report.notYet)}</p>`;
    return `<p>${esc(t.report.ready)}</p>${status.receivedAt ? `<p>${esc(t.report.received(formatWhen(status.receivedAt, language, { time: true })))}</p>` : ''}${buttonForm('/claimant/report', t.report.open)}`;
  }));

  // Opening the report records the claimant's copy as delivered (the first time) and shows it.
  router.post('/report', signedIn('report', '/claimant/report', (t) => t.report.title, async ({ run, language, t }) => {
    const data = await run(REPORT_MUTATION);
    if (!data) return null;
    return renderReport(data.receiveClaimantReport, language, t);
  }));

  router.get('/report.pdf', async (req, res, next) => {
    try {
      const data = await asClaimant(req, res, `mutation { receiveClaimantReport { reportId pdf { path } } }`);
      if (!data) return;
      const path = data.receiveClaimantReport.pdf?.path as string | undefined;
      if (!path) throw new PortalError('No PDF', 'NOT_FOUND');
      const answer = await fetch(options.selfUrl(path), { headers: { authorization: `Bearer ${cookie(req, CLAIMANT_SESSION_COOKIE)}` } });
      if (!answer.ok || !answer.body) throw new PortalError(`The report could not be downloaded (${answer.status})`, 'UNAVAILABLE');
      res.status(200).type('application/pdf');
      res.setHeader('content-disposition', `attachment; filename="report-${data.receiveClaimantReport.reportId}.pdf"`);
      const length = answer.headers.get('content-length');
      if (length) res.setHeader('content-length', length);
      Readable.fromWeb(answer.body as never).pipe(res);
    } catch (error) {
      if (error instanceof PortalError) {
        if (!res.headersSent) res.redirect(303, `/claimant/report?error=${encodeURIComponent(error.message)}`);
        return;
      }
      next(error);
    }
  });

  router.get('/access', signedIn('access', '/claimant/access', (t) => t.access.title, async ({ req, run, language, t }) => {
    const offset = Math.max(0, Number.parseInt(String(req.query.offset ?? '0'), 10) || 0);
    // Reads of the claimant's identity (cases) and of their report (reports), newest first, one list.
    const data = await run(
      `query ($page: PageInput) { myDataAccess(page: $page) { total hasMore items { at role organisation operation operationName } }
        myReportDataAccess(page: $page) { total hasMore items { at role organisation operation operationName } } }`,
      { page: { limit: 50, offset } },
    );
    if (!data) return null;
    const items = [...data.myDataAccess.items, ...data.myReportDataAccess.items].sort((a: any, b: any) => b.at.localeCompare(a.at));
    return renderAccess({ items, total: data.myDataAccess.total + data.myReportDataAccess.total, hasMore: data.myDataAccess.hasMore || data.myReportDataAccess.hasMore }, offset, language, t);
  }));

  router.use((error: unknown, _req: Request, res: Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    log.error({ err: error }, 'claimant portal page failed');
    res.status(500).setHeader('content-security-policy', PORTAL_CSP).type('html').send(page({ language: 'en', title: 'Something went wrong', path: '/claimant/', body: '<p>Please try again in a few minutes.</p><p><a href="/claimant/">Start again</a></p>' }));
  });
  return router;
}

/** A refused verification step in the page's language, by its rule (the subgraph's message as the fallback). */
function refusalText(step: Verification, language: PortalLanguage): string {
  const { refusals, tries } = PORTAL_TEXTS[language].verify;
  const base = step.rule ? refusals[step.rule] : undefined;
  if (!base) return step.message ?? refusals.ACCESS_UNKNOWN!;
  return step.attemptsLeft !== null && (step.rule === 'WRONG_DATE_OF_BIRTH' || step.rule === 'WRONG_CODE') ? `${base} ${tries(step.attemptsLeft)}` : base;
}

interface Verification {
  accepted: boolean;
  rule: string | null;
  message: string | null;
  attemptsLeft: number | null;
  sentTo?: string | null;
  language: string;
  session?: { accessId: string; caseId: string; party: string } | null;
}

interface PageContext {
  req: Request;
  res: Response;
  language: PortalLanguage;
  t: (typeof PORTAL_TEXTS)['en'];
  run: (query: string, variables?: Record<string, unknown>) => Promise<any | null>;
}

const DONE_MESSAGES: Record<string, (t: (typeof PORTAL_TEXTS)['en']) => string> = {
  acknowledged: (t) => t.panel.done,
  panel: (t) => t.panel.done,
  request: (t) => t.requests.sent,
  feedback: (t) => t.feedback.thanks,
  complaint: (t) => t.feedback.complaintSent,
};

const PROFILE = `displayName yearsInPractice languages telehealth specialties { name boardCertified primary } boardCertifications offices { city region }`;
const CASE_QUERY = `{ claimantCase { caseId referenceNumber status party firstName language jurisdictionName reasons bodyParts examFormat
  appointment { scheduledAt localStart timeZone durationMinutes format location interpreterArranged interpreterLanguage held }
  notice { servedAt purpose rightsStatement examinerName acknowledgedAt }
  examiner { ${PROFILE} }
  rights { recordingAllowed observerAllowed panelRequired reportCopy sameDayReportCopy }
  timeline { type at } deadlines { kind on } } }`;
const PANEL_QUERY = `{ claimantPanel { panelId procedure choiceDueOn strikeDueOn members { examinerId position struck struckByYourSide canStrike canChoose profile { ${PROFILE} } } } }`;
const REPORT_MUTATION = `mutation { receiveClaimantReport { reportId finalisedAt receivedAt history findings diagnoses { icd10 description } answers { questionId answer } causationOpinion mmiReached wholePersonImpairment workRestrictions treatmentRecommendations pdf { path } } }`;

type T = (typeof PORTAL_TEXTS)['en'];

function renderProfile(profile: any, language: PortalLanguage, t: T, headingLevel = 3): string {
  if (!profile) return '';
  const specialties = profile.specialties.map((s: any) => `${esc(s.name)}${s.boardCertified ? ` (${esc(t.profile.boardCertified)})` : ''}`).join(', ');
  const rows: [string, string][] = [];
  if (specialties) rows.push([t.profile.specialties, specialties]);
  if (profile.boardCertifications.length) rows.push([t.profile.boards, esc(profile.boardCertifications.join(', '))]);
  rows.push([t.profile.languages, esc(profile.languages.map((l: string) => languageName(l, language)).join(', '))]);
  if (profile.yearsInPractice) rows.push(['', esc(t.profile.years(profile.yearsInPractice))]);
  if (profile.telehealth) rows.push(['', esc(t.profile.telehealth)]);
  if (profile.offices.length) rows.push([t.profile.offices, esc(profile.offices.map((o: any) => `${o.city}, ${o.region}`).join('; '))]);
  return `<h${headingLevel}>${esc(profile.displayName)}</h${headingLevel}>${facts(rows.filter(([k]) => k) as [string, string][])}${rows
    .filter(([k]) => !k)
    .map(([, v]) => `<p>${v}</p>`)
    .join('')}`;
}

function renderCase(c: any, language: PortalLanguage, t: T): string {
  const parts: string[] = [];
  parts.push(`<p>${esc(t.case.hello(c.firstName))}</p>`);
  parts.push(facts([[t.case.reference, esc(c.referenceNumber)]]));
  parts.push(`<h2>${esc(t.case.why)}</h2><p>${esc(t.case.whyIntro)}</p><ul>${c.reasons.map((r: string) => `<li>${esc(t.reasons[r] ?? r)}</li>`).join('')}</ul>`);
  if (c.bodyParts.length) parts.push(`<p><strong>${esc(t.case.bodyParts)}:</strong> ${esc(c.bodyParts.join(', '))}</p>`);
  parts.push(`<h2>${esc(t.case.what)}</h2><p>${esc(t.case.whatBody)}</p>`);
  parts.push(`<h2>${esc(t.case.when)}</h2>`);
  const a = c.appointment;
  if (!a) parts.push(`<p>${esc(t.case.notBooked)}</p>`);
  else {
    const place = a.format === 'TELEHEALTH' ? esc(t.case.video) : esc(a.location ?? '—');
    parts.push(
      facts([
        [t.case.date, esc(formatWhen(a.scheduledAt, language, { time: true, timeZone: a.timeZone }))],
        [t.case.length, esc(t.case.minutes(a.durationMinutes))],
        [t.case.place, `${esc(t.case.format[a.format] ?? a.format)}. ${place}`],
      ]),
    );
    if (a.interpreterArranged && a.interpreterLanguage) parts.push(`<p>${esc(t.case.interpreter(languageName(a.interpreterLanguage, language)))}</p>`);
  }
  parts.push(`<h2>${esc(t.case.examiner)}</h2>`);
  parts.push(c.examiner ? `<div class="card">${renderProfile(c.examiner, language, t)}</div>` : `<p>${esc(t.case.noExaminer)}</p>`);
  parts.push(`<h2>${esc(t.case.rights)}</h2><ul>${[
    t.rights.interpreter,
    ...(c.rights.recordingAllowed ? [t.rights.recording] : []),
    ...(c.rights.observerAllowed ? [t.rights.observer] : []),
    ...(c.rights.panelRequired ? [t.rights.panel] : []),
    ...(c.rights.reportCopy ? [t.rights.report] : []),
    ...(c.rights.sameDayReportCopy ? [t.rights.reportSameDay] : []),
    t.rights.consent,
    t.rights.complain,
    t.rights.privacy,
  ]
    .map((r) => `<li>${esc(r)}</li>`)
    .join('')}</ul>`);
  parts.push(`<h2>${esc(t.case.notice)}</h2>`);
  if (!c.notice) parts.push(`<p>${esc(t.case.noNotice)}</p>`);
  else {
    parts.push(`<p>${esc(t.case.noticeServed(formatWhen(c.notice.servedAt, language)))}</p>`);
    parts.push(`<details><summary>${esc(t.case.noticeAsServed)}</summary><div lang="en"><p class="preline">${esc(c.notice.purpose)}</p><p class="preline">${esc(c.notice.rightsStatement)}</p></div></details>`);
    parts.push(c.notice.acknowledgedAt ? `<p class="status">${esc(t.case.acknowledged(formatWhen(c.notice.acknowledgedAt, language, { time: true })))}</p>` : buttonForm('/claimant/acknowledge', t.case.acknowledge));
  }
  if (c.deadlines.length) {
    parts.push(`<h2>${esc(t.case.deadlines)}</h2>${facts(c.deadlines.map((d: any) => [t.case.deadline[d.kind] ?? d.kind, esc(formatWhen(d.on, language))]))}`);
  }
  parts.push(`<h2>${esc(t.case.timeline)}</h2><ol class="steps">${c.timeline.map((s: any) => `<li>${esc(formatWhen(s.at, language))}: ${esc(t.events[s.type] ?? s.type)}</li>`).join('')}</ol>`);
  return parts.join('\n');
}

function renderPanel(panel: any, language: PortalLanguage, t: T): string {
  if (!panel) return `<p>${esc(t.panel.none)}</p>`;
  const intro =
    panel.procedure === 'CLAIMANT_CHOICE'
      ? t.panel.choiceIntro(panel.choiceDueOn ? formatWhen(panel.choiceDueOn, language) : null)
      : panel.procedure === 'PARTY_STRIKES'
        ? t.panel.strikeIntro(panel.strikeDueOn ? formatWhen(panel.strikeDueOn, language) : null)
        : t.panel.otherIntro;
  const members = panel.members
    .map((m: any) => {
      const name = m.profile?.displayName ?? m.examinerId;
      const state = m.struck ? `<p class="status">${esc(m.struckByYourSide ? t.panel.struckByYou : t.panel.struck)}</p>` : '';
      const actions = [
        m.canChoose ? buttonForm('/claimant/panel/choose', t.panel.choose(name), { examinerId: m.examinerId }) : '',
        m.canStrike ? buttonForm('/claimant/panel/strike', t.panel.strike(name), { examinerId: m.examinerId }, 'secondary') : '',
      ].join('');
      return `<li class="card">${renderProfile(m.profile ?? { displayName: name, specialties: [], boardCertifications: [], languages: [], offices: [] }, language, t, 2)}${state}${actions}</li>`;
    })
    .join('');
  return `<p>${esc(intro)}</p><ol class="members">${members}</ol>`;
}

function renderRequests(c: any, language: PortalLanguage, t: T): string {
  const before = ['REQUESTED', 'PANEL_PROPOSED', 'ASSIGNED', 'SCHEDULED', 'NO_SHOW'].includes(c.status);
  const kinds = ['INTERPRETER', 'ACCOMMODATION', ...(c.rights.observerAllowed ? ['OBSERVER'] : []), ...(c.rights.recordingAllowed ? ['RECORDING'] : []), 'RESCHEDULE'];
  const form = before
    ? `<p>${esc(t.requests.intro)}</p><form method="post" action="/claimant/requests">
${radios({ name: 'kind', legend: t.requests.kind, options: kinds.map((k) => ({ value: k, label: t.requests.kinds[k] ?? k })), required: true })}
${textarea({ name: 'details', label: t.requests.details, hint: t.requests.detailsHint, maxlength: 2000 })}
${input({ name: 'language', label: t.requests.language, hint: t.requests.languageHint, maxlength: 2 })}
<button type="submit" class="button primary">${esc(t.requests.send)}</button></form>`
    : `<p>${esc(t.requests.after)} <a href="/claimant/feedback">${esc(t.nav.feedback)}</a></p>`;
  const list = c.requests.length
    ? c.requests
        .map(
          (r: any) => `<li class="card"><h3>${esc(t.requests.kinds[r.kind] ?? r.kind)}</h3>
<p>${esc(formatWhen(r.createdAt, language, { time: true }))}</p>${r.details ? `<p class="preline">${esc(r.details)}</p>` : ''}
<p class="status">${esc(t.requests.status[r.status] ?? r.status)}</p>${r.answer ? `<p><strong>${esc(t.requests.answer)}:</strong> ${esc(r.answer)}</p>` : ''}</li>`,
        )
        .join('')
    : '';
  return `${form}<h2>${esc(t.requests.yours)}</h2>${list ? `<ul class="steps">${list}</ul>` : `<p>${esc(t.requests.none)}</p>`}`;
}

function renderFeedback(c: any, _language: PortalLanguage, t: T): string {
  const held = ['EXAMINED', 'REPORTED', 'CLOSED'].includes(c.status);
  if (!held) return `<p>${esc(t.feedback.before)}</p>`;
  const yesNo = (name: string, legend: string) => radios({ name, legend, options: [{ value: 'yes', label: t.feedback.yes }, { value: 'no', label: t.feedback.no }], required: true });
  const feedback = c.feedbackGiven
    ? `<p>${esc(t.feedback.given)}</p>`
    : `<p>${esc(t.feedback.anonymous)}</p><form method="post" action="/claimant/feedback">
${input({ name: 'durationMinutes', label: t.feedback.duration, type: 'number', inputmode: 'numeric', required: true })}
${yesNo('explained', t.feedback.explained)}
${radios({ name: 'courtesy', legend: t.feedback.courtesy, options: t.feedback.courtesyScale.map((label, i) => ({ value: String(i + 1), label })), required: true })}
${yesNo('privacyRespected', t.feedback.privacy)}
<button type="submit" class="button primary">${esc(t.feedback.send)}</button></form>`;
  return `${feedback}<h2>${esc(t.feedback.complaintTitle)}</h2><p>${esc(t.feedback.complaintIntro)}</p><form method="post" action="/claimant/complaint">
${textarea({ name: 'details', label: t.feedback.complaintLabel, required: true, maxlength: 4000 })}
<button type="submit" class="button secondary">${esc(t.feedback.complaintSend)}</button></form>`;
}

function renderReport(r: any, language: PortalLanguage, t: T): string {
  const section = (title: string, text: string | null) => (text ? `<h2>${esc(title)}</h2><p class="preline">${esc(text)}</p>` : '');
  return [
    `<p>${esc(t.report.received(formatWhen(r.receivedAt, language, { time: true })))}</p>`,
    r.pdf ? `<p><a class="button primary" href="/claimant/report.pdf">${esc(t.report.download)}</a></p>` : '',
    `<div lang="en">`,
    section(t.report.history, r.history),
    section(t.report.findings, r.findings),
    r.diagnoses.length ? `<h2>${esc(t.report.diagnoses)}</h2><ul>${r.diagnoses.map((d: any) => `<li>${esc(d.icd10)}${d.description ? `: ${esc(d.description)}` : ''}</li>`).join('')}</ul>` : '',
    section(t.report.causation, r.causationOpinion),
    r.mmiReached !== null ? `<h2>${esc(t.report.mmi)}</h2><p>${esc(t.yesNo(r.mmiReached))}</p>` : '',
    r.wholePersonImpairment !== null ? `<h2>${esc(t.report.impairment)}</h2><p>${esc(r.wholePersonImpairment)}%</p>` : '',
    section(t.report.restrictions, r.workRestrictions),
    section(t.report.treatment, r.treatmentRecommendations),
    r.answers.length ? `<h2>${esc(t.report.answers)}</h2><ul>${r.answers.map((a: any) => `<li class="preline">${esc(a.answer)}</li>`).join('')}</ul>` : '',
    `</div>`,
  ].join('\n');
}

function renderAccess(page: any, offset: number, language: PortalLanguage, t: T): string {
  if (!page.items.length && offset === 0) return `<p>${esc(t.access.intro)}</p><p>${esc(t.access.none)}</p>`;
  const rows = page.items
    .map(
      (e: any) =>
        `<tr><td>${esc(formatWhen(e.at, language, { time: true }))}</td><td>${esc(t.access.roles[e.role] ?? e.role)}${e.organisation ? `<br>${esc(e.organisation)}` : ''}</td><td>${esc(t.access.operations[e.operation] ?? e.operation)}</td></tr>`,
    )
    .join('');
  return `<p>${esc(t.access.intro)}</p><table><caption class="hint">${esc(t.access.title)}: ${page.total}</caption><thead><tr><th scope="col">${esc(t.access.when)}</th><th scope="col">${esc(t.access.who)}</th><th scope="col">${esc(t.access.what)}</th></tr></thead><tbody>${rows}</tbody></table>${
    page.hasMore ? `<p><a href="/claimant/access?offset=${offset + 50}">${esc(t.access.more)}</a></p>` : ''
  }`;
}
