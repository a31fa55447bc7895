// Pure construction of the webview document, so the CSP can be unit-tested without VS Code.
export interface WebviewDocumentParts {
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title: string;
  lang: string;
  /** The first state to render, so the page paints before any message round trip. */
  initial?: unknown;
  /**
   * The first script's and the stylesheet's own text (our build's output), put into the page so
   * that its first paint waits for no fetch. Either is linked instead if its text could end its
   * element early.
   */
  inline?: { script?: string; style?: string };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON that is safe inside a <script> element whatever strings it holds: `<`, `>` and `&` are
 * written as escapes, so pack text like `</script>` cannot end the element; U+2028/2029 too.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    // The toolkit (FAST) injects one <style> to probe :focus-visible and stamps it with the
    // nonce it reads from <meta property="csp-nonce">; the nonce admits that and nothing else.
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/** Text that can sit inside a <script> or <style> element without ending it. */
function fitsInside(tag: 'script' | 'style', text: string | undefined): text is string {
  return text !== undefined && !new RegExp(`</${tag}`, 'i').test(text);
}

export function buildWebviewHtml(p: WebviewDocumentParts): string {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(p.nonce)) throw new Error('nonce must be base64 with at least 16 characters');
  const e = escapeHtml;
  const style = fitsInside('style', p.inline?.style)
    ? `<style nonce="${e(p.nonce)}">${p.inline.style}</style>`
    : `<link rel="stylesheet" href="${e(p.styleUri)}">`;
  const script = fitsInside('script', p.inline?.script)
    ? `<script type="module" nonce="${e(p.nonce)}">${p.inline.script}</script>`
    : `<script type="module" nonce="${e(p.nonce)}" src="${e(p.scriptUri)}"></script>`;
  return `<!DOCTYPE html>
<html lang="${e(p.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(p.cspSource, p.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="csp-nonce" content="${e(p.nonce)}">
<meta name="career-lens-script" content="${e(p.scriptUri)}">
${style}
<title>${e(p.title)}</title>
</head>
<body>
<main id="app" aria-live="polite"></main>
${p.initial === undefined ? '' : `<script type="application/json" id="initial-state">${scriptSafeJson(p.initial)}</script>\n`}${script}
</body>
</html>`;
}
