// axe-core, injected into the comparison's webview frame, over every tab (and the pay table)
// in light, dark and high-contrast themes: no serious or critical violations anywhere.
import assert from 'node:assert/strict';
import { audit } from '../harness/axe.mjs';
import { runFromPalette, setTheme, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';
import { TABS } from './product.mjs';
import { openTab, themeApplied, togglePayView } from './waits.mjs';

/** Each theme, its label in the picker, and the kind VS Code marks the webview's body with. */
const THEMES = [
  ['light', 'Light 2026', 'light'],
  ['dark', 'Dark 2026', 'dark'],
  ['high contrast', 'Dark High Contrast', 'high-contrast'],
  ['light high contrast', 'Light High Contrast', 'high-contrast-light'],
];

describe('accessibility audit with axe-core (real workbench)', () => {
  useWorkbench();
  it('finds no serious or critical violation on any tab, in any theme', async function () {
    this.timeout(600_000);
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    await webviewFrame(page, '[data-testid="overview-table"]', 60_000);
    const found = [];
    let audited = 0;
    for (const [theme, label, kind] of THEMES) {
      await setTheme(page, label);
      await page.locator('.tab', { hasText: 'Career Lens' }).first().click();
      const frame = await webviewFrame(page, '[data-testid="tab-overview"]');
      await themeApplied(frame, kind);
      for (const tab of TABS) {
        await openTab(frame, tab);
        found.push(...(await audit(frame, `${theme}/${tab}`)));
        audited++;
        if (tab === 'pay') {
          await togglePayView(frame);
          found.push(...(await audit(frame, `${theme}/pay (other view)`)));
          await togglePayView(frame);
          audited++;
        }
      }
    }
    assert.equal(audited, THEMES.length * (TABS.length + 1));
    assert.deepEqual(found, []);
  });

  it('names every pay bar with its role, level, range and source, the same figures as the table', async () => {
    const { page } = ui();
    await page.locator('.tab', { hasText: 'Career Lens' }).first().click();
    const frame = await webviewFrame(page, '[data-testid="tab-pay"]');
    await frame.click('[data-testid="tab-pay"]');
    const chart = frame.locator('[data-testid="panel-pay"] svg[role="list"]');
    await chart.waitFor({ timeout: 10_000 });
    assert.match(
      await chart.getAttribute('aria-label'),
      /^Pay ranges by level for Data Engineer and Machine Learning Engineer, one bar per source, on a scale from 0 to \$\d/,
    );
    const bars = await chart
      .locator('[role="listitem"]')
      .evaluateAll((gs) => gs.map((g) => [g.dataset.figure, g.getAttribute('aria-label')]));
    await frame.click('#pay-view-toggle');
    const cells = await frame
      .locator('[data-testid="pay-table"] li[data-figure]')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.dataset.figure,
          li.querySelector('.figure').textContent,
          li.querySelector('cite.src').textContent,
        ]),
      );
    await frame.click('#pay-view-toggle');
    assert.ok(bars.length >= 4, `${bars.length} bars`);
    assert.deepEqual(bars.map(([id]) => id).sort(), cells.map(([id]) => id).sort(), 'one bar per figure in the table');
    const labels = new Map(bars);
    for (const [id, figure, source] of cells) {
      const label = labels.get(id);
      assert.ok(label.includes(figure), `${id}: "${label}" lacks the range "${figure}"`);
      assert.ok(label.includes(`— ${source}`), `${id}: "${label}" lacks the source "${source}"`);
      assert.match(label, /^(Data Engineer|Machine Learning Engineer), /);
    }
  });
});
