// The comparison panel across a window reload, restored by its serializer. Each test sets up
// what it checks and reloads the window itself, so either runs alone.
import assert from 'node:assert/strict';
import { runFromPalette, waitForWorkbench, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';
import { messagesDelivered, openTab } from './waits.mjs';

/** Reloads the window once what the page saved has reached the workbench, and waits for the new one. */
async function reload(page, frame) {
  await messagesDelivered(frame);
  const loaded = page.waitForEvent('domcontentloaded', { timeout: 60_000 });
  await runFromPalette(page, 'Developer: Reload Window');
  await loaded;
  await waitForWorkbench(page);
}

describe('comparison panel across a window reload', () => {
  useWorkbench();

  it('is restored by its serializer with the tab it was on', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    let frame = await webviewFrame(page, '[data-testid="tab-career"]');
    await openTab(frame, 'career');
    await reload(page, frame);
    frame = await webviewFrame(page, '[data-testid="panel-career"]:visible', 60_000);
    assert.ok(await frame.locator('[data-testid="panel-career"]').innerText());
    assert.ok(await page.locator('.tab', { hasText: 'Career Lens: Compare Roles' }).count());
  });

  it('keeps the skill marks made before the reload', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    let frame = await webviewFrame(page, '[data-testid="tab-plan"]', 60_000);
    await openTab(frame, 'plan');
    await frame.click('#plan-target');
    await frame.locator('#plan-target').getByRole('option', { name: 'Machine Learning Engineer' }).first().click();
    await frame.waitForSelector('label[for="mark-python-learning"]', { timeout: 15_000 });
    // The mark is the host's once the plan it sends back shows it: the tab is drawn again on every
    // change to the profile, so the drawing marked here must give way to one with the mark.
    await frame.evaluate(() => {
      globalThis.document.querySelector('[data-testid="panel-plan"]').firstElementChild.dataset.beforeMark = 'yes';
    });
    await frame.click('label[for="mark-python-learning"]');
    await frame.waitForFunction(
      () => {
        const drawn = globalThis.document.querySelector('[data-testid="panel-plan"]').firstElementChild;
        return (
          drawn &&
          drawn.dataset.beforeMark !== 'yes' &&
          globalThis.document.querySelector('#mark-python-learning')?.checked === true
        );
      },
      undefined,
      { timeout: 15_000 },
    );
    await reload(page, frame);
    frame = await webviewFrame(page, '[data-testid="tab-plan"]', 60_000);
    await openTab(frame, 'plan');
    await frame.waitForSelector('#mark-python-learning', { timeout: 15_000 });
    assert.ok(await frame.isChecked('#mark-python-learning'));
  });
});
