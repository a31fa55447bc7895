import * as vscode from 'vscode';
import { buildWebviewHtml } from '../core/webviewDocument';

/** The page's first script and stylesheet, read once: every page carries them (see below). */
let firstAssets: Promise<{ script?: string; style?: string }> | undefined;

/** Past this, a file is linked rather than read: no panel waits long for what only saves a fetch. */
const READ_TIMEOUT_MS = 2000;

function readFirstAssets(extensionUri: vscode.Uri): Promise<{ script?: string; style?: string }> {
  // A file that cannot be read (a host with no file system for the extension's location) is
  // linked instead, as before.
  const read = (name: string) =>
    Promise.race([
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', name)).then(
        (bytes) => new TextDecoder().decode(bytes),
        () => undefined,
      ),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), READ_TIMEOUT_MS)),
    ]);
  firstAssets ??= Promise.all([read('webview.js'), read('webview.css')]).then(([script, style]) => ({ script, style }));
  return firstAssets;
}

/**
 * The panel's HTML: only our bundled script and stylesheet, under a strict CSP. The first script
 * (6 KB) and the stylesheet are put into the page, not linked: each link was a fetch through the
 * webview's resource loader before the first paint. The page loads the rest beside the first
 * script's address.
 */
export async function renderWebviewHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  initial?: unknown,
): Promise<string> {
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', name)).toString();
  const { script, style } = await readFirstAssets(extensionUri);
  return buildWebviewHtml({
    cspSource: webview.cspSource,
    nonce: nonce(),
    scriptUri: asset('webview.js'),
    styleUri: asset('webview.css'),
    title: vscode.l10n.t('Career Lens'),
    lang: vscode.env.language,
    initial,
    // A development build's source maps are named relative to their file, which is now the page.
    inline: {
      script: script?.replace(
        /^\/\/# sourceMappingURL=webview\.js\.map$/m,
        `//# sourceMappingURL=${asset('webview.js.map')}`,
      ),
      style: style?.replace(
        /\/\*# sourceMappingURL=webview\.css\.map \*\//,
        `/*# sourceMappingURL=${asset('webview.css.map')} */`,
      ),
    },
  });
}

/** 128 random bits in base64; Web Crypto exists in both extension hosts (Node and the web worker). */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
