import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Mocha root hooks for the UI suite: one code-server and one Chromium page for the whole
// run, with the extension loaded in development mode. Tests reach them through `ui()`.
import { launchBrowser, isNoise } from '../harness/browser.mjs';
import { startCodeServer } from '../harness/codeServer.mjs';
import { waitForWorkbench } from '../harness/workbench.mjs';

const state = {};
export const pageErrors = [];

/** @returns {{ page: import('playwright-core').Page, server: Awaited<ReturnType<typeof startCodeServer>> }} */
export function ui() {
  if (!state.page) throw new Error('the workbench is not up');
  return state;
}

export const mochaHooks = {
  async beforeAll() {
    this.timeout(300_000);
    state.server = await startCodeServer();

    state.browser = await launchBrowser();
    const context = await state.browser.newContext({ viewport: { width: 1400, height: 900 } });
    state.page = await context.newPage();
    state.page.on('pageerror', (err) => {
      if (!isNoise(String(err))) pageErrors.push(String(err));
    });
    await state.page.goto(state.server.workbenchUrl());
    await waitForWorkbench(state.page);
  },
  async afterAll() {
    await state.browser?.close().catch(() => {});
    state.server?.stop();
  },
};

/** Writes the workspace's .vscode/settings.json; VS Code picks the change up while running. */
export function setWorkspaceSettings(settings) {
  mkdirSync(join(state.server.workspace, '.vscode'), { recursive: true });
  writeFileSync(join(state.server.workspace, '.vscode', 'settings.json'), JSON.stringify(settings));
}
