// axe-core, injected into a page or frame, for the UI suites' accessibility audits.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The violations that fail an audit of the page or frame's current view, one line each, labelled
 * `where`. `skip` names rules that cannot hold there (colour contrast in a page without VS Code's theme).
 */
export async function audit(target, where, skip = []) {
  if (!(await target.evaluate(() => 'axe' in globalThis))) await target.evaluate(AXE_SOURCE);
  const violations = await target.evaluate(async (off) => {
    const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
    const result = await globalThis.axe.run(globalThis.document, { resultTypes: ['violations'], rules });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join('')}`),
    }));
  }, skip);
  // Serious and critical, plus the page's missing heading (moderate, but the first thing a
  // screen reader user navigates by).
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'page-has-heading-one')
    .map((v) => `${where}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.slice(0, 2).join(' | ')}`);
}
