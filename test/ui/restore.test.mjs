import assert from 'node:assert/strict';
import { runFromPalette, waitForWorkbench, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';

describe('comparison panel across a window reload', () => {
  useWorkbench();

  it('is restored by its serializer with the tab it was on, with the marks made before', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    let frame = await webviewFrame(page, '[data-testid="tab-career"]');
    // This suite makes its own mark, so it needs no other suite's state.
    await frame.click('[data-testid="tab-plan"]');
    await frame.click('#plan-target');
    await frame.locator('#plan-target').getByRole('option', { name: 'Machine Learning Engineer' }).first().click();
    await frame.waitForSelector('label[for="mark-python-learning"]', { timeout: 15_000 });
    await frame.click('label[for="mark-python-learning"]');
    await frame.waitForFunction(() => globalThis.document.querySelector('#mark-python-learning')?.checked === true, undefined, { timeout: 10_000 });
    await frame.click('[data-testid="tab-career"]');
    await frame.waitForSelector('[data-testid="panel-career"]:visible');
    await page.waitForTimeout(500);
    await runFromPalette(page, 'Developer: Reload Window');
    await page.waitForTimeout(1500);
    await waitForWorkbench(page);
    frame = await webviewFrame(page, '[data-testid="panel-career"]:visible', 60_000);
    assert.ok(await frame.locator('[data-testid="panel-career"]').innerText());
    assert.ok(await page.locator('.tab', { hasText: 'Career Lens: Compare Roles' }).count());
  });

  it('keeps the skill marks made before the reload', async () => {
    const { page } = ui();
    const frame = await webviewFrame(page, '[data-testid="tab-plan"]');
    await frame.click('[data-testid="tab-plan"]');
    await frame.waitForSelector('#mark-python-learning', { timeout: 15_000 });
    assert.ok(await frame.isChecked('#mark-python-learning'));
  });
});
