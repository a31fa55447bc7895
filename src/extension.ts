import * as vscode from 'vscode';
import { compare } from './core/compare';
import type { PayFilter } from './core/pay';
import type { Dataset } from './core/schema';
import type { Comparison } from './core/views';
import { registerAllCommands } from './host/commands/index';
import { ComparisonPanel, PAIR_KEY, registerPanelSerializer } from './host/comparisonPanel';
import { DatasetStore, type LoadedData } from './host/datasetStore';
import { PlanService } from './host/planService';
import { PlanTreeProvider } from './host/planTree';
import { ProfileStore, STATE_KEY } from './host/profileStore';
import { RolesTreeProvider } from './host/rolesTree';
import { SkillsTreeProvider } from './host/skillsTree';
import { CommandId, ContextKey, Setting } from './host/commandIds';
import type { SavedState, Gap } from './core/profile';
import type { Answers, QuizResult } from './core/quiz';
import type { Suggestion } from './core/evidence/scan';
import { scanWorkspace, type ScanResult } from './host/workspaceScan';

/** The public API other extensions (and our tests) get from `activate()`. */
export interface CareerLensApi {
  readonly apiVersion: 1;
  /** The built-in dataset with the user's valid data packs applied. */
  getDataset(): Promise<Dataset>;
  /** Everything the comparison view shows for two roles; throws on an unknown role id. */
  compare(roleA: string, roleB: string, pay?: PayFilter): Promise<Comparison>;
  /** Which data packs applied and which were refused, with file, JSON path and reason. */
  getDataStatus(): Promise<Omit<LoadedData, 'dataset'>>;
  /** Scores quiz answers (question id → option id) without saving them; throws on unknown ids. */
  scoreQuiz(answers: Answers): Promise<QuizResult>;
  /** The saved profile (skill marks, plan choices, last quiz) and the gap to the chosen target. */
  getProfile(): Promise<{ state: SavedState; gap: Gap | null }>;
  /** Looks for skill evidence in the workspace's manifest files (reads only; honours Workspace Trust). */
  scanWorkspace(): Promise<ScanResult>;
}

/**
 * Hooks for this extension's own integration tests, present only when VS Code runs the
 * extension in test mode; not part of the public API.
 */
export interface CareerLensTestHooks {
  /** The open comparison panel, if any. */
  panel(): { handleMessage(raw: unknown): Promise<void>; readonly posted: readonly string[]; dispose(): void } | undefined;
  /** The sidebar's data providers. */
  readonly trees: { roles: RolesTreeProvider; skills: SkillsTreeProvider };
  /** The raw saved values (profile and role pair) exactly as stored. */
  saved(): { profile: unknown; pair: unknown };
  /** Back to a first run: no saved profile or pair, no panel, no scan evidence. */
  reset(): Promise<void>;
  /** The workspace scan with a cancellation token, as the command runs it. */
  scan(token?: vscode.CancellationToken): Promise<ScanResult>;
}

export function activate(context: vscode.ExtensionContext): CareerLensApi & { testHooks?: CareerLensTestHooks } {
  const log = vscode.window.createOutputChannel('Career Lens', { log: true });
  const store = new DatasetStore(context.extensionUri, log);
  const profile = new ProfileStore(context.globalState, log);
  const plans = new PlanService(store, profile);
  const roles = new RolesTreeProvider(store);
  const skills = new SkillsTreeProvider(store, profile);
  const rolesView = vscode.window.createTreeView('careerLens.roles', { treeDataProvider: roles, showCollapseAll: true });
  const skillsView = vscode.window.createTreeView('careerLens.skills', { treeDataProvider: skills, showCollapseAll: true, manageCheckboxStateManually: true });
  const planTree = new PlanTreeProvider(store, plans);
  const planView = vscode.window.createTreeView('careerLens.plan', { treeDataProvider: planTree });

  const revealSkill = async (skillId: string) => {
    const node = await skills.nodeFor(skillId);
    if (!node) throw new Error(vscode.l10n.t("Unknown skill '{0}'", skillId));
    await skillsView.reveal(node, { select: true, focus: true, expand: true });
  };
  const services = {
    context, store, log, revealSkill, plans,
    exportReport: () => vscode.commands.executeCommand(CommandId.exportMarkdown),
    setEvidence: (found: Suggestion[]) => skills.setEvidence(found),
    refresh: async () => {
      const { applied, packErrors } = await store.reload();
      return { applied, packErrors };
    },
  };

  const updateProfileContext = () => vscode.commands.executeCommand('setContext', ContextKey.profileHasMarks, Object.keys(profile.get().skills).length > 0);
  context.subscriptions.push(
    log, store, profile, roles, skills, rolesView, skillsView, planTree, planView,
    profile.onDidChange(() => void updateProfileContext()),
    skillsView.onDidChangeCheckboxState((e) => {
      for (const [node, state] of e.items) {
        if (node.kind === 'skill') void plans.mark(node.skillId, state === vscode.TreeItemCheckboxState.Checked ? 'have' : 'not-yet');
      }
    }),
    skillsView.onDidChangeVisibility((e) => { if (e.visible) void updateProfileContext(); }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(Setting.dataPacks)) void store.reload();
    }),
    registerPanelSerializer(services),
    ...registerAllCommands(services),
  );
  const api: CareerLensApi = {
    apiVersion: 1,
    getDataset: () => store.get(),
    compare: async (a, b, pay) => compare(await store.get(), a, b, pay),
    getDataStatus: async () => {
      const { applied, packErrors } = await store.load();
      return { applied, packErrors };
    },
    scoreQuiz: (answers) => plans.score(answers),
    getProfile: async () => ({ state: profile.get(), gap: (await plans.plan()).gap }),
    scanWorkspace: () => vscode.commands.executeCommand<ScanResult>(CommandId.scanWorkspace, { apply: false }) as Promise<ScanResult>,
  };
  if (context.extensionMode !== vscode.ExtensionMode.Test) return api;
  const testHooks: CareerLensTestHooks = {
    panel: () => ComparisonPanel.instance,
    trees: { roles, skills },
    saved: () => ({ profile: context.globalState.get(STATE_KEY), pair: context.globalState.get(PAIR_KEY) }),
    reset: async () => {
      ComparisonPanel.instance?.dispose();
      for (const key of context.globalState.keys()) await context.globalState.update(key, undefined);
      profile.reload();
      skills.setEvidence([]);
    },
    scan: (token) => scanWorkspace(token),
  };
  return { ...api, testHooks };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
