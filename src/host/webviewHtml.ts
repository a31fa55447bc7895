import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { buildWebviewHtml } from '../core/webviewDocument';

/** The panel's HTML: only our bundled script and stylesheet, under a strict CSP. */
export function renderWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, initial?: unknown): string {
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', name)).toString();
  return buildWebviewHtml({
    cspSource: webview.cspSource,
    nonce: randomBytes(16).toString('base64'),
    scriptUri: asset('webview.js'),
    styleUri: asset('webview.css'),
    title: vscode.l10n.t('Career Lens'),
    lang: vscode.env.language,
    initial,
  });
}
