import * as assert from 'node:assert/strict';
import { buildWebviewHtml, contentSecurityPolicy, escapeHtml, scriptSafeJson } from '../../src/core/webviewDocument';

const parts = {
  cspSource: 'https://webview.example',
  nonce: 'QUJDREVGR0hJSktMTU5PUA==',
  scriptUri: 'https://webview.example/dist/webview.js',
  styleUri: 'https://webview.example/dist/webview.css',
  title: 'Career Lens',
  lang: 'en',
};

describe('webview document', () => {
  const html = buildWebviewHtml(parts);

  it('has a CSP that denies by default and allows scripts only by nonce', () => {
    const csp = contentSecurityPolicy(parts.cspSource, parts.nonce);
    assert.match(csp, /^default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${parts.nonce.replace(/[+/=]/g, '\\$&')}'`));
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
    assert.ok(html.includes('http-equiv="Content-Security-Policy"'));
  });

  it("admits the toolkit's one probe <style> by nonce, never by unsafe-inline", () => {
    const csp = contentSecurityPolicy(parts.cspSource, parts.nonce);
    const styleSrc = csp.split('; ').find((d) => d.startsWith('style-src '));
    assert.equal(styleSrc, `style-src ${parts.cspSource} 'nonce-${parts.nonce}'`);
    // FAST reads the nonce from this meta tag to stamp its <style>; without it the probe is a CSP violation.
    assert.ok(html.includes(`<meta property="csp-nonce" content="${parts.nonce}">`));
  });

  it('puts the nonce on every script and has no inline script or handler', () => {
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.ok(scripts.length > 0);
    for (const tag of scripts) {
      assert.ok(tag.includes(`nonce="${parts.nonce}"`), `script without nonce: ${tag}`);
      assert.ok(/\ssrc="/.test(tag), `inline script: ${tag}`);
    }
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /<style/);
  });

  it("carries the first script and the stylesheet inside the page, under the nonce, and the script's address beside them", () => {
    const page = buildWebviewHtml({ ...parts, inline: { script: 'paint();', style: 'main{color:red}' } });
    assert.ok(page.includes(`<style nonce="${parts.nonce}">main{color:red}</style>`));
    assert.ok(page.includes(`<script type="module" nonce="${parts.nonce}">paint();</script>`));
    assert.doesNotMatch(page, /<link\b|\ssrc="/, 'nothing fetched before the first paint');
    // The page finds its other scripts beside the first one's address, though that script is inline.
    assert.ok(page.includes(`<meta name="career-lens-script" content="${parts.scriptUri}">`));
    assert.ok(html.includes(`<meta name="career-lens-script" content="${parts.scriptUri}">`), 'linked too');
    for (const tag of page.match(/<script\b[^>]*>/g)!.filter((t) => !t.includes('application/json')))
      assert.ok(tag.includes(`nonce="${parts.nonce}"`), tag);
  });

  it('links the script or stylesheet instead when its text could end its element early', () => {
    const page = buildWebviewHtml({
      ...parts,
      initial: { a: 1 },
      inline: { script: 'x = "</SCRIPT><script>alert(1)//";', style: 'a{content:"</style><script>alert(1)</script>"}' },
    });
    assert.doesNotMatch(page, /alert/);
    assert.ok(page.includes(`<script type="module" nonce="${parts.nonce}" src="${parts.scriptUri}"></script>`));
    assert.ok(page.includes(`<link rel="stylesheet" href="${parts.styleUri}">`));
    assert.doesNotMatch(page, /<style/);
  });

  it('escapes hostile strings in every interpolated part', () => {
    const hostile = buildWebviewHtml({ ...parts, title: '</title><script>alert(1)</script>', lang: '"><script>' });
    assert.doesNotMatch(hostile, /<script>alert/);
    assert.ok(hostile.includes('&lt;/title&gt;'));
  });

  it('embeds the first state as inert JSON that hostile text cannot break out of', () => {
    const hostile = { name: '</script><script>alert(1)</script>', note: '<!-- & \u2028' };
    const page = buildWebviewHtml({ ...parts, initial: hostile });
    const block = /<script type="application\/json" id="initial-state">([^<]*)<\/script>/.exec(page);
    assert.ok(block, 'one inert JSON block, with no < inside it');
    assert.deepEqual(JSON.parse(block[1]!), hostile);
    assert.equal(page.match(/<script\b/g)!.length, 2, 'the JSON block and our one script, nothing else');
    assert.equal(scriptSafeJson('a\u2029b').includes('\u2029'), false);
  });

  it('refuses a weak nonce', () => {
    assert.throws(() => buildWebviewHtml({ ...parts, nonce: 'abc' }), /nonce/);
  });

  it('escapes all five HTML metacharacters', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
