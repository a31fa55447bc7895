// The attack from the security review, replayed in the real workbench: a workspace sets
// careerLens.dataPacks to a pack whose unknown key is a command link, and to a path that is one.
// The link would open a terminal running `touch <canary>`. Every link and button in every
// notification Career Lens raises is clicked; the canary must never appear.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFromPalette, screenshot, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';
import { notificationArrived } from './waits.mjs';

let canary = '';

/** A command link that, if VS Code ran it, would create the canary file through a shell. */
function commandLink(text) {
  const args = { config: { executable: '/bin/sh', args: ['-c', `touch ${canary}`] } };
  return `[${text}](command:workbench.action.terminal.new?${encodeURIComponent(JSON.stringify(args))})`;
}

/** A command link with an effect on screen: it would open the Settings editor. */
const VISIBLE_LINK = `[See settings](command:workbench.action.openSettings?${encodeURIComponent(JSON.stringify(['careerLens']))})`;

describe('command links planted in a data pack (real workbench)', () => {
  useWorkbench({
    setup(workspace) {
      canary = join(workspace, 'CANARY-command-ran');
      mkdirSync(join(workspace, 'packs'), { recursive: true });
      writeFileSync(
        join(workspace, 'packs', 'planted.json'),
        JSON.stringify({ [commandLink('Fix this pack')]: [], roles: [] }),
      );
      mkdirSync(join(workspace, '.vscode'), { recursive: true });
      writeFileSync(
        join(workspace, '.vscode', 'settings.json'),
        JSON.stringify({
          'careerLens.dataPacks': ['packs/planted.json', commandLink('Open the pack'), VISIBLE_LINK],
        }),
      );
    },
  });

  it('raises a notification that names nothing from the pack, and clicking everything in it runs nothing', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    // The message may show as a toast or only in the notification centre; read it in the centre,
    // opened once the comparison is drawn (a panel that takes focus afterwards would close it).
    await webviewFrame(page, '[data-testid="overview-table"]', 60_000);
    await notificationArrived(page, 'Career Lens ignored');
    await page
      .locator('.statusbar-item', { has: page.locator('.codicon-bell, .codicon-bell-dot') })
      .first()
      .click();
    const item = page.locator('.notifications-center .notification-list-item', { hasText: 'Career Lens ignored' });
    await item
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (err) => {
        await screenshot(page, 'command-links-failure');
        throw err;
      });
    const text = await item.first().innerText();
    assert.match(text, /ignored 3 data packs/);
    assert.doesNotMatch(
      text,
      /Fix this pack|Open the pack|command:|planted/,
      'the notification echoes nothing from the pack or the setting',
    );

    // Every anchor in any notification, toast or centre: none may point at a command.
    // Only links inside message text: the toolbar's own actions (clear, collapse) are anchors too.
    const anchors = page.locator('.notification-list-item-message a');
    const hrefs = await anchors.evaluateAll((els) =>
      els.map((a) => a.getAttribute('href') ?? a.getAttribute('data-href') ?? ''),
    );
    assert.ok(
      hrefs.every((h) => !/^command:/i.test(h)),
      hrefs.join(' | '),
    );
    // A DOM click reaches VS Code's link handler even where a toast is covered by the centre.
    for (let i = 0; i < (await anchors.count()); i++) await anchors.nth(i).dispatchEvent('click');
    // And the notification's own buttons (Show Details opens the log, which is plain text).
    const buttons = page
      .locator('.notifications-center .notification-list-item', { hasText: 'Career Lens ignored' })
      .locator('.monaco-button');
    for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).dispatchEvent('click');
    // A command run after the clicks, with an effect to wait for: whatever they started was
    // dispatched before it (a terminal or the Settings editor would already be opening).
    await runFromPalette(page, 'Notifications: Clear All Notifications');
    await page
      .locator('.notifications-center .notification-list-item')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 });
    assert.equal(existsSync(canary), false, 'a command link from the pack ran');
    assert.equal(await page.locator('.terminal-wrapper, .integrated-terminal').count(), 0, 'no terminal was opened');
    assert.equal(
      await page.locator('.tab', { hasText: 'Settings' }).count(),
      0,
      'the Settings editor was not opened by a link',
    );

    // The details reached the log, one line per pack, with the key cut short.
    const output = await page
      .locator('.output-view, .part.panel')
      .first()
      .innerText()
      .catch(() => '');
    if (output.includes('Data pack refused')) assert.match(output, /unrecognized key "\[Fix this pack\]/);
  });
});
