import * as vscode from 'vscode';
import { buildWebviewHtml } from '../core/webviewDocument';

/** The panel's HTML: only our bundled script and stylesheet, under a strict CSP. */
export function renderWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, initial?: unknown): string {
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', name)).toString();
  return buildWebviewHtml({
    cspSource: webview.cspSource,
    nonce: nonce(),
    scriptUri: asset('webview.js'),
    styleUri: asset('webview.css'),
    title: vscode.l10n.t('Career Lens'),
    lang: vscode.env.language,
    initial,
  });
}

/** 128 random bits in base64; Web Crypto exists in both extension hosts (Node and the web worker). */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
