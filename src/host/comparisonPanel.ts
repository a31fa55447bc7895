import * as vscode from 'vscode';
import { ToHost, ToWebview, describeIssues } from '../shared/protocol';
import type { DatasetStore } from './datasetStore';
import { renderWebviewHtml } from './webviewHtml';

export const COMPARISON_VIEW_TYPE = 'careerLens.comparison';

/** The single comparison panel: created on demand, revealed when it already exists. */
export class ComparisonPanel implements vscode.Disposable {
  private static current: ComparisonPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private pair: [string, string];

  static createOrShow(context: vscode.ExtensionContext, store: DatasetStore, log: vscode.LogOutputChannel): ComparisonPanel {
    if (ComparisonPanel.current) {
      ComparisonPanel.current.panel.reveal();
      return ComparisonPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      COMPARISON_VIEW_TYPE,
      vscode.l10n.t('Career Lens: Compare Roles'),
      vscode.ViewColumn.Active,
      ComparisonPanel.webviewOptions(context),
    );
    ComparisonPanel.current = new ComparisonPanel(panel, context, store, log);
    return ComparisonPanel.current;
  }

  static get instance(): ComparisonPanel | undefined {
    return ComparisonPanel.current;
  }

  static webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
    };
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    private readonly store: DatasetStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.pair = ['data-engineer', 'ml-engineer'];
    panel.webview.html = renderWebviewHtml(panel.webview, context.extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
    );
  }

  get currentPair(): readonly [string, string] {
    return this.pair;
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = ToHost.safeParse(raw);
    if (!parsed.success) {
      this.log.warn(`Dropped invalid message from the webview: ${describeIssues(parsed.error)}`);
      return;
    }
    try {
      await this.handle(parsed.data);
    } catch (err) {
      this.log.error(`Failed to handle '${parsed.data.type}': ${String(err)}`);
      this.post({ type: 'error', message: String(err instanceof Error ? err.message : err) });
    }
  }

  private async handle(msg: ToHost): Promise<void> {
    switch (msg.type) {
      case 'ready':
        return this.sendState();
      case 'swapRoles':
        this.pair = [this.pair[1], this.pair[0]];
        vscode.window.setStatusBarMessage(vscode.l10n.t('Career Lens: swapped the role pair'), 3000);
        return this.sendState();
      case 'selectRoles':
        this.pair = [msg.roleA, msg.roleB];
        return this.sendState();
    }
  }

  private async sendState(): Promise<void> {
    const dataset = await this.store.get();
    this.post({
      type: 'state',
      roles: dataset.roles.map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
      pair: this.pair,
    });
  }

  private post(msg: ToWebview): void {
    void this.panel.webview.postMessage(ToWebview.parse(msg));
  }

  dispose(): void {
    ComparisonPanel.current = undefined;
    this.panel.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}
