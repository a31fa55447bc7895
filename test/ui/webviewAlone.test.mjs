// The webview's own script in Chromium, with a stand-in for the host: a local server for the
// page and its built assets, and a recorded acquireVsCodeApi(). The real-workbench suites cover
// the product end to end; this one controls what they cannot: when webview-page.js (the toolkit
// and the tabs) and webview-checks.js (zod and the schemas) arrive or fail, and what the page's
// first state holds. It checks that the first screen paints before either and does not move
// when the toolkit takes over, refuses a malformed first state, and checks messages that waited.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { audit } from '../harness/axe.mjs';
import { launchBrowser, isNoise } from '../harness/browser.mjs';
import { REPO_ROOT } from '../harness/codeServer.mjs';
import page from '../../out/test/ui/webviewPage.js';

const TYPES = { js: 'text/javascript', css: 'text/css' };

describe('the webview alone, with a stand-in host (Chromium)', () => {
  let server;
  let browser;
  let base;
  /** The page each test gets; `hold` keeps a script (webview-checks.js unless named) back until released. */
  let pageFor;
  let release;
  let held = 'webview-checks.js';
  /** A script the server answers with 404, as a failed load. */
  let missing;
  let html = '';

  before(async () => {
    server = createServer(async (req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/') {
        res.setHeader('content-type', 'text/html');
        res.end(html);
        return;
      }
      if (path === '/favicon.ico') {
        res.statusCode = 204;
        res.end();
        return;
      }
      const name = path.replace(/^\/dist\//, '');
      if (name === held) await release?.promise;
      if (name === missing) {
        res.statusCode = 404;
        res.end();
        return;
      }
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
    pageFor = async (initial, { hold = false, script = 'webview-checks.js', fail } = {}) => {
      let open;
      held = script;
      missing = fail;
      release = hold
        ? {
            promise: new Promise((r) => {
              open = r;
            }),
            open: () => open(),
          }
        : undefined;
      html = page.pageHtml(base, initial);
      const p = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
      const logs = [];
      p.on('console', (m) => logs.push({ type: m.type(), text: m.text() }));
      p.on('pageerror', (e) => {
        if (!isNoise(String(e))) logs.push({ type: 'pageerror', text: String(e) });
      });
      await p.addInitScript(() => {
        globalThis.__posted = [];
        globalThis.acquireVsCodeApi = () => ({
          postMessage: (m) => globalThis.__posted.push(m),
          getState: () => undefined,
          setState: () => {},
        });
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
    assert.deepEqual(
      (await posted()).map((m) => m.type),
      ['ready', 'tabChanged'],
    );
    assert.equal(await p.locator('.error').count(), 0);
    assert.deepEqual(
      logs.filter((l) => l.type === 'error' || l.type === 'pageerror'),
      [],
    );
    await p.context().close();
  });

  it('opens on the tab in its first state, and keeps the tab the user chose before its checks', async () => {
    const { p, posted } = await pageFor({ ...page.firstState(), tab: 'quiz' }, { hold: true });
    await p.waitForSelector('[data-testid="panel-quiz"]', { state: 'visible', timeout: 15_000 });
    assert.equal(await p.getAttribute('#tab-quiz', 'aria-selected'), 'true');
    await p.click('[data-testid="tab-skills"]');
    await p.waitForSelector('[data-testid="panel-skills"]', { state: 'visible' });
    release.open();
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'tabChanged'), undefined, {
      timeout: 15_000,
    });
    const sent = await posted();
    assert.equal(sent[0].type, 'ready');
    assert.deepEqual(
      sent.filter((m) => m.type === 'tabChanged').map((m) => m.tab),
      ['skills'],
    );
    // The host answers 'ready' with the same state; the page stays where the user put it.
    // Then an error, which shows: messages are handled in order, so the state before it was too.
    await p.evaluate((s) => {
      globalThis.postMessage(s, '*');
      globalThis.postMessage({ type: 'error', message: 'after the state' }, '*');
    }, page.firstState().state);
    await p.waitForSelector('.error:has-text("after the state")', { timeout: 10_000 });
    assert.equal(await p.getAttribute('#tab-skills', 'aria-selected'), 'true');
    assert.ok(await p.isVisible('[data-testid="panel-skills"]'));
    await p.context().close();
  });

  it('refuses a malformed first state with the field named, asks again, and shows the answer', async () => {
    const first = page.firstState();
    first.state.roles = 'not a list';
    const { p, logs, posted } = await pageFor(first);
    await p.waitForSelector('.error', { timeout: 15_000 });
    assert.match(
      await p.locator('.error').innerText(),
      /refused \(state: roles: .+\); asking Career Lens for it again/,
    );
    assert.ok(
      logs.some((l) => l.type === 'warning' && /refused the page's first state: state: roles/.test(l.text)),
      JSON.stringify(logs),
    );
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'ready'));
    // The stand-in host answers 'ready' with a valid state, then the comparison it asks for.
    const good = page.firstState();
    await p.evaluate((s) => globalThis.postMessage(s, '*'), good.state);
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'requestComparison'), undefined, {
      timeout: 10_000,
    });
    const request = (await posted()).find((m) => m.type === 'requestComparison');
    assert.deepEqual([request.roleA, request.roleB], ['data-engineer', 'ml-engineer']);
    await p.evaluate((m) => globalThis.postMessage(m, '*'), {
      type: 'comparison',
      requestId: request.requestId,
      comparison: good.comparison,
    });
    await p.waitForSelector('[data-testid="overview-table"]', { timeout: 10_000 });
    assert.equal(await p.locator('.error').count(), 0, 'the refusal gave way to the comparison');
    await p.context().close();
  });

  it('asks for the parts the shown tab lacks, then the rest, and drops what it kept when the data changes', async () => {
    const { p, logs, posted } = await pageFor(page.firstState());
    await p.waitForSelector('[data-testid="overview-table"]', { timeout: 15_000 });
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'ready'), undefined, { timeout: 15_000 });
    const requests = async (n) => {
      await p.waitForFunction((k) => globalThis.__posted.filter((m) => m.type === 'requestComparison').length >= k, n, {
        timeout: 10_000,
      });
      return (await posted()).filter((m) => m.type === 'requestComparison');
    };
    const answer = (request) =>
      p.evaluate((m) => globalThis.postMessage(m, '*'), {
        type: 'comparison',
        requestId: request.requestId,
        comparison: page.partsOf(request.roleA, request.roleB, request.parts),
      });
    // A new pair: the overview's own parts; the FAQ, GenAI and sources are the same for any pair.
    const state = { ...page.firstState().state, pair: ['data-engineer', 'ai-infrastructure-engineer'] };
    await p.evaluate((s) => globalThis.postMessage(s, '*'), state);
    let sent = await requests(1);
    assert.deepEqual(
      [sent[0].roleA, sent[0].roleB, sent[0].parts],
      ['data-engineer', 'ai-infrastructure-engineer', ['overview', 'guidance']],
    );
    await answer(sent[0]);
    await p.waitForFunction(
      () =>
        /AI Infrastructure Engineer/.test(
          globalThis.document.querySelector('[data-testid="overview-table"] thead')?.textContent ?? '',
        ),
      undefined,
      { timeout: 10_000 },
    );
    assert.ok(
      (await p.locator('[data-testid="faq"] details').count()) > 0,
      'the FAQ kept from the first pair is drawn',
    );
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
    assert.deepEqual(
      logs.filter((l) => l.type === 'error' || l.type === 'pageerror'),
      [],
    );
    await p.context().close();
  });

  it("paints a new panel's first screen before the toolkit loads, and nothing on it moves when the toolkit takes over", async () => {
    const { p, logs } = await pageFor(page.firstState(), { hold: true, script: 'webview-page.js' });
    await p.waitForSelector('[data-testid="overview-table"]', { timeout: 15_000 });
    const boxes = () =>
      p.evaluate(() => {
        const box = (el) => {
          const b = el.getBoundingClientRect();
          return [b.left, b.top, b.width, b.height].map((x) => Math.round(x));
        };
        const q = (sel) => globalThis.document.querySelector(sel);
        const all = (sel) => [...globalThis.document.querySelectorAll(sel)];
        return {
          toolkit: globalThis.customElements.get('vscode-panels') !== undefined,
          header: box(q('header.pair')),
          pickers: all('.look-alike.select').concat(all('vscode-dropdown')).map(box),
          swap: box(q('.look-alike.button') ?? q('vscode-button')),
          tabs: (all('.look-alike.tabs > span').length ? all('.look-alike.tabs > span') : all('vscode-panel-tab')).map(
            box,
          ),
          cards: box(q('.cards')),
          table: box(q('[data-testid="overview-table"]')),
          heading: q('h1')?.textContent,
        };
      });
    const before = await boxes();
    assert.equal(before.toolkit, false, 'drawn before the toolkit is defined');
    assert.equal(before.heading, 'Data Engineer compared with Machine Learning Engineer');
    assert.equal(before.tabs.length, 10);
    // The page takes the drawn overview over rather than build it again.
    await p.evaluate(() => {
      globalThis.document.querySelector('[data-testid="overview-table"]').dataset.drawnFirst = 'yes';
    });
    release.open();
    await p.waitForSelector('vscode-panels', { timeout: 15_000 });
    await p.waitForSelector('.look-alike', { state: 'detached' });
    assert.equal(
      await p.getAttribute('[data-testid="panel-overview"] [data-testid="overview-table"]', 'data-drawn-first'),
      'yes',
    );
    const after = await boxes();
    assert.equal(after.toolkit, true);
    for (const key of ['header', 'pickers', 'swap', 'tabs', 'cards', 'table', 'heading'])
      assert.deepEqual(after[key], before[key], `${key} stayed where it was`);
    // Then the page is the page: its tabs work and the checks load.
    await p.click('[data-testid="tab-pay"]');
    await p.waitForSelector('[data-testid="panel-pay"]', { state: 'visible' });
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'ready'), undefined, { timeout: 15_000 });
    assert.deepEqual(
      logs.filter((l) => l.type === 'error' || l.type === 'pageerror'),
      [],
    );
    await p.context().close();
  });

  it('keeps a tab clicked on the first screen and opens on it when the page takes over', async () => {
    const { p, posted } = await pageFor(page.firstState(), { hold: true, script: 'webview-page.js' });
    await p.waitForSelector('.look-alike.tabs', { timeout: 15_000 });
    await p.click('.look-alike.tabs > [data-tab="pay"]');
    assert.equal(await p.getAttribute('.look-alike.tabs > [data-tab="pay"]', 'class'), 'active', 'marked at once');
    assert.equal(await p.locator('.look-alike.tabs > .active').count(), 1);
    release.open();
    await p.waitForSelector('[data-testid="panel-pay"]', { state: 'visible', timeout: 15_000 });
    assert.equal(await p.getAttribute('#tab-pay', 'aria-selected'), 'true');
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'tabChanged'), undefined, {
      timeout: 15_000,
    });
    const sent = await posted();
    assert.equal(sent[0].type, 'ready');
    assert.deepEqual(
      sent.filter((m) => m.type === 'tabChanged').map((m) => m.tab),
      ['pay'],
    );
    await p.context().close();
  });

  /** The focused element's id, tag, accessible name and whether it shows as keyboard-focused. */
  // A toolkit control is focused through its shadow root: whether focus shows is asked of the element inside.
  const focus = (p) =>
    p.evaluate(() => {
      const el = globalThis.document.activeElement;
      if (!el || el === globalThis.document.body) return null;
      let inner = el;
      while (inner.shadowRoot?.activeElement) inner = inner.shadowRoot.activeElement;
      const named =
        el.getAttribute('aria-label') ??
        globalThis.document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ??
        el.textContent;
      return {
        id: el.id,
        tag: el.tagName.toLowerCase(),
        role: el.getAttribute('role'),
        name: named?.trim(),
        visible: inner.matches(':focus-visible'),
      };
    });

  it('stops the Tab key on the first screen where the real controls will be, named as they are, and not in the overview', async () => {
    const { p } = await pageFor(page.firstState(), { hold: true, script: 'webview-page.js' });
    await p.waitForSelector('.look-alike.tabs', { timeout: 15_000 });
    const stops = [];
    for (let i = 0; i < 5; i++) {
      await p.keyboard.press('Tab');
      stops.push(await focus(p));
    }
    assert.deepEqual(
      stops.slice(0, 4).map((f) => f && [f.id, f.role ?? f.tag, f.name, f.visible]),
      [
        ['role-a', 'combobox', 'Compare', true],
        ['swap', 'button', 'Swap the two roles', true],
        ['role-b', 'combobox', 'with', true],
        ['tab-overview', 'tab', 'Overview', true],
      ],
    );
    // The overview's FAQ summaries and links wait for the real tabs: focus leaves the page.
    assert.equal(stops[4], null, `after the tabs focus went to ${JSON.stringify(stops[4])}`);
    assert.equal(await p.locator('.look-alike.view[inert] [data-testid="faq"] summary').first().count(), 1);
    // Nothing on the first screen a screen reader would trip on (this page has no VS Code theme to judge contrast by).
    assert.deepEqual(await audit(p, 'first screen', ['color-contrast']), []);
    assert.equal(await p.locator('.look-alike').count(), 5, 'still the first screen when audited');
    release.open();
    await p.context().close();
  });

  for (const [keys, id, tag] of [
    [1, 'role-a', 'vscode-dropdown'],
    [2, 'swap', 'vscode-button'],
    [3, 'role-b', 'vscode-dropdown'],
    [4, 'tab-overview', 'vscode-panel-tab'],
  ]) {
    it(`hands keyboard focus from the look-alike #${id} to the real control when the page takes over`, async () => {
      const { p } = await pageFor(page.firstState(), { hold: true, script: 'webview-page.js' });
      await p.waitForSelector('.look-alike.tabs', { timeout: 15_000 });
      for (let i = 0; i < keys; i++) await p.keyboard.press('Tab');
      assert.equal((await focus(p))?.id, id);
      release.open();
      await p.waitForSelector('.look-alike', { state: 'detached', timeout: 15_000 });
      const f = await focus(p);
      assert.deepEqual(f && [f.id, f.tag, f.visible], [id, tag, true]);
      // And the next stop is the real one after it.
      await p.keyboard.press('Tab');
      const next = await focus(p);
      assert.notEqual(next?.id, id);
      assert.ok(next, 'focus stayed in the page');
      await p.context().close();
    });
  }

  it('keeps a tab chosen with the arrow keys on the first screen, and opens on it with its tab focused', async () => {
    const { p } = await pageFor(page.firstState(), { hold: true, script: 'webview-page.js' });
    await p.waitForSelector('.look-alike.tabs', { timeout: 15_000 });
    for (let i = 0; i < 4; i++) await p.keyboard.press('Tab');
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowLeft');
    const f = await focus(p);
    assert.deepEqual([f.id, f.visible], ['tab-pay', true]);
    assert.deepEqual(
      await p.evaluate(() =>
        [...globalThis.document.querySelectorAll('.look-alike.tabs > [aria-selected="true"]')].map((el) => el.id),
      ),
      ['tab-pay'],
    );
    release.open();
    await p.waitForSelector('[data-testid="panel-pay"]', { state: 'visible', timeout: 15_000 });
    const after = await focus(p);
    assert.deepEqual([after.id, after.tag, after.visible], ['tab-pay', 'vscode-panel-tab', true]);
    assert.equal(await p.getAttribute('#tab-pay', 'aria-selected'), 'true');
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'tabChanged'), undefined, {
      timeout: 15_000,
    });
    assert.deepEqual(
      (await p.evaluate(() => globalThis.__posted)).filter((m) => m.type === 'tabChanged').map((m) => m.tab),
      ['pay'],
    );
    await p.context().close();
  });

  it('says so when the rest of the page cannot load, instead of leaving a first screen that does nothing', async () => {
    const { p, logs } = await pageFor(page.firstState(), { fail: 'webview-page.js' });
    await p.waitForSelector('.error[role="alert"]', { timeout: 15_000 });
    assert.match(
      await p.locator('.error').innerText(),
      /could not load this page\. Close it and open the comparison again/,
    );
    assert.equal(await p.locator('.look-alike').count(), 0, 'no look-alike is left to click');
    assert.ok(
      logs.some((l) => l.type === 'error' && /could not load the page's script/.test(l.text)),
      JSON.stringify(logs),
    );
    await p.context().close();
  });

  it('checks the messages that arrived before its checks, like any other', async () => {
    const { p, logs } = await pageFor(page.firstState(), { hold: true });
    await p.waitForSelector('[data-testid="overview-table"]', { timeout: 15_000 });
    // Resolves once both messages have been dispatched to the page's own listener, which is older than this one.
    await p.evaluate(
      () =>
        new Promise((resolve) => {
          let seen = 0;
          globalThis.addEventListener('message', () => {
            if (++seen === 2) resolve();
          });
          globalThis.postMessage({ type: 'focusTab', tab: '<img src=x onerror=alert(1)>' }, '*');
          globalThis.postMessage({ type: 'focusTab', tab: 'skills' }, '*');
        }),
    );
    assert.equal(await p.getAttribute('#tab-skills', 'aria-selected'), 'false', 'not acted on before it is checked');
    release.open();
    await p.waitForSelector('[data-testid="panel-skills"]', { state: 'visible', timeout: 15_000 });
    assert.ok(
      logs.some((l) => l.type === 'warning' && /ignored a malformed message: tab: /.test(l.text)),
      JSON.stringify(logs),
    );
    assert.equal(await p.locator('#app img').count(), 0);
    await p.context().close();
  });
});
