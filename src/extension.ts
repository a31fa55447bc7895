// Activation, kept thin: it registers every command, view and the panel serializer by id and
// returns the API, but loads nothing else. The rest (zod, the data, the trees, the webview
// host) is dist/host.js, required on the first command, view, panel or API call. Bundled here:
// the id catalogue, the Roles view's row builder and the built-in roles' row fields; every
// other import from ./host is type-only.
import * as vscode from 'vscode';
import BUILT_IN_ROLES from 'career-lens:built-in-roles';
import type { CareerLensApi, CareerLensTestHooks } from './host/api';
import { CommandId, COMPARISON_VIEW_TYPE, Setting, ViewId } from './host/manifestNames';
import type { Host } from './host/main';
import { roleTreeItem, type RoleRow } from './host/roleRow';
import type { RoleNode } from './host/rolesTree';
import type { SkillNode } from './host/skillsTree';

/** Top-level rows a tree can show before the host is loaded; `roots` is undefined when it cannot. */
interface FirstRows<T> {
  roots(): T[] | undefined;
  item(node: T): vscode.TreeItem;
}

export type { CareerLensApi, CareerLensTestHooks } from './host/api';

/**
 * A tree provider that stands in for the real one until the host is loaded. `first` draws the
 * top-level rows without the host; `after` holds the first load back (see activate).
 */
class LazyTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private forwarding: vscode.Disposable | undefined;
  private readonly drawnFirst = new WeakSet<object>();
  private readonly answeredRoot: Promise<void>;
  private markAnswered!: () => void;

  constructor(
    private readonly real: () => Promise<vscode.TreeDataProvider<T>>,
    private readonly opts: { first?: FirstRows<T>; after?: Promise<unknown> } = {},
  ) {
    this.answeredRoot = new Promise((resolve) => {
      this.markAnswered = resolve;
    });
  }

  /** Settles once this tree has answered for its top level. */
  rootAnswered(): Promise<void> {
    return this.answeredRoot;
  }

  refresh(): void {
    this.changed.fire();
  }

  private async provider(): Promise<vscode.TreeDataProvider<T>> {
    if (this.opts.after) await this.opts.after;
    const p = await this.real();
    this.forwarding ??= p.onDidChangeTreeData?.((e) => this.changed.fire(e ?? undefined));
    return p;
  }

  async getChildren(node?: T): Promise<T[]> {
    const first = node === undefined ? this.opts.first?.roots() : undefined;
    if (first) {
      for (const n of first) this.drawnFirst.add(n as object);
      this.markAnswered();
      return first;
    }
    const children = (await (await this.provider()).getChildren(node)) ?? [];
    if (node === undefined) this.markAnswered();
    return children;
  }

  async getTreeItem(node: T): Promise<vscode.TreeItem> {
    if (this.drawnFirst.has(node as object)) return this.opts.first!.item(node);
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

export function activate(
  context: vscode.ExtensionContext,
): CareerLensApi & { testHooks?: () => Promise<CareerLensTestHooks> } {
  let host: Host | undefined;
  // The Roles view is what the container opens on. With no data packs configured its top rows
  // are the built-in roles, drawn from the embedded fields without loading the host; the other
  // two views wait for those rows (below), so that loading the host for them does not hold the
  // first rows back. With packs, the host draws the rows (packs add roles, and a refused pack
  // shows as a row on top).
  const roles = BUILT_IN_ROLES as RoleRow[];
  const rolesTree = new LazyTree<RoleNode>(async () => (await load()).trees.roles, {
    first: {
      roots: () => (packsConfigured() ? undefined : roles.map((r) => ({ kind: 'role', roleId: r.id }))),
      item: (node) => roleTreeItem(roles.find((r) => node.kind === 'role' && r.id === node.roleId)!),
    },
  });
  // Loading the host is synchronous (about 60 ms), and the workbench makes more round trips to
  // this extension host before it draws the rows it got; measured (npm run bench, #5), starting
  // the load 60 ms after answering shows the Roles rows about 100 ms sooner, and the Skills rows
  // about 35 ms later. A Roles view that is collapsed never answers: then 160 ms at most.
  const rolesFirst = Promise.race([rolesTree.rootAnswered().then(() => delay(60)), delay(160)]);
  const skillsTree = new LazyTree<SkillNode>(async () => (await load()).trees.skills, { after: rolesFirst });
  const planTree = new LazyTree(async () => (await load()).trees.plan, { after: rolesFirst });
  const skillsView = vscode.window.createTreeView(ViewId.skills, {
    treeDataProvider: skillsTree,
    showCollapseAll: true,
    manageCheckboxStateManually: true,
  });

  async function load(): Promise<Host> {
    // dist/host.js sits beside this bundle; esbuild leaves the require alone (see esbuild.mjs).
    host ??= (require('./host.js') as typeof import('./host/main')).start(context, { skillsView });
    return host;
  }

  context.subscriptions.push(
    rolesTree,
    skillsTree,
    planTree,
    skillsView,
    vscode.window.createTreeView(ViewId.roles, { treeDataProvider: rolesTree, showCollapseAll: true }),
    vscode.window.createTreeView(ViewId.plan, { treeDataProvider: planTree }),
    skillsView.onDidChangeCheckboxState(async (e) => (await load()).onSkillCheckbox(e.items)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(Setting.dataPacks)) rolesTree.refresh();
    }),
    vscode.window.registerWebviewPanelSerializer(COMPARISON_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => (await load()).revive(panel, state),
    }),
    ...Object.values(CommandId).map((id) =>
      vscode.commands.registerCommand(id, async (...args: unknown[]) => (await load()).invoke(id, args)),
    ),
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

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether `careerLens.dataPacks` names anything (or is malformed: the host then says why). */
function packsConfigured(): boolean {
  const packs = vscode.workspace.getConfiguration().get<unknown>(Setting.dataPacks);
  return !(packs === undefined || (Array.isArray(packs) && packs.length === 0));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
