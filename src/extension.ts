// Activation, kept thin: it registers every command, view and the panel serializer by id and
// returns the API, but loads nothing else. The rest (zod, the data, the trees, the webview
// host) is dist/host.js, required on the first command, view, panel or API call. Only the
// catalogue module is bundled here; everything from ./host/main is type-only.
import * as vscode from 'vscode';
import type { CareerLensApi, CareerLensTestHooks } from './host/api';
import { CommandId, COMPARISON_VIEW_TYPE, ViewId } from './host/commandIds';
import type { Host } from './host/main';
import type { SkillNode } from './host/skillsTree';

export type { CareerLensApi, CareerLensTestHooks } from './host/api';

/** A tree provider that stands in for the real one until the host is loaded. */
class LazyTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private forwarding: vscode.Disposable | undefined;

  constructor(private readonly real: () => Promise<vscode.TreeDataProvider<T>>) {}

  private async provider(): Promise<vscode.TreeDataProvider<T>> {
    const p = await this.real();
    this.forwarding ??= p.onDidChangeTreeData?.((e) => this.changed.fire(e ?? undefined));
    return p;
  }

  async getChildren(node?: T): Promise<T[]> {
    return (await (await this.provider()).getChildren(node)) ?? [];
  }

  async getTreeItem(node: T): Promise<vscode.TreeItem> {
    return (await this.provider()).getTreeItem(node);
  }

  async getParent(node: T): Promise<T | undefined> {
    return (await (await this.provider()).getParent?.(node)) ?? undefined;
  }

  dispose(): void {
    this.forwarding?.dispose();
    this.changed.dispose();
  }
}

export function activate(context: vscode.ExtensionContext): CareerLensApi & { testHooks?: () => Promise<CareerLensTestHooks> } {
  let host: Host | undefined;
  const rolesTree = new LazyTree(async () => (await load()).trees.roles);
  const skillsTree = new LazyTree<SkillNode>(async () => (await load()).trees.skills);
  const planTree = new LazyTree(async () => (await load()).trees.plan);
  const skillsView = vscode.window.createTreeView(ViewId.skills, { treeDataProvider: skillsTree, showCollapseAll: true, manageCheckboxStateManually: true });

  async function load(): Promise<Host> {
    // dist/host.js sits beside this bundle; esbuild leaves the require alone (see esbuild.mjs).
    host ??= (require('./host.js') as typeof import('./host/main')).start(context, { skillsView });
    return host;
  }

  context.subscriptions.push(
    rolesTree, skillsTree, planTree, skillsView,
    vscode.window.createTreeView(ViewId.roles, { treeDataProvider: rolesTree, showCollapseAll: true }),
    vscode.window.createTreeView(ViewId.plan, { treeDataProvider: planTree }),
    skillsView.onDidChangeCheckboxState(async (e) => (await load()).onSkillCheckbox(e.items)),
    vscode.window.registerWebviewPanelSerializer(COMPARISON_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => (await load()).revive(panel, state),
    }),
    ...Object.values(CommandId).map((id) => vscode.commands.registerCommand(id, async (...args: unknown[]) => (await load()).invoke(id, args))),
  );

  const api: CareerLensApi = {
    apiVersion: 1,
    getDataset: async () => (await load()).api.getDataset(),
    compare: async (a, b, pay) => (await load()).api.compare(a, b, pay),
    getDataStatus: async () => (await load()).api.getDataStatus(),
    scoreQuiz: async (answers) => (await load()).api.scoreQuiz(answers),
    getProfile: async () => (await load()).api.getProfile(),
    scanWorkspace: async () => (await load()).api.scanWorkspace(),
  };
  if (context.extensionMode !== vscode.ExtensionMode.Test) return api;
  return { ...api, testHooks: async () => (await load()).testHooks };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
