// A whole ordinary journey in the real workbench (every tab, the quiz, the plan, a contested
// skill, a CSV export from the dialog), then three logs are read: the page console of every
// frame (webviews included, where CSP violations are reported), the extension host's log, and
// Career Lens's own Output log. None may hold a CSP violation or an error or warning of ours.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pickRow, runFromPalette, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';
import { TABS } from './product.mjs';
import { until } from './waits.mjs';

const OURS = /career-?lens|dist\/(extension|webview)\.js/i;
// Chromium's remark on the sandbox attributes of the iframe VS Code itself puts around every
// webview; its frame URL names our extension, but the markup is the workbench's.
const WORKBENCH_IFRAME_NOTE = /An iframe which has both allow-scripts and allow-same-origin/;

function logFiles(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? logFiles(p) : p.endsWith('.log') ? [p] : [];
  });
}

describe('a clean journey (real workbench)', () => {
  useWorkbench();
  let frame;

  it('visits every tab, the quiz and the plan', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    frame = await webviewFrame(page, '[data-testid="overview-table"]');
    for (const tab of TABS) {
      await frame.click(`[data-testid="tab-${tab}"]`);
      await frame.waitForSelector(`[data-testid="panel-${tab}"]`, { state: 'visible', timeout: 10_000 });
    }
    await frame.click('[data-testid="tab-quiz"]');
    await frame.click('#quiz-start');
    await frame.waitForSelector('[data-question]');
  });

  it('shows Statistics as contested in the Skills tab, naming the dissenting sources', async () => {
    await frame.click('[data-testid="tab-skills"]');
    const note = frame.locator('[data-skill="statistics"] [data-testid="contested"]');
    await note.waitFor({ timeout: 10_000 });
    const text = await note.innerText();
    assert.match(text, /Sources disagree/);
    assert.match(text, /Shown as shared/);
    assert.match(text, /AI Pulse.*unique to Machine Learning Engineer/s);
    // Skills every source agrees on carry no such note.
    assert.equal(await frame.locator('[data-skill="python"] [data-testid="contested"]').count(), 0);
  });

  it("marks Career Lens's own reading apart from sourced figures, with its reason", async () => {
    await frame.click('[data-testid="tab-genai"]');
    const chip = frame.locator('[data-testid="panel-genai"] cite.src.editorial').first();
    await chip.waitFor({ timeout: 10_000 });
    assert.equal(await chip.innerText(), 'Career Lens (editorial)');
    assert.match(
      await chip.getAttribute('title'),
      /^Career Lens's reading, not a figure from a source: Joins Interview Kickstart's and DataDriven's accounts/,
    );
    assert.ok(
      (await frame.locator('[data-testid="panel-genai"] cite.src:not(.editorial)').count()) > 0,
      'sourced statements keep their source chips',
    );
  });

  it('shows Statistics as contested in the Skills view', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Find Skill…');
    await page.locator('.quick-input-widget input').fill('Statistics');
    await pickRow(page, 'Statistics and probability');
    const row = page.locator('.pane-body .monaco-list-row.selected').first();
    await row.waitFor({ timeout: 10_000 });
    assert.match(await row.innerText(), /contested/);
  });

  it('exports the pay figures as CSV from the Export Report dialog', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Export Report…');
    await pickRow(page, 'Pay Figures as CSV: Open as Untitled Document');
    const editor = page.locator('.editor-instance .view-lines').first();
    await page.waitForFunction(
      () =>
        globalThis.document.querySelector('.editor-instance .view-lines')?.textContent?.includes('role,level,years'),
      undefined,
      { timeout: 15_000 },
    );
    assert.match(await editor.innerText(), /data-engineer,junior/);
  });

  it('logged no CSP violation and no error or warning from Career Lens anywhere', async () => {
    const { server, console: messages, pageErrors } = ui();
    // Everything above has run; its log file must be on disk before it is read.
    await until('the Career Lens log to be written', () =>
      logFiles(join(server.userDataDir, 'logs')).some((f) =>
        f.endsWith(join('career-lens.career-lens', 'Career Lens.log')),
      ),
    );
    const csp = messages.filter((m) => /Content Security Policy|violates the following/i.test(m.text));
    assert.deepEqual(
      csp.map((m) => m.text.slice(0, 200)),
      [],
      'CSP violations in the page or a webview',
    );
    const ours = messages.filter(
      (m) =>
        (m.type === 'error' || m.type === 'warning') &&
        (OURS.test(m.text) || OURS.test(m.frame)) &&
        !WORKBENCH_IFRAME_NOTE.test(m.text),
    );
    assert.deepEqual(
      ours.map((m) => `${m.type}: ${m.text.slice(0, 200)}`),
      [],
      'console errors or warnings from Career Lens',
    );
    assert.deepEqual(pageErrors, []);

    const files = logFiles(join(server.userDataDir, 'logs'));
    const ownLog = files.find((f) => f.endsWith(join('career-lens.career-lens', 'Career Lens.log')));
    assert.ok(ownLog, `no Career Lens log among ${files.join(', ')}`);
    const ownLines = readFileSync(ownLog, 'utf8')
      .split('\n')
      .filter((l) => /\[(error|warning)\]/.test(l));
    assert.deepEqual(ownLines, [], 'errors or warnings in the Career Lens log');
    const hostLog = files.find((f) => f.endsWith('remoteexthost.log') || f.endsWith('exthost.log'));
    assert.ok(hostLog, 'no extension host log');
    const hostLines = readFileSync(hostLog, 'utf8')
      .split('\n')
      .filter(
        (l) =>
          /\[(error|warning)\]/.test(l) && (OURS.test(l) || /PendingMigrationError|navigator is now a global/.test(l)),
      );
    assert.deepEqual(hostLines, [], 'errors or warnings from Career Lens in the extension host log');
  });
});
