/**
 * Runs axe-core in a page. The source is evaluated through the DevTools
 * protocol, so pages with a strict CSP (extension pages included) can be checked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Violations of WCAG 2.x A/AA rules (and axe's best practices) inside `include`, or the whole page. */
export async function axeViolations(page: Page, include?: string[][]): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  interface AxeResult {
    violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[];
  }
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(context ? { include: context } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, include ?? null);
}
