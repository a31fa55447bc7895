// Helpers for driving the real workbench from Playwright: palette, views, webview frames,
// themes and screenshots. Selectors are VS Code's own DOM classes and ARIA roles.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './codeServer.mjs';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

/** @param {import('playwright-core').Page} page */
export async function waitForWorkbench(page) {
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  await page.waitForSelector('.activitybar', { timeout: 60_000 });
  // Our contributions are in once the Career Lens container shows in the activity bar.
  await page.locator('.activitybar .action-item a[aria-label^="Career Lens"]').first().waitFor({ timeout: 60_000 });
}

/** Runs a command from the palette by its visible title, as a person would. */
export async function runFromPalette(page, title) {
  // A quick pick that is still closing swallows F1; wait until none is showing.
  await page
    .locator('.quick-input-widget')
    .first()
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .catch(() => {});
  const input = page.locator('.quick-input-widget input');
  // A view that takes focus as it opens (the Output panel after "Show Details", say) closes a
  // palette opened just before; open it again rather than typing into a closing one.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill(`>${title}`, { timeout: 5_000 });
      break;
    } catch (err) {
      if (attempt >= 3) throw err;
      await input.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    }
  }
  await pickRow(page, title);
}

/** Clicks the quick-pick row whose label is exactly `label` (not merely containing it). */
export async function pickRow(page, label) {
  const rows = page.locator('.quick-input-widget .monaco-list-row', { hasText: label });
  await rows.first().waitFor({ state: 'visible', timeout: 15_000 });
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const name = (await rows.nth(i).locator('.label-name').first().textContent())?.trim();
    if (name === label) return rows.nth(i).click();
  }
  throw new Error(`no quick-pick row labelled exactly "${label}"`);
}

/** Finds the webview frame that holds `selector`, waiting for it to appear. */
export async function webviewFrame(page, selector, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      try {
        if (await frame.$(selector)) return frame;
      } catch {
        /* frame navigated away */
      }
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no webview frame contains ${selector} after ${timeoutMs} ms`);
}

/** Chooses a colour theme through the palette's theme picker. */
export async function setTheme(page, themeLabel) {
  await runFromPalette(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.fill(themeLabel);
  await pickRow(page, themeLabel);
  await page.waitForTimeout(600);
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** A row of a Career Lens tree view whose label is exactly `label`. */
export function treeRow(page, label) {
  return page
    .locator('.pane-body .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) })
    .first();
}

/** Roles view → Machine Learning Engineer → Pay by level → the Junior row, once shown. */
export async function openJuniorMlePay(page) {
  await runFromPalette(page, 'Career Lens: Focus on Roles View');
  await treeRow(page, 'Machine Learning Engineer').click();
  await treeRow(page, 'Pay by level').first().click();
  const junior = treeRow(page, 'Junior');
  await junior.waitFor({ timeout: 20_000 });
  return junior;
}

/** Find Skill… from the palette; resolves with the Skills view row it selects. */
export async function findSkill(page, query, label) {
  await runFromPalette(page, 'Career Lens: Find Skill…');
  await page.locator('.quick-input-widget input').fill(query);
  await pickRow(page, label);
  const row = page.locator('.pane-body .monaco-list-row.selected', { hasText: label });
  await row.waitFor({ timeout: 10_000 });
  return row;
}
