import assert from 'node:assert/strict';
import { runFromPalette, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';

describe('hostile strings from a data pack (real workbench)', () => {
  // A data pack full of hostile strings: everything it says must reach the screen as text.
  useWorkbench({ settings: { 'careerLens.dataPacks': ['packs/hostile.json'] } });

  it('renders them as text in the webview and runs none of them', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    const frame = await webviewFrame(page, '#role-b');
    await frame.waitForSelector('#role-b [role="option"]:has-text("Hostile")', { state: 'attached', timeout: 15_000 });
    await frame.click('#role-b');
    await frame
      .locator('#role-b')
      .getByRole('option', { name: /Hostile/ })
      .first()
      .click();
    await frame.waitForFunction(
      () => globalThis.document.querySelector('[data-testid="overview-table"] thead')?.textContent?.includes('Hostile'),
      undefined,
      { timeout: 10_000 },
    );
    const header = await frame.locator('[data-testid="overview-table"] thead th').nth(2).textContent();
    assert.equal(header, '<img src=x onerror="window.__pwned=3">Hostile');
    const summary = await frame.locator('.card').nth(1).innerText();
    assert.ok(summary.includes('<iframe src="javascript:alert(1)"></iframe>'), summary);
    const injected = await frame.evaluate(() => ({
      pwned: globalThis.window.__pwned ?? null,
      imgs: globalThis.document.querySelectorAll('#app img, #app iframe, #app script, #app svg[onload]').length,
    }));
    assert.deepEqual(injected, { pwned: null, imgs: 0 });
    await frame.click('[data-testid="tab-sources"]');
    assert.ok(
      (await frame.locator('[data-testid="sources-list"]').innerText()).includes('<script>window.__pwned = 1</script>'),
    );
  });
});
