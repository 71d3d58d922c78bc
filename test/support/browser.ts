import { createIdentityOrm, loadIdentityDatabaseSettings, saveUser } from '@imepanel/gateway';
import { createLogger } from '@imepanel/runtime';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';
import { developmentRoleEnv } from '../../scripts/lib/database-roles';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it), or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots of the main screens, written on every run; git-ignored (test-results/). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

export interface ConsoleBrowser {
  context: BrowserContext;
  page: Page;
  /** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
  screenshot(name: string): Promise<void>;
  /** Browser-side errors seen so far (uncaught exceptions), for asserting a screen rendered cleanly. */
  pageErrors: string[];
  /** Console errors and failed API calls, to explain a failing test. */
  consoleErrors: string[];
  /** What the page's Content-Security-Policy refused (the browser's reports), for asserting there is nothing. */
  cspViolations: string[];
  /** After a failed test: a screenshot named after it, and the browser's errors and the page's text on stderr. */
  reportFailure(testName: string, label?: string): Promise<void>;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, driven by playwright-core (no browser download). */
export async function launchConsoleBrowser(): Promise<ConsoleBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'imepanel-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 1000 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  // Every refusal by the page's Content-Security-Policy, as the browser reports it to the page (the init
  // script is injected by the browser itself, so the policy does not apply to it).
  await context.addInitScript(
    "document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`))",
  );
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    consoleErrors.push(message.text());
    if (/CSP violation|Content Security Policy/.test(message.text())) cspViolations.push(message.text());
  });
  const browser: ConsoleBrowser = {
    context,
    page,
    pageErrors,
    consoleErrors,
    cspViolations,
    async screenshot(name) {
      // From the top, as a person would look at the screen (the app bar hides while scrolled).
      await page.evaluate('window.scrollTo(0, 0)');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    async reportFailure(testName, label) {
      await browser.screenshot(`FAILED ${testName}${label ? ` (${label})` : ''}`).catch(() => undefined);
      const text = await page.locator('body').innerText().catch(() => '');
      console.error(`${label ? `${label} ` : ''}browser console errors:\n${consoleErrors.join('\n')}\npage text:\n${text}`);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}

/** The administrator the browser tests sign in as (created in the test database by `createConsoleAdmin`). */
export const CONSOLE_ADMIN = { email: 'console-admin@test.example', password: 'console-test-password' };

/** An analyst, who may use the console to read (created by `createConsoleAdmin` too). */
export const CONSOLE_ANALYST = { email: 'console-analyst@test.example', password: 'console-analyst-password' };

/** A console login of any role in this test's identity schema (its password set), as `npm start` creates demo users. */
export async function createConsoleUser(databaseUrl: string, ...users: Parameters<typeof saveUser>[1][]): Promise<void> {
  const orm = await createIdentityOrm(loadIdentityDatabaseSettings(developmentRoleEnv(databaseUrl)), createLogger('test', 'silent'));
  try {
    for (const user of users) await saveUser(orm.em.fork(), user, { replace: true });
  } finally {
    await orm.close(true);
  }
}

/** Creates the console's logins (administrator, analyst) in this test's identity schema. */
export function createConsoleAdmin(databaseUrl: string): Promise<void> {
  return createConsoleUser(
    databaseUrl,
    { ...CONSOLE_ADMIN, displayName: 'Console administrator', role: 'ADMIN' },
    { ...CONSOLE_ANALYST, displayName: 'Console analyst', role: 'ANALYST' },
  );
}

/**
 * Opens a console route (`/examiners`, …). The console shows its login page first; sign in with the test
 * administrator, or the user given.
 */
export async function openConsole(page: Page, consoleUrl: string, route = '/', user = CONSOLE_ADMIN): Promise<void> {
  await page.goto(`${consoleUrl}#${route}`);
  const login = page.getByRole('button', { name: 'Sign in', exact: true });
  const ready = page.locator('.RaLayout-appFrame');
  await Promise.race([login.waitFor(), ready.waitFor()]);
  if (await login.isVisible()) {
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await login.click();
    await ready.waitFor();
    await page.goto(`${consoleUrl}#${route}`);
  }
}

/** Signs out of the console as a person would (user menu, Logout), so the next openConsole signs in again. */
export async function signOutOfConsole(page: Page, consoleUrl: string): Promise<void> {
  await page.goto(consoleUrl);
  const login = page.getByRole('button', { name: 'Sign in', exact: true });
  const ready = page.locator('.RaLayout-appFrame');
  await Promise.race([login.waitFor(), ready.waitFor()]);
  if (await ready.isVisible()) {
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await login.waitFor();
  }
}

/**
 * The end of a console test file: after a failed test, the evidence (what the screen showed, what the browser
 * complained about); after the last, the browser and then the platform closed. `current` reads the file's own
 * variables, which its beforeAll sets.
 */
export function closeConsoleTestAfterwards(current: () => { browser?: ConsoleBrowser; platform?: { close(): Promise<void> } }): void {
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await current().browser?.reportFailure(task.name);
  });
  afterAll(async () => {
    await current().browser?.close();
    await current().platform?.close();
  });
}
