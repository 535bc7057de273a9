import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './build-site.ts';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * The page's serious and critical axe-core violations, one line each (`impact id: first targets`). axe is evaluated,
 * not added as a <script>: the site's Content-Security-Policy refuses inline scripts, as it should.
 */
export async function axeViolations(target: Page): Promise<string[]> {
  await target.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}
