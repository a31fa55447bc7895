import assert from 'node:assert/strict';
import { findSkill, openJuniorMlePay, runFromPalette, screenshot, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';

describe('sidebar (real workbench)', () => {
  useWorkbench();
  it('opens the container, expands a role and a section, and opens an item in the comparison', async () => {
    const { page } = ui();
    // Through the palette: the view may already be showing, and clicking its activity-bar icon would then hide it.
    const junior = await openJuniorMlePay(page);
    assert.match(await junior.innerText(), /\$130K–\$185K total/);
    await junior.hover();
    await page.locator('.monaco-hover', { hasText: 'AI Pulse' }).first().waitFor({ timeout: 10_000 });
    await screenshot(page, 'sidebar-roles-hover');
    await junior.click();
    const frame = await webviewFrame(page, '[data-testid="panel-pay"]');
    // The panel may still show the previous pair for a moment; the host's new state follows,
    // and the tabs are rebuilt for it, so wait for the pair and then for the Pay tab.
    await frame.waitForFunction(
      () => globalThis.document.querySelector('#role-a')?.value === 'ml-engineer',
      undefined,
      { timeout: 10_000 },
    );
    await frame.locator('[data-testid="panel-pay"]').waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await frame.locator('[data-testid="panel-pay"]').innerText(), /\$130K–\$185K/);
  });

  it('finds a skill from the palette and reveals it in the Skills view', async () => {
    const { page } = ui();
    const row = await findSkill(page, 'airflow', 'Workflow orchestration');
    const text = await row.innerText();
    assert.match(text, /DE ✓ · MLE —/, text);
    await screenshot(page, 'sidebar-find-skill');
  });
});

describe('workspace evidence (real workbench)', () => {
  useWorkbench();
  it("suggests skills from the workspace's manifests and marks the accepted ones", async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Find Skill Evidence in Workspace…');
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Workflow orchestration' }).first();
    await row.waitFor({ timeout: 20_000 });
    const text = await row.innerText();
    assert.match(text, /analytics\/requirements\.txt:2 \(apache-airflow\)/);
    assert.match(text, /strong evidence/);
    // Only strong evidence arrives ticked.
    assert.equal(
      (await row.locator('.monaco-checkbox.checked, input[type="checkbox"]:checked').count()) > 0 ||
        /checked/.test((await row.getAttribute('aria-checked')) ?? ''),
      true,
    );
    await screenshot(page, 'scan-suggestions');
    await page.locator('.quick-input-widget input').press('Enter');
    const treeRow = await findSkill(page, 'orchestration', 'Workflow orchestration');
    await treeRow.locator('.custom-view-tree-node-item-checkbox[aria-checked="true"]').waitFor({ timeout: 10_000 });
  });
});
