import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG conformance levels the console is held to: A and AA of WCAG 2.0, 2.1 and 2.2 (axe-core's tags). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe-core on what the page shows now and fails, naming every violation — the rule, its WCAG help page, and
 * each offending element's selector with axe's explanation — so that the failure says what to fix. `screen` names
 * the screen in the message.
 */
export async function expectNoAccessibilityViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  if (results.violations.length === 0) return;
  const report = results.violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ').trim()}`).join('\n');
      return `  ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
  throw new Error(`${screen}: ${results.violations.length} accessibility violation(s)\n${report}`);
}
