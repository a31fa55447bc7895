// Each UI suite file gets its own workbench: a fresh code-server (new user data, so no saved
// profile or role pair, and a new copy of the sample workspace) and a new Chromium page, so no
// suite depends on what another left behind, and any file runs alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, isNoise } from '../harness/browser.mjs';
import { startCodeServer } from '../harness/codeServer.mjs';
import { waitForWorkbench } from '../harness/workbench.mjs';

const state = {};

/** @returns {{ page: import('playwright-core').Page, server: Awaited<ReturnType<typeof startCodeServer>>, pageErrors: string[], console: { type: string, text: string, frame: string }[] }} */
export function ui() {
  if (!state.page) throw new Error('the workbench is not up: call useWorkbench() in the suite');
  return state;
}

/**
 * Starts a workbench before the calling suite and stops it after.
 * @param {{ settings?: Record<string, unknown>, trust?: boolean, web?: boolean, setup?: (workspace: string) => void }} [opts]
 *   workspace settings to write, and a setup step for the workspace copy, before the window opens;
 *   `web` runs Career Lens in the browser's web worker extension host, as on vscode.dev
 */
export function useWorkbench(opts = {}) {
  before(async function () {
    this.timeout(300_000);
    state.server = await startCodeServer({ trust: opts.trust, web: opts.web });
    opts.setup?.(state.server.workspace);
    if (opts.settings) setWorkspaceSettings(opts.settings);
    state.browser = await launchBrowser();
    const context = await state.browser.newContext({ viewport: { width: 1400, height: 900 } });
    state.page = await context.newPage();
    state.pageErrors = [];
    state.console = [];
    state.page.on('pageerror', (err) => {
      if (!isNoise(String(err))) state.pageErrors.push(String(err));
    });
    // Console messages from every frame, webviews included (they are frames of this page).
    state.page.on('console', (msg) =>
      state.console.push({ type: msg.type(), text: msg.text(), frame: msg.location()?.url ?? '' }),
    );
    await state.page.goto(state.server.workbenchUrl());
    if (!opts.trust) await waitForWorkbench(state.page);
  });
  after(async () => {
    await state.browser?.close().catch(() => {});
    await state.server?.stop();
    for (const key of Object.keys(state)) delete state[key];
  });
}

/** Writes the workspace's .vscode/settings.json; VS Code picks the change up while running. */
export function setWorkspaceSettings(settings) {
  mkdirSync(join(state.server.workspace, '.vscode'), { recursive: true });
  writeFileSync(join(state.server.workspace, '.vscode', 'settings.json'), JSON.stringify(settings));
}
