// The webview's own script in Chromium, with a stand-in for the host: a local server for the
// page and its built assets, and a recorded acquireVsCodeApi(). The real-workbench suites cover
// the product end to end; this one controls what they cannot: when webview-checks.js (zod and
// the schemas) arrives, and what the page's first state holds. It checks that the page paints
// before its checks load, refuses a malformed first state, and checks messages that waited.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { launchBrowser, isNoise } from '../harness/browser.mjs';
import { REPO_ROOT } from '../harness/codeServer.mjs';
import page from '../../out/test/ui/webviewPage.js';

const TYPES = { js: 'text/javascript', css: 'text/css' };

describe('the webview alone, with a stand-in host (Chromium)', () => {
  let server;
  let browser;
  let base;
  /** The page each test gets; `hold` keeps webview-checks.js back until released. */
  let pageFor;
  let release;
  let html = '';

  before(async () => {
    server = createServer(async (req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/') { res.setHeader('content-type', 'text/html'); res.end(html); return; }
      if (path === '/favicon.ico') { res.statusCode = 204; res.end(); return; }
      const name = path.replace(/^\/dist\//, '');
      if (name === 'webview-checks.js') await release?.promise;
      try {
        const body = readFileSync(join(REPO_ROOT, 'dist', name));
        res.setHeader('content-type', TYPES[name.split('.').pop()] ?? 'application/octet-stream');
        res.end(body);
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}/dist/`;
    browser = await launchBrowser();
    pageFor = async (initial, { hold = false } = {}) => {
      let open;
      release = hold ? { promise: new Promise((r) => { open = r; }), open: () => open() } : undefined;
      html = page.pageHtml(base, initial);
      const p = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
      const logs = [];
      p.on('console', (m) => logs.push({ type: m.type(), text: m.text() }));
      p.on('pageerror', (e) => { if (!isNoise(String(e))) logs.push({ type: 'pageerror', text: String(e) }); });
      await p.addInitScript(() => {
        globalThis.__posted = [];
        globalThis.acquireVsCodeApi = () => ({ postMessage: (m) => globalThis.__posted.push(m), getState: () => undefined, setState: () => {} });
      });
      await p.goto(`http://127.0.0.1:${server.address().port}/`);
      return { p, logs, posted: () => p.evaluate(() => globalThis.__posted) };
    };
  });

  after(async () => {
    release?.open();
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('paints the first state before its checks load, sends nothing until they have, then says ready', async () => {
    const { p, logs, posted } = await pageFor(page.firstState(), { hold: true });
    await p.waitForSelector('[data-testid="overview-table"]', { timeout: 15_000 });
    assert.match(await p.locator('h1').innerText(), /^Data Engineer compared with Machine Learning Engineer$/);
    // A tab chosen before the checks load: its message waits for them.
    await p.click('[data-testid="tab-pay"]');
    await p.waitForSelector('[data-testid="panel-pay"]', { state: 'visible' });
    assert.deepEqual(await posted(), [], 'nothing leaves the page unchecked');
    release.open();
    await p.waitForFunction(() => globalThis.__posted.length >= 2, undefined, { timeout: 15_000 });
    assert.deepEqual((await posted()).map((m) => m.type), ['ready', 'tabChanged']);
    assert.equal(await p.locator('.error').count(), 0);
    assert.deepEqual(logs.filter((l) => l.type === 'error' || l.type === 'pageerror'), []);
    await p.context().close();
  });

  it('opens on the tab in its first state, and keeps the tab the user chose before its checks', async () => {
    const { p, posted } = await pageFor({ ...page.firstState(), tab: 'quiz' }, { hold: true });
    await p.waitForSelector('[data-testid="panel-quiz"]', { state: 'visible', timeout: 15_000 });
    assert.equal(await p.getAttribute('#tab-quiz', 'aria-selected'), 'true');
    await p.click('[data-testid="tab-skills"]');
    await p.waitForSelector('[data-testid="panel-skills"]', { state: 'visible' });
    release.open();
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'tabChanged'), undefined, { timeout: 15_000 });
    const sent = await posted();
    assert.equal(sent[0].type, 'ready');
    assert.deepEqual(sent.filter((m) => m.type === 'tabChanged').map((m) => m.tab), ['skills']);
    // The host answers 'ready' with the same state; the page stays where the user put it.
    await p.evaluate((s) => globalThis.postMessage(s, '*'), page.firstState().state);
    await p.waitForTimeout(300);
    assert.equal(await p.getAttribute('#tab-skills', 'aria-selected'), 'true');
    assert.ok(await p.isVisible('[data-testid="panel-skills"]'));
    await p.context().close();
  });

  it('refuses a malformed first state with the field named, asks again, and shows the answer', async () => {
    const first = page.firstState();
    first.state.roles = 'not a list';
    const { p, logs, posted } = await pageFor(first);
    await p.waitForSelector('.error', { timeout: 15_000 });
    assert.match(await p.locator('.error').innerText(), /refused \(state: roles: .+\); asking Career Lens for it again/);
    assert.ok(logs.some((l) => l.type === 'warning' && /refused the page's first state: state: roles/.test(l.text)), JSON.stringify(logs));
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'ready'));
    // The stand-in host answers 'ready' with a valid state, then the comparison it asks for.
    const good = page.firstState();
    await p.evaluate((s) => globalThis.postMessage(s, '*'), good.state);
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'requestComparison'), undefined, { timeout: 10_000 });
    const request = (await posted()).find((m) => m.type === 'requestComparison');
    assert.deepEqual([request.roleA, request.roleB], ['data-engineer', 'ml-engineer']);
    await p.evaluate((m) => globalThis.postMessage(m, '*'), { type: 'comparison', requestId: request.requestId, comparison: good.comparison });
    await p.waitForSelector('[data-testid="overview-table"]', { timeout: 10_000 });
    assert.equal(await p.locator('.error').count(), 0, 'the refusal gave way to the comparison');
    await p.context().close();
  });

  it('asks for the parts the shown tab lacks, then the rest, and drops what it kept when the data changes', async () => {
    const { p, logs, posted } = await pageFor(page.firstState());
    await p.waitForSelector('[data-testid="overview-table"]', { timeout: 15_000 });
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'ready'), undefined, { timeout: 15_000 });
    const requests = async (n) => {
      await p.waitForFunction((k) => globalThis.__posted.filter((m) => m.type === 'requestComparison').length >= k, n, { timeout: 10_000 });
      return (await posted()).filter((m) => m.type === 'requestComparison');
    };
    const answer = (request) => p.evaluate((m) => globalThis.postMessage(m, '*'),
      { type: 'comparison', requestId: request.requestId, comparison: page.partsOf(request.roleA, request.roleB, request.parts) });
    // A new pair: the overview's own parts; the FAQ, GenAI and sources are the same for any pair.
    const state = { ...page.firstState().state, pair: ['data-engineer', 'ai-infrastructure-engineer'] };
    await p.evaluate((s) => globalThis.postMessage(s, '*'), state);
    let sent = await requests(1);
    assert.deepEqual([sent[0].roleA, sent[0].roleB, sent[0].parts], ['data-engineer', 'ai-infrastructure-engineer', ['overview', 'guidance']]);
    await answer(sent[0]);
    await p.waitForFunction(() => /AI Infrastructure Engineer/.test(globalThis.document.querySelector('[data-testid="overview-table"] thead')?.textContent ?? ''), undefined, { timeout: 10_000 });
    assert.ok(await p.locator('[data-testid="faq"] details').count() > 0, 'the FAQ kept from the first pair is drawn');
    // Then the rest, in the background.
    sent = await requests(2);
    assert.deepEqual(sent[1].parts, ['skills', 'pay', 'tools', 'transitions', 'metrics', 'careers']);
    // Skills shown before that answer: the tab waits, asks for its own part, and draws it when it comes.
    await p.click('[data-testid="tab-skills"]');
    await p.waitForSelector('[data-testid="panel-skills"] .waiting', { timeout: 10_000 });
    sent = await requests(3);
    assert.deepEqual(sent[2].parts, ['skills']);
    await answer(sent[2]);
    await p.waitForSelector('[data-testid="panel-skills"] [data-skill]', { timeout: 10_000 });
    assert.equal(await p.locator('[data-testid="panel-skills"] .waiting').count(), 0);
    sent = await requests(4);
    assert.deepEqual(sent[3].parts, ['pay', 'tools', 'transitions', 'metrics', 'careers']);
    // New data for the same pair (a pack applied): nothing kept, the shown tab asks afresh.
    await p.evaluate((s) => globalThis.postMessage(s, '*'), { ...state, dataVersion: 2 });
    sent = await requests(5);
    assert.deepEqual([sent[4].roleB, sent[4].parts], ['ai-infrastructure-engineer', ['skills', 'sources']]);
    assert.deepEqual(logs.filter((l) => l.type === 'error' || l.type === 'pageerror'), []);
    await p.context().close();
  });

  it('checks the messages that arrived before its checks, like any other', async () => {
    const { p, logs } = await pageFor(page.firstState(), { hold: true });
    await p.waitForSelector('[data-testid="overview-table"]', { timeout: 15_000 });
    await p.evaluate(() => {
      globalThis.postMessage({ type: 'focusTab', tab: '<img src=x onerror=alert(1)>' }, '*');
      globalThis.postMessage({ type: 'focusTab', tab: 'skills' }, '*');
    });
    await p.waitForTimeout(200);
    assert.equal(await p.getAttribute('#tab-skills', 'aria-selected'), 'false', 'not acted on before it is checked');
    release.open();
    await p.waitForSelector('[data-testid="panel-skills"]', { state: 'visible', timeout: 15_000 });
    assert.ok(logs.some((l) => l.type === 'warning' && /ignored a malformed message: tab: /.test(l.text)), JSON.stringify(logs));
    assert.equal(await p.locator('#app img').count(), 0);
    await p.context().close();
  });
});
