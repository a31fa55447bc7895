import assert from 'node:assert/strict';
import { ui } from './hooks.mjs';
import { runFromPalette, screenshot, webviewFrame } from '../harness/workbench.mjs';

describe('comparison webview (real workbench)', () => {
  it('opens from the palette, shows host state, and the host reacts to Swap', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    const frame = await webviewFrame(page, '[data-testid="role-a"]');
    assert.equal(await frame.textContent('[data-testid="role-a"]'), 'Data Engineer');
    assert.equal(await frame.textContent('[data-testid="role-b"]'), 'Machine Learning Engineer');
    await frame.click('#swap');
    await frame.waitForFunction(() => globalThis.document.querySelector('[data-testid="role-a"]')?.textContent === 'Machine Learning Engineer');
    assert.equal(await frame.textContent('[data-testid="role-b"]'), 'Data Engineer');
    await screenshot(page, 'slice-comparison');
  });
});
