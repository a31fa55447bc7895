import * as vscode from 'vscode';
import { treeItem, treeText } from './sinks';
import { contestedSkills, depthSpoken, depthSummary, skillGroups, type SkillGroup } from '../core/outline';
import type { Suggestion } from '../core/evidence/scan';
import { skillProfile } from '../core/skills';
import { markLabel, nameOf, sourceLabel } from '../core/format';
import type { Dataset } from '../core/schema';
import type { DatasetStore } from './datasetStore';
import type { ProfileStore } from './profileStore';
import { defaultPair, markdownTooltip } from './treeText';
import { DEFAULT_PAIR, Setting, ViewItem } from './manifestNames';

export type SkillNode = { kind: 'group'; group: SkillGroup } | { kind: 'skill'; group: SkillGroup; skillId: string };

const GROUP_ICONS: Record<SkillGroup, string> = {
  shared: 'link',
  'only-a': 'circle-large-outline',
  'only-b': 'circle-large-outline',
  elsewhere: 'git-merge',
};

/** Skills view: every skill, grouped as shared by the default pair, unique to one, or hybrid-only. */
export class SkillsTreeProvider implements vscode.TreeDataProvider<SkillNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private dataset: Dataset | undefined;
  private groups: Record<SkillGroup, string[]> | undefined;
  private contested = new Map<string, { overlap: 'shared' | 'unique'; role?: string; source: string }[]>();
  private pair: [string, string] = [...DEFAULT_PAIR];
  private evidence = new Map<string, Suggestion>();

  constructor(
    private readonly store: DatasetStore,
    private readonly profile: ProfileStore,
  ) {
    this.subscriptions = [
      store.onDidChange(() => this.invalidate()),
      profile.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(Setting.defaultRoles)) this.invalidate();
      }),
    ];
  }

  private invalidate(): void {
    this.groups = undefined;
    this.changed.fire();
  }

  private async ensure(): Promise<{ d: Dataset; groups: Record<SkillGroup, string[]> }> {
    const d = await this.store.get();
    if (!this.groups || this.dataset !== d) {
      this.dataset = d;
      this.pair = defaultPair(d.roles.map((r) => r.id));
      this.groups = skillGroups(d, this.pair[0], this.pair[1]);
      this.contested = contestedSkills(d, this.pair[0], this.pair[1]);
    }
    return { d, groups: this.groups };
  }

  setEvidence(found: Suggestion[]): void {
    this.evidence = new Map(found.map((s) => [s.id, s]));
    this.changed.fire();
  }

  /** The node for a skill id, for `TreeView.reveal`. */
  async nodeFor(skillId: string): Promise<SkillNode | undefined> {
    const { groups } = await this.ensure();
    for (const group of Object.keys(groups) as SkillGroup[])
      if (groups[group].includes(skillId)) return { kind: 'skill', group, skillId };
    return undefined;
  }

  async getChildren(node?: SkillNode): Promise<SkillNode[]> {
    let loaded;
    try {
      loaded = await this.ensure();
    } catch {
      return [];
    }
    if (!node)
      return (Object.keys(loaded.groups) as SkillGroup[])
        .filter((g) => loaded.groups[g].length)
        .map((group) => ({ kind: 'group', group }));
    if (node.kind === 'group')
      return loaded.groups[node.group].map((skillId) => ({ kind: 'skill', group: node.group, skillId }));
    return [];
  }

  getParent(node: SkillNode): SkillNode | undefined {
    return node.kind === 'skill' ? { kind: 'group', group: node.group } : undefined;
  }

  getTreeItem(node: SkillNode): vscode.TreeItem {
    const d = this.dataset!;
    const name = (id: string) => nameOf(d, id);
    if (node.kind === 'group') {
      const label =
        node.group === 'shared'
          ? vscode.l10n.t('Shared')
          : node.group === 'only-a'
            ? vscode.l10n.t('Only {0}', name(this.pair[0]))
            : node.group === 'only-b'
              ? vscode.l10n.t('Only {0}', name(this.pair[1]))
              : vscode.l10n.t('Hybrid roles only');
      const item = treeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group/${node.group}`;
      item.description = treeText(String(this.groups?.[node.group].length ?? ''));
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
      return item;
    }
    const skill = d.skills.find((s) => s.id === node.skillId)!;
    const item = treeItem(skill.name, vscode.TreeItemCollapsibleState.None);
    item.id = `skill/${skill.id}`;
    const roles = node.group === 'elsewhere' ? d.roles.filter((r) => r.kind === 'hybrid').map((r) => r.id) : this.pair;
    item.description = treeText(depthSummary(d, skill.id, roles));
    const lines = [`**${skill.name}**: ${skill.description}`];
    for (const r of d.roles) {
      const p = skillProfile(d, r.id).get(skill.id);
      if (!p) continue;
      const cited = p.cells.map((c) => `${c.term ?? 'named'} (${sourceLabel(d, c.source)})`);
      lines.push(`**${r.name}:** ${cited.length ? cited.join('; ') : 'listed as part of the role'}`);
    }
    const claims = d.skillOverlaps
      .filter((o) => o.skill === skill.id)
      .map((o) => `${o.overlap === 'shared' ? 'shared' : `unique to ${name(o.role!)}`} (${sourceLabel(d, o.source)})`);
    if (claims.length) lines.push(`Classed as: ${claims.join('; ')}`);
    const dissent = node.group === 'elsewhere' ? undefined : this.contested.get(skill.id);
    if (dissent) {
      const shownAs =
        node.group === 'shared' ? 'shared' : `unique to ${name(node.group === 'only-a' ? this.pair[0] : this.pair[1])}`;
      const against = dissent.map(
        (o) =>
          `${sourceLabel(d, o.source)} classes it as ${o.overlap === 'shared' ? 'shared' : `unique to ${name(o.role!)}`}`,
      );
      lines.push(
        `**Sources disagree:** shown as ${shownAs} because of the depth grades above, but ${against.join('; ')}.`,
      );
    }
    const found = this.evidence.get(skill.id);
    if (found)
      lines.push(
        `Found in your workspace (${found.strength} evidence): ${found.evidence
          .slice(0, 5)
          .map((e) => `${e.file}:${e.line} (${e.match})`)
          .join(', ')}`,
      );
    const mark = this.profile.get().skills[skill.id];
    // A "have" says what it rests on: evidence ticked from a scan, or the user's word.
    const basis = mark === 'have' ? this.profile.get().evidence?.[skill.id] : undefined;
    if (mark === 'have')
      lines.push(
        basis
          ? `**${basis.source === 'commits' ? 'Marked from your commits' : "Marked from the workspace's manifests"}:** ${basis.summary}`
          : '**Marked on your word** (no evidence was ticked for it)',
      );
    item.tooltip = markdownTooltip(lines);
    // The checkbox is "I have this"; learning and not-yet come from the context menu.
    item.checkboxState = {
      state: mark === 'have' ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: vscode.l10n.t('I have this skill'),
    };
    if (dissent) item.description = treeText(`${vscode.l10n.t('contested')} · ${item.description}`);
    if (found && !mark) item.description = treeText(`${vscode.l10n.t('in workspace')} · ${item.description}`);
    // "Have" shows as the ticked checkbox; the other marks in words.
    if (mark && mark !== 'have') item.description = treeText(`${markLabel(mark, vscode.l10n)} · ${item.description}`);
    item.iconPath = new vscode.ThemeIcon(
      mark === 'have' ? 'pass-filled' : mark === 'learning' ? 'loading' : 'mortar-board',
    );
    item.contextValue = ViewItem.skill(mark ?? null);
    const status = [
      dissent ? vscode.l10n.t('contested') : '',
      found && !mark ? vscode.l10n.t('in workspace') : '',
      mark === 'have'
        ? basis
          ? vscode.l10n.t('I have this skill, from evidence')
          : vscode.l10n.t('I have this skill, on my word')
        : mark
          ? markLabel(mark, vscode.l10n)
          : '',
    ].filter(Boolean);
    item.accessibilityInformation = {
      label: treeText([skill.name, ...status, depthSpoken(d, skill.id, roles)].join('. ')) ?? skill.name,
    };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
