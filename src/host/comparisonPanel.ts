import * as vscode from 'vscode';
import { checkPair, compare, payRows } from '../core/compare';
import { knownPair } from '../core/pair';
import { InvalidInputError } from '../core/errors';
import { formatPackError } from '../core/packs';
import { Tab, ToHost, ToWebview, describeIssues } from '../shared/protocol';
import { pickParts } from '../shared/comparisonParts';
import { PageState } from '../shared/pageState';
import type { DatasetStore } from './datasetStore';
import type { PersonService } from './personService';
import { defaultPair, payFilterFromSettings } from './treeText';
import { Setting } from './manifestNames';
import { logLine } from './sinks';
import { renderWebviewHtml } from './webviewHtml';

import { COMPARISON_VIEW_TYPE } from './manifestNames';
export const PAIR_KEY = 'careerLens.state.pair';

export interface PanelDeps {
  context: vscode.ExtensionContext;
  store: DatasetStore;
  log: vscode.LogOutputChannel;
  person: PersonService;
  revealSkill(skillId: string): Promise<void>;
  exportReport(): Thenable<unknown>;
}

/** The single comparison panel: created on demand, revealed when it exists, revived after reload. */
export class ComparisonPanel implements vscode.Disposable {
  private static current: ComparisonPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  /** The tab the webview shows, as it last reported or as we last asked; see focusTab(). */
  private shownTab: Tab | undefined;
  /** The last few message types posted, for diagnostics and tests. */
  readonly posted: string[] = [];
  /** The last message posted, whole, for the same. */
  lastPosted: ToWebview | undefined;

  static createOrShow(deps: PanelDeps, opts: { pair?: [string, string]; tab?: Tab } = {}): ComparisonPanel {
    let panel = ComparisonPanel.current;
    if (panel) {
      panel.panel.reveal(undefined, false);
      if (opts.tab) panel.focusTab(opts.tab);
    } else {
      const webviewPanel = vscode.window.createWebviewPanel(
        COMPARISON_VIEW_TYPE,
        vscode.l10n.t('Career Lens: Compare Roles'),
        vscode.ViewColumn.Active,
        ComparisonPanel.options(deps.context),
      );
      // A new page opens on the tab asked for: it is in the page's first state, not a message.
      panel = ComparisonPanel.current = new ComparisonPanel(webviewPanel, deps, opts.tab);
    }
    if (opts.pair) void panel.setPair(opts.pair);
    return panel;
  }

  static revive(webviewPanel: vscode.WebviewPanel, deps: PanelDeps, state: unknown): ComparisonPanel {
    ComparisonPanel.current?.dispose();
    webviewPanel.webview.options = ComparisonPanel.options(deps.context);
    // The page restores its own tab from the same saved state; the host only notes which it is.
    return (ComparisonPanel.current = new ComparisonPanel(webviewPanel, deps, undefined, PageState.parse(state).tab));
  }

  static get instance(): ComparisonPanel | undefined {
    return ComparisonPanel.current;
  }

  static options(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')] };
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly deps: PanelDeps,
    firstTab?: Tab,
    restoredTab?: Tab,
  ) {
    this.shownTab = firstTab ?? restoredTab;
    void this.render(firstTab);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.handleMessage(raw)),
      deps.store.onDidChange(() => void this.sendState()),
      deps.person.profile.onDidChange(() => this.post({ type: 'profileChanged' })),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(Setting.payKind) || e.affectsConfiguration(Setting.region)) void this.sendState();
      }),
    );
  }

  async pair(): Promise<[string, string]> {
    const ids = (await this.deps.store.get()).roles.map((r) => r.id);
    return knownPair(this.deps.context.globalState.get<unknown>(PAIR_KEY), ids) ?? defaultPair(ids);
  }

  /** Saves a pair after checking it; an unknown or repeated role is refused and nothing changes. */
  async setPair(pair: [string, string]): Promise<void> {
    checkPair(await this.deps.store.get(), pair[0], pair[1]);
    await this.deps.context.globalState.update(PAIR_KEY, pair);
    await this.sendState();
  }

  /** The tab the webview shows, as far as the host knows. */
  get tab(): Tab | undefined {
    return this.shownTab;
  }

  get html(): string {
    return this.panel.webview.html;
  }

  /**
   * Asks the page to show a tab, for a command run while the panel is open. It is never repeated
   * later (say, in answer to 'ready'): by then the user may have chosen another tab, and a stale
   * request would take it back from them.
   */
  focusTab(tab: Tab): void {
    this.shownTab = tab;
    this.post({ type: 'focusTab', tab });
  }

  /**
   * Entry point for every message from the webview: validated, never thrown from. Says what
   * became of it: a malformed message is dropped and wrong input refused (both logged as
   * warnings); only a bug of ours is 'failed' (logged as an error).
   */
  async handleMessage(raw: unknown): Promise<'handled' | 'dropped' | 'refused' | 'failed'> {
    const parsed = ToHost.safeParse(raw);
    if (!parsed.success) {
      this.deps.log.warn(logLine(`Dropped an invalid message from the webview: ${describeIssues(parsed.error)}`));
      return 'dropped';
    }
    const msg = parsed.data;
    try {
      await this.handle(msg);
      return 'handled';
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const refused = err instanceof InvalidInputError;
      if (refused) this.deps.log.warn(logLine(`Refused '${msg.type}': ${message}`));
      else this.deps.log.error(logLine(`Failed to handle '${msg.type}': ${message}`));
      this.post({ type: 'error', requestId: 'requestId' in msg ? msg.requestId : undefined, message });
      return refused ? 'refused' : 'failed';
    }
  }

  private async handle(msg: ToHost): Promise<void> {
    switch (msg.type) {
      case 'ready':
        return this.sendState();
      case 'ping':
        return this.post({ type: 'pong', requestId: msg.requestId });
      case 'selectRoles':
        return this.setPair([msg.roleA, msg.roleB]);
      case 'swapRoles': {
        const [a, b] = await this.pair();
        return this.setPair([b, a]);
      }
      case 'tabChanged':
        this.shownTab = msg.tab;
        return;
      case 'requestComparison': {
        const d = await this.deps.store.get();
        const comparison = pickParts(compare(d, msg.roleA, msg.roleB, payFilterFromSettings()), msg.parts);
        return this.post({ type: 'comparison', requestId: msg.requestId, comparison });
      }
      case 'requestPay': {
        const rows = payRows(await this.deps.store.get(), msg.roleA, msg.roleB, { kind: msg.kind, region: msg.region });
        return this.post({ type: 'pay', requestId: msg.requestId, rows });
      }
      case 'revealSkill':
        return this.deps.revealSkill(msg.skillId);
      case 'requestQuiz':
        return this.post({ type: 'quiz', requestId: msg.requestId, ...(await this.deps.person.quiz()) });
      case 'submitQuiz':
        return this.post({
          type: 'quizResult',
          requestId: msg.requestId,
          result: await this.deps.person.submit(msg.answers),
        });
      case 'whatIf':
        return this.post({
          type: 'quizResult',
          requestId: msg.requestId,
          result: await this.deps.person.whatIf(msg.answers, msg.questionId, msg.optionId),
        });
      case 'retakeQuiz':
        return this.deps.person.clearQuiz();
      case 'requestPlan':
        return this.post({ type: 'plan', requestId: msg.requestId, ...(await this.deps.person.plan()) });
      case 'setPlan':
        return this.deps.person.setPlan(msg.current, msg.target);
      case 'markSkill':
        await this.deps.person.mark(msg.skillId, msg.mark);
        return;
      case 'exportReport':
        await this.deps.exportReport();
        return;
    }
  }

  /**
   * Sets the page once, with the first state, comparison and tab inside it, so the webview paints
   * without waiting for ready → state → requestComparison. If they cannot be computed, the
   * page starts empty and asks, as before, and the tab follows as a message.
   */
  private async render(tab: Tab | undefined): Promise<void> {
    let initial: unknown;
    try {
      const state = await this.stateMessage();
      const comparison = compare(await this.deps.store.get(), state.pair[0], state.pair[1], payFilterFromSettings());
      initial = { state, comparison, tab };
    } catch (err) {
      this.deps.log.warn(
        logLine(`The comparison will load after the page: ${err instanceof Error ? err.message : String(err)}`),
      );
    }
    const html = await renderWebviewHtml(this.panel.webview, this.deps.context.extensionUri, initial);
    if (this.disposed) return;
    this.panel.webview.html = html;
    if (!initial && tab) this.focusTab(tab);
  }

  private async stateMessage(): Promise<Extract<ToWebview, { type: 'state' }>> {
    const data = await this.deps.store.load();
    const pay = payFilterFromSettings();
    return {
      type: 'state',
      roles: data.dataset.roles.map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
      pair: await this.pair(),
      dataVersion: data.version,
      payKind: pay.kind,
      region: pay.region,
      warnings: data.packErrors.map(formatPackError),
      l10n: vscode.l10n.bundle ?? {},
    };
  }

  private async sendState(): Promise<void> {
    this.post(await this.stateMessage());
  }

  private post(msg: ToWebview): void {
    // A reply that arrives after the panel closed has nowhere to go; that is not an error.
    if (this.disposed) return;
    this.posted.push(msg.type);
    this.lastPosted = msg;
    if (this.posted.length > 50) this.posted.shift();
    // The webview validates everything it receives; checking here too only catches our own
    // bugs, so it runs under the tests, not on every reply (it was half a round trip).
    if (this.deps.context.extensionMode === vscode.ExtensionMode.Test) ToWebview.parse(msg);
    void this.panel.webview.postMessage(msg).then(undefined, () => undefined);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (ComparisonPanel.current === this) ComparisonPanel.current = undefined;
    this.panel.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}
