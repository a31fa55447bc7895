// Every string the comparison page shows goes through l10n: the page is given a pseudo-localised
// bundle (what `l10n-dev generate-pseudo` writes, made here from l10n/bundle.l10n.json by the
// same library), and then no word of plain English may remain on it except the data's own words
// (role, skill and source names, figures' notes). A message that skips l10n.t, or one missing
// from the bundle, shows as plain English and fails here. The page runs alone in Chromium with a
// stand-in host, like webviewAlone.test.mjs, so this takes seconds, not a workbench start.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { getL10nPseudoLocalized } from '@vscode/l10n-dev';
import { launchBrowser } from '../harness/browser.mjs';
import { REPO_ROOT } from '../harness/codeServer.mjs';
import page from '../../out/test/ui/webviewPage.js';

/** Words of two or more ASCII letters: pseudo-localised text has none (every letter is replaced). */
const words = (text) => text.match(/[A-Za-z]{2,}/g) ?? [];

describe('pseudo-localised comparison page (every visible string is localisable)', () => {
  let server;
  let browser;
  let html = '';

  before(async () => {
    server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/') {
        res.setHeader('content-type', 'text/html');
        res.end(html);
        return;
      }
      try {
        const name = path.replace(/^\/dist\//, '');
        res.setHeader('content-type', name.endsWith('.css') ? 'text/css' : 'text/javascript');
        res.end(readFileSync(join(REPO_ROOT, 'dist', name)));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it("shows no English word that is not the data's own, on any tab", async () => {
    const bundle = JSON.parse(readFileSync(join(REPO_ROOT, 'l10n', 'bundle.l10n.json'), 'utf8'));
    const pseudo = getL10nPseudoLocalized(bundle);
    assert.ok(
      Object.keys(pseudo).length > 100 && words(pseudo['Show as table']).length === 0,
      'the pseudo bundle replaces every letter',
    );
    const initial = page.firstState();
    initial.state.l10n = pseudo;
    // The data's words may stay English: they are not the product's strings.
    const dataWords = new Set(words(JSON.stringify(initial)));
    html = page.pageHtml(`http://127.0.0.1:${server.address().port}/dist/`, initial);
    const p = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
    await p.addInitScript(() => {
      globalThis.__posted = [];
      globalThis.acquireVsCodeApi = () => ({
        postMessage: (m) => globalThis.__posted.push(m),
        getState: () => undefined,
        setState: () => {},
      });
    });
    await p.goto(`http://127.0.0.1:${server.address().port}/`);
    // The whole page is in: its checks have run and it has said ready.
    await p.waitForFunction(() => globalThis.__posted.some((m) => m.type === 'ready'), undefined, { timeout: 20_000 });
    const found = new Map();
    for (const tab of page.TABS) {
      await p.click(`[data-testid="tab-${tab}"]`);
      await p.waitForFunction(
        (t) => (globalThis.document.getElementById(`view-${t}`)?.textContent ?? '').trim().length > 0,
        tab,
        { timeout: 10_000 },
      );
      const texts = await p.evaluate(() => {
        const out = [];
        const { document, NodeFilter } = globalThis;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          if (!n.parentElement?.closest('style, script')) out.push(n.textContent);
        for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
          for (const a of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
        }
        return out;
      });
      for (const text of texts)
        for (const w of words(text)) if (!dataWords.has(w)) found.set(w, `${tab}: ${text.trim().slice(0, 100)}`);
    }
    assert.deepEqual([...found.entries()], [], 'English words outside l10n (word, where)');
  });
});
