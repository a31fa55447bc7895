// Restricted Mode: a separate VS Code with Workspace Trust on, where the user declines to
// trust the folder. Workspace data packs must be ignored and the workspace scan refused.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../harness/browser.mjs';
import { REPO_ROOT, startCodeServer } from '../harness/codeServer.mjs';
import { runFromPalette, screenshot, waitForWorkbench, webviewFrame } from '../harness/workbench.mjs';
import { notificationArrived } from './waits.mjs';

/** The built-in roles, as the dataset lists them: the pickers offer these and nothing from the pack. */
const BUILT_IN_ROLES = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'roles.json'), 'utf8')).roles.map((r) => r.name);

describe('Restricted Mode (untrusted workspace, real workbench)', () => {
  let server;
  let browser;
  let page;

  before(async function () {
    this.timeout(180_000);
    server = await startCodeServer({ trust: true });
    mkdirSync(join(server.workspace, '.vscode'), { recursive: true });
    writeFileSync(
      join(server.workspace, '.vscode', 'settings.json'),
      JSON.stringify({ 'careerLens.dataPacks': ['packs/hostile.json'] }),
    );
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(server.workbenchUrl());
    // Depending on the window, VS Code either asks or opens the folder untrusted; decline if asked.
    const decline = page.getByRole('button', { name: /No, I don't trust the authors/i });
    const restricted = page.locator('.statusbar-item', { hasText: 'Restricted Mode' });
    await Promise.race([
      decline.waitFor({ timeout: 60_000 }).then(() => decline.click()),
      restricted.waitFor({ timeout: 60_000 }),
    ]);
    await restricted.waitFor({ timeout: 30_000 });
    await waitForWorkbench(page);
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
  });

  it("ignores the workspace's data packs", async () => {
    await runFromPalette(page, 'Career Lens: Open Comparison');
    const frame = await webviewFrame(page, '#role-b [role="option"]');
    const options = await frame.locator('#role-b [role="option"]').allInnerTexts();
    assert.equal(options.length, BUILT_IN_ROLES.length, options.join(' | '));
    for (const name of BUILT_IN_ROLES)
      assert.ok(
        options.some((o) => o.trim().startsWith(name)),
        `${name} among ${options.join(' | ')}`,
      );
    assert.ok(!options.some((o) => o.includes('Hostile')));
  });

  it('refuses to scan the workspace and says why', async () => {
    await runFromPalette(page, 'Career Lens: Find Skill Evidence in Workspace…');
    // The message may arrive as a toast or only in the notification centre; look in the centre.
    await notificationArrived(page, 'Career Lens did not scan');
    await runFromPalette(page, 'Notifications: Show Notifications');
    await page
      .locator('.notifications-center', { hasText: 'Career Lens did not scan: the workspace is not trusted.' })
      .waitFor({ timeout: 20_000 });
    await screenshot(page, 'restricted-mode');
  });
});
