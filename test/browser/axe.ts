/** axe-core in a test page: injects it once and returns its violations as readable lines (rule, impact, targets). */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core (its default rules, best practices included) on the whole page; one line per violation, `where` first. */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as Violation[]).map(
    (v) =>
      `${where}: ${v.id} (${v.impact ?? 'no impact'}) ${v.help} — ${v.nodes.map((n) => n.target.map(String).join(' > ')).join(' | ')}`,
  );
}
