import * as vscode from 'vscode';
import { checkPair, compare, transitionInfos } from '../core/compare';
import { InvalidInputError } from '../core/errors';
import { comparisonMarkdown, payCsv, planMarkdown, quizMarkdown, sourcesMarkdown } from '../core/markdown';
import { Answers, QuizAnswerError } from '../core/quiz';
import type { Suggestion } from '../core/evidence/scan';
import { runScanCommand } from './workspaceScan';
import { LEVEL_LABELS, payByLevel, type PayFilter } from '../core/pay';
import { SECTION_TAB } from '../core/outline';
import { searchSkills } from '../core/skills';
import { sourceLabel } from '../core/sources';
import { LEVELS, type Dataset, type Level } from '../core/schema';
import { Tab } from '../shared/protocol';
import { CommandId } from './commandIds';
import { logLine, notify, pick, statusMessage } from './sinks';
import { ComparisonPanel, type PanelDeps } from './comparisonPanel';
import type { RoleNode } from './rolesTree';
import { defaultPair, payFilterFromSettings } from './treeText';
import { payText } from '../core/outline';

export interface HostServices extends PanelDeps {
  refresh(): Promise<unknown>;
  /** Shares the latest scan with the Skills view's tooltips. */
  setEvidence(found: Suggestion[]): void;
}

const MARK_COMMANDS = { [CommandId.markHave]: 'have', [CommandId.markLearning]: 'learning', [CommandId.markNotYet]: 'not-yet', [CommandId.clearMark]: null } as const;

/** A skill from a Skills-tree node or a plain skill id. */
function skillIdArg(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'object' && arg !== null && typeof (arg as { skillId?: unknown }).skillId === 'string') return (arg as { skillId: string }).skillId;
  throw new ArgumentError(vscode.l10n.t('Expected a skill id or a Skills view item'));
}

/** Thrown for a bad programmatic argument; the message names the argument. */
class ArgumentError extends InvalidInputError {}

async function pickRole(d: Dataset, title: string, exclude?: string): Promise<string | undefined> {
  const items = d.roles.filter((r) => r.id !== exclude).map((r) => ({
    label: r.name, description: r.kind === 'hybrid' ? vscode.l10n.t('hybrid') : undefined, detail: r.summary, id: r.id,
    iconPath: new vscode.ThemeIcon(r.kind === 'hybrid' ? 'git-merge' : 'person'),
  }));
  return (await pick(items, { title, placeHolder: vscode.l10n.t('Choose a role'), matchOnDetail: true }))?.id;
}

function roleArg(d: Dataset, value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !d.roles.some((r) => r.id === value)) {
    throw new ArgumentError(vscode.l10n.t("Unknown role '{0}' for {1}; expected one of: {2}", String(value), name, d.roles.map((r) => r.id).join(', ')));
  }
  return value;
}

function otherRole(d: Dataset, roleId: string): string {
  const [a, b] = defaultPair(d.roles.map((r) => r.id));
  return roleId === a ? b : roleId === b ? a : a;
}

/** Registers every command in the catalogue; each returns its result for programmatic callers. */
export function registerAllCommands(s: HostServices): vscode.Disposable[] {
  const data = () => s.store.get();
  const open = (pair?: [string, string], tab?: Tab) => ComparisonPanel.createOrShow(s, { pair, tab });

  const handlers: Record<CommandId, (...args: unknown[]) => unknown> = {
    [CommandId.openComparison]: async (arg?: unknown) => {
      const opts = (typeof arg === 'object' && arg !== null ? arg : {}) as { roles?: unknown; tab?: unknown };
      const d = await data();
      let pair: [string, string] | undefined;
      if (opts.roles !== undefined) {
        if (!Array.isArray(opts.roles) || opts.roles.length !== 2) throw new ArgumentError(vscode.l10n.t('roles must be a list of two role ids'));
        pair = [roleArg(d, opts.roles[0], 'roles[0]')!, roleArg(d, opts.roles[1], 'roles[1]')!];
        checkPair(d, ...pair);
      }
      const tab = opts.tab === undefined ? undefined : Tab.safeParse(opts.tab);
      if (tab && !tab.success) throw new ArgumentError(vscode.l10n.t("Unknown tab '{0}'", String(opts.tab)));
      const panel = open(pair, tab?.data);
      return { pair: pair ?? await panel.pair(), tab: tab?.data };
    },
    [CommandId.compareRoles]: async (a?: unknown, b?: unknown) => {
      const d = await data();
      const roleA = roleArg(d, a, 'roleA') ?? await pickRole(d, vscode.l10n.t('Compare Roles (1/2)'));
      if (!roleA) return undefined;
      const roleB = roleArg(d, b, 'roleB') ?? await pickRole(d, vscode.l10n.t('Compare {0} with… (2/2)', d.roles.find((r) => r.id === roleA)!.name), roleA);
      if (!roleB) return undefined;
      checkPair(d, roleA, roleB);
      open([roleA, roleB]);
      return compare(d, roleA, roleB, payFilterFromSettings());
    },
    [CommandId.takeQuiz]: async (answers?: unknown) => {
      if (answers === undefined) {
        open(undefined, 'quiz');
        return s.plans.profile.get().quiz?.result ?? null;
      }
      const parsed = Answers.safeParse(answers);
      if (!parsed.success) throw new ArgumentError(vscode.l10n.t('Quiz answers must map question ids to option ids'));
      try {
        return await s.plans.submit(parsed.data);
      } catch (err) {
        if (err instanceof QuizAnswerError) throw new ArgumentError(err.message);
        throw err;
      }
    },
    [CommandId.findSkill]: async (query?: unknown) => {
      const d = await data();
      let skillId: string | undefined;
      if (typeof query === 'string' && d.skills.some((x) => x.id === query)) skillId = query;
      else {
        const initial = typeof query === 'string' ? searchSkills(d, query) : d.skills;
        const picked = await pick(
          initial.map((x) => ({ label: x.name, description: x.category, detail: x.description, id: x.id })),
          { title: vscode.l10n.t('Find Skill'), placeHolder: vscode.l10n.t('Type a skill or tool, e.g. Airflow, PyTorch, SQL'), matchOnDescription: true, matchOnDetail: true },
        );
        skillId = picked?.id;
      }
      if (!skillId) return undefined;
      await s.revealSkill(skillId);
      return skillId;
    },
    [CommandId.showPay]: async (roleIn?: unknown, levelIn?: unknown, filterIn?: unknown) => {
      const d = await data();
      const role = roleArg(d, roleIn, 'role') ?? await pickRole(d, vscode.l10n.t('Show Pay (1/2)'));
      if (!role) return undefined;
      const filter: PayFilter = { ...payFilterFromSettings(), ...(typeof filterIn === 'object' && filterIn !== null ? filterIn as PayFilter : {}) };
      const levels = payByLevel(d, role, filter);
      if (levelIn !== undefined && !(LEVELS as readonly string[]).includes(String(levelIn))) throw new ArgumentError(vscode.l10n.t("Unknown level '{0}'; expected one of: {1}", String(levelIn), LEVELS.join(', ')));
      let level = levelIn as Level | undefined;
      if (!level) {
        if (levels.length === 0) {
          void notify('info', vscode.l10n.t('No source gives pay figures for {0} in this region and kind.', d.roles.find((r) => r.id === role)!.name));
          return [];
        }
        level = (await pick(levels.map((l) => ({ label: LEVEL_LABELS[l.level], description: vscode.l10n.t('{0} figure(s)', l.figures.length), level: l.level })), { title: vscode.l10n.t('Show Pay (2/2)') }))?.level;
        if (!level) return undefined;
        const figures = levels.find((l) => l.level === level)!.figures;
        await pick(figures.map((f) => ({ label: payText(f), description: sourceLabel(d, f.source), detail: [f.years, f.employer, f.note].filter(Boolean).join(' · ') || undefined })), { title: vscode.l10n.t('{0}, {1}: each source', d.roles.find((r) => r.id === role)!.name, LEVEL_LABELS[level]) });
      }
      return levels.find((l) => l.level === level)?.figures ?? [];
    },
    [CommandId.showTransitionPlan]: async (fromIn?: unknown, toIn?: unknown) => {
      const d = await data();
      const fromIds = [...d.roles.map((r) => r.id), ...d.backgrounds.map((b) => b.id)];
      if (fromIn !== undefined && !fromIds.includes(String(fromIn))) throw new ArgumentError(vscode.l10n.t("Unknown starting point '{0}'", String(fromIn)));
      let from = fromIn as string | undefined;
      if (!from) {
        const items = [...d.roles.map((r) => ({ label: r.name, id: r.id })), ...d.backgrounds.map((b) => ({ label: b.name, id: b.id, description: vscode.l10n.t('background') }))];
        from = (await pick(items, { title: vscode.l10n.t('Transition Plan: where are you now? (1/2)') }))?.id;
        if (!from) return undefined;
      }
      const to = roleArg(d, toIn, 'to') ?? await pickRole(d, vscode.l10n.t('Transition Plan: where do you want to go? (2/2)'), from);
      if (!to) return undefined;
      const transitions = transitionInfos(d, from, to);
      if (toIn === undefined) {
        if (transitions.length === 0) void notify('info', vscode.l10n.t('No source gives a transition time for this move.'));
        else await pick(transitions.map((t) => ({
          label: t.monthsMin === null ? vscode.l10n.t('No duration given') : vscode.l10n.t('{0}–{1} months', t.monthsMin, t.monthsMax ?? t.monthsMin),
          description: sourceLabel(d, t.source), detail: [t.gaps.length ? vscode.l10n.t('Gaps: {0}', t.gaps.join(', ')) : '', t.note ?? ''].filter(Boolean).join(' · '),
        })), { title: vscode.l10n.t('{0} → {1}: every source', transitions[0]!.fromName, transitions[0]!.toName) });
      }
      return transitions;
    },
    [CommandId.exportMarkdown]: async (arg?: unknown) => {
      const opts = (typeof arg === 'object' && arg !== null ? arg : {}) as { target?: unknown; roles?: unknown; format?: unknown };
      if (opts.format !== undefined && opts.format !== 'markdown' && opts.format !== 'csv') throw new ArgumentError(vscode.l10n.t("Unknown format '{0}'; expected markdown or csv", String(opts.format)));
      const d = await data();
      const panelPair = ComparisonPanel.instance ? await ComparisonPanel.instance.pair() : defaultPair(d.roles.map((r) => r.id));
      const roles = Array.isArray(opts.roles) && opts.roles.length === 2 ? [roleArg(d, opts.roles[0], 'roles[0]')!, roleArg(d, opts.roles[1], 'roles[1]')!] as const : panelPair;
      checkPair(d, roles[0], roles[1]);
      let csv = opts.format === 'csv';
      let target: vscode.Uri | undefined;
      if (opts.target instanceof vscode.Uri) target = opts.target;
      else if (typeof opts.target === 'string' && opts.target !== 'untitled') target = vscode.Uri.file(opts.target);
      else if (opts.target === undefined) {
        // Without arguments the user chooses both what to export and where it goes.
        const choice = await pick([
          { label: vscode.l10n.t('Report as Markdown: Open as Untitled Document'), value: { csv: false, file: false } },
          { label: vscode.l10n.t('Report as Markdown: Save to File…'), value: { csv: false, file: true } },
          { label: vscode.l10n.t('Pay Figures as CSV: Open as Untitled Document'), value: { csv: true, file: false } },
          { label: vscode.l10n.t('Pay Figures as CSV: Save to File…'), value: { csv: true, file: true } },
        ].filter((c) => opts.format === undefined || c.value.csv === csv), { title: vscode.l10n.t('Export Report') });
        if (!choice) return undefined;
        csv = choice.value.csv;
        if (choice.value.file) {
          target = await vscode.window.showSaveDialog({ filters: csv ? { CSV: ['csv'] } : { Markdown: ['md'] }, saveLabel: vscode.l10n.t('Export') });
          if (!target) return undefined;
        }
      }
      const saved = s.plans.profile.get();
      const plan = await s.plans.plan();
      const content = csv ? payCsv(d, [...roles]) : [
        `# Career Lens report`, '', ...comparisonMarkdown(d, compare(d, roles[0], roles[1], payFilterFromSettings())), '',
        ...(saved.quiz ? [...quizMarkdown(d, saved.quiz.result, saved.quiz.takenAt), ''] : []),
        ...(plan.gap ? [...planMarkdown(d, plan.gap), ''] : []),
        ...sourcesMarkdown(d), '',
      ].join('\n');
      if (target) {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
        void notify('info', vscode.l10n.t('Career Lens report saved to {0}', target.fsPath));
        return { uri: target, content };
      }
      const doc = await vscode.workspace.openTextDocument({ language: csv ? 'csv' : 'markdown', content });
      await vscode.window.showTextDocument(doc);
      return { uri: doc.uri, content };
    },
    [CommandId.refresh]: async () => s.refresh(),
    [CommandId.openSources]: async () => {
      open(undefined, 'sources');
      return (await data()).sources;
    },
    [CommandId.showLog]: () => s.log.show(),
    [CommandId.scanWorkspace]: (arg?: unknown) => runScanCommand(s, arg),
    [CommandId.compareWith]: async (node?: unknown, otherIn?: unknown) => {
      const d = await data();
      const roleId = (node as RoleNode | undefined)?.kind === 'role' ? (node as { roleId: string }).roleId : await pickRole(d, vscode.l10n.t('Compare Roles'));
      if (!roleId) return undefined;
      const other = roleArg(d, otherIn, 'other') ?? await pickRole(d, vscode.l10n.t('Compare {0} with…', d.roles.find((r) => r.id === roleId)!.name), roleId);
      if (!other) return undefined;
      checkPair(d, roleId, other);
      open([roleId, other]);
      return [roleId, other];
    },
    [CommandId.showItemSources]: async (node?: unknown) => {
      const d = await data();
      const n = node as RoleNode | undefined;
      const ids = n?.kind === 'item' ? n.item.sources : n?.kind === 'role' ? d.roles.find((r) => r.id === n.roleId)?.sources ?? [] : [];
      const sources = d.sources.filter((x) => ids.includes(x.id));
      if (sources.length === 0) {
        void notify('info', vscode.l10n.t('No source is attached to this item.'));
        return [];
      }
      // Not awaited: the command returns the sources at once; picking one opens the Sources tab.
      void pick(sources.map((x) => ({ label: x.publisher ?? vscode.l10n.t('Publisher not stated'), description: x.asOf ?? undefined, detail: `${x.title}${x.basis ? ` — ${x.basis}` : ''}` })), { title: vscode.l10n.t('Sources') })
        .then((picked) => { if (picked) open(undefined, 'sources'); });
      return sources.map((x) => x.id);
    },
    [CommandId.copyFigure]: async (node?: unknown) => {
      const d = await data();
      const n = node as RoleNode | undefined;
      if (n?.kind !== 'item' || !n.item.figure) return undefined;
      const text = `${n.item.figure} (${n.item.sources.map((id) => sourceLabel(d, id)).join('; ')})`;
      await vscode.env.clipboard.writeText(text);
      statusMessage(vscode.l10n.t('Copied: {0}', text), 3000);
      return text;
    },
    [CommandId.openSection]: async (node?: unknown) => {
      const d = await data();
      const n = node as RoleNode | undefined;
      if (!n || (n.kind !== 'item' && n.kind !== 'section')) return undefined;
      const tab = SECTION_TAB[n.section] as Tab;
      const pair: [string, string] = [n.roleId, otherRole(d, n.roleId)];
      open(pair, tab);
      return { pair, tab };
    },
    ...Object.fromEntries(Object.entries(MARK_COMMANDS).map(([id, mark]) => [id, async (arg?: unknown) => {
      const skillId = skillIdArg(arg);
      const state = await s.plans.mark(skillId, mark);
      return state.skills[skillId] ?? null;
    }])) as Record<keyof typeof MARK_COMMANDS, (...args: unknown[]) => unknown>,
  };
  return Object.entries(handlers).map(([id, fn]) => vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await fn(...args);
    } catch (err) {
      if (err instanceof InvalidInputError) {
        s.log.warn(logLine(`${id}: ${err.message}`));
        void notify('error', err.message);
      }
      throw err;
    }
  }));
}
