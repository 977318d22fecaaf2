// Runs axe-core (from npm) inside a page and sums its violations by impact, for the accessibility browser test.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type Impact = 'critical' | 'serious' | 'moderate' | 'minor';

export interface AxeViolation {
  readonly id: string;
  readonly impact: Impact;
  readonly help: string;
  /** CSS selectors of the offending elements (first few). */
  readonly targets: string[];
}

export interface AxeReport {
  readonly violations: AxeViolation[];
  /** Number of rules violated at each impact. */
  readonly counts: Record<Impact, number>;
}

/**
 * Audits the page as it is now against WCAG 2.2 A/AA and axe's best practices. The script is evaluated through the
 * debugging protocol, which the page's CSP does not govern (a <script> tag would be refused by script-src 'self').
 */
export async function axeAudit(page: Page): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: any[] }> } }).axe;
    const res = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return res.violations.map((v) => ({
      id: v.id as string,
      impact: v.impact as 'critical' | 'serious' | 'moderate' | 'minor',
      help: v.help as string,
      targets: (v.nodes as { target: string[] }[]).slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) counts[v.impact]++;
  return { violations, counts };
}

/** A short, readable list for a failing assertion or the log. */
export const describeViolations = (r: AxeReport) => r.violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(' | ')}`);
