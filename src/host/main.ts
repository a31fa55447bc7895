import * as vscode from 'vscode';
import { compare } from '../core/compare';
import { InvalidInputError } from '../core/errors';
import type { CareerLensApi, CareerLensTestHooks, Suggestion } from './api';
import { CommandId, ContextKey, Setting } from './manifestNames';
import { COMMAND_BY_ID } from './commands/index';
import type { HostServices } from './commands/command';
import { readHistory } from './historyAccess';
import { historyPickItems, whyItems } from './historyScan';
import { inertItem } from './sinks';
import { ComparisonPanel, PAIR_KEY } from './comparisonPanel';
import { DatasetStore } from './datasetStore';
import { PersonService } from './personService';
import { PlanTreeProvider } from './planTree';
import { ProfileStore, STATE_KEY } from './profileStore';
import { RolesTreeProvider } from './rolesTree';
import { SkillsTreeProvider, type SkillNode } from './skillsTree';
import { walkFolder } from './workspaceListing';
import { scanWorkspace, type ScanResult } from './workspaceScan';

/** The views the thin entry created, for what the host does with them (reveal, visibility). */
export interface Views {
  skillsView: vscode.TreeView<SkillNode>;
}

/** What the thin entry forwards to once this module is loaded. */
export interface Host {
  readonly trees: { roles: RolesTreeProvider; skills: SkillsTreeProvider; plan: PlanTreeProvider };
  invoke(id: CommandId, args: unknown[]): Promise<unknown>;
  onSkillCheckbox(items: ReadonlyArray<[SkillNode, vscode.TreeItemCheckboxState]>): void;
  revive(panel: vscode.WebviewPanel, state: unknown): void;
  readonly api: Omit<CareerLensApi, 'apiVersion'>;
  readonly testHooks: CareerLensTestHooks;
}

/**
 * Everything behind the thin activation entry (src/extension.ts): built as dist/host.js and
 * loaded on the first command, view or API call, so activation loads no zod and no data code.
 */
export function start(context: vscode.ExtensionContext, views: Views): Host {
  const log = vscode.window.createOutputChannel('Career Lens', { log: true });
  // Which host runs us matters when a report comes from vscode.dev or github.dev.
  log.info(
    `Career Lens ${String(context.extension.packageJSON.version)} started in the ${typeof process === 'undefined' ? 'web worker' : 'Node'} extension host`,
  );
  const store = new DatasetStore(log, context.globalState);
  const profile = new ProfileStore(context.globalState, log);
  const person = new PersonService(store, profile);
  const roles = new RolesTreeProvider(store);
  const skills = new SkillsTreeProvider(store, profile);
  const planTree = new PlanTreeProvider(store, person);
  const { skillsView } = views;

  const revealSkill = async (skillId: string) => {
    const node = await skills.nodeFor(skillId);
    // An id from the page or a command's caller: a wrong one is refused as input, not a bug.
    if (!node) throw new InvalidInputError(vscode.l10n.t("Unknown skill '{0}'", skillId));
    await skillsView.reveal(node, { select: true, focus: true, expand: true });
  };
  const services: HostServices = {
    context,
    store,
    log,
    revealSkill,
    person,
    exportReport: () => vscode.commands.executeCommand(CommandId.exportMarkdown),
    setEvidence: (found: Suggestion[]) => skills.setEvidence(found),
    refresh: async () => {
      const { applied, packErrors } = await store.reload();
      return { applied, packErrors };
    },
  };

  // An unset context key reads as false: a profile with no marks sends nothing at start-up,
  // where each setContext makes the workbench re-evaluate its menus while the views first render.
  let hasMarks = false;
  const updateProfileContext = () => {
    const now = Object.keys(profile.get().skills).length > 0;
    if (now === hasMarks) return;
    hasMarks = now;
    void vscode.commands.executeCommand('setContext', ContextKey.profileHasMarks, now);
  };
  context.subscriptions.push(
    log,
    store,
    profile,
    roles,
    skills,
    planTree,
    // Every change to the profile (reload included) fires this, so the key cannot go stale.
    profile.onDidChange(updateProfileContext),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (
        [Setting.dataPacks, Setting.trustedPublishers, Setting.allowUnsignedPacks].some((s) =>
          e.affectsConfiguration(s),
        )
      )
        void store.reload();
    }),
  );
  updateProfileContext();
  const api: Omit<CareerLensApi, 'apiVersion'> = {
    getDataset: () => store.get(),
    compare: async (a, b, pay) => compare(await store.get(), a, b, pay),
    getDataStatus: async () => {
      const { applied, packErrors } = await store.load();
      return { applied, packErrors };
    },
    scoreQuiz: (answers) => person.score(answers),
    getProfile: async () => ({ state: profile.get(), gap: (await person.plan()).gap }),
    scanWorkspace: () =>
      vscode.commands.executeCommand<ScanResult>(CommandId.scanWorkspace, { apply: false }) as Promise<ScanResult>,
  };
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
    scan: (token, listing) => scanWorkspace(token, undefined, listing),
    walkFolder: (root) => walkFolder(root),
    readHistory: (folders, identities) => {
      let progressed!: () => void;
      const first = new Promise<void>((resolve) => {
        progressed = resolve;
      });
      const run = readHistory(
        { folders, identities, years: 50, cap: 1_000_000, now: Math.floor(Date.now() / 1000) },
        () => progressed(),
      );
      return { ...run, progressed: first };
    },
    historyShown: async (report) => {
      const d = await store.get();
      const items = [
        ...historyPickItems(report, d.skills, profile.get().skills),
        ...report.skills.flatMap((s) => whyItems(s)),
      ].map(inertItem);
      return items.flatMap((i) => [i.label, i.description ?? '', i.detail ?? '']);
    },
  };
  return {
    trees: { roles, skills, plan: planTree },
    // Every catalogued id has a handler by type (commands/index.ts).
    invoke: (id, args) => COMMAND_BY_ID.get(id)!.invoke(services, args),
    onSkillCheckbox: (items) => {
      for (const [node, state] of items) {
        if (node.kind === 'skill')
          void person.mark(node.skillId, state === vscode.TreeItemCheckboxState.Checked ? 'have' : 'not-yet');
      }
    },
    revive: (panel, state) => {
      ComparisonPanel.revive(panel, services, state);
    },
    api,
    testHooks,
  };
}
