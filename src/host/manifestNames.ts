// Every name package.json declares and the code uses: command ids, context keys, tree item
// context values, settings, views and the webview type. Each is named here and nowhere else;
// test/unit/manifest.test.ts checks them against package.json both ways, and each command id
// has its one handler by type (src/host/commands/index.ts).
export const CommandId = {
  openComparison: 'careerLens.openComparison',
  compareRoles: 'careerLens.compareRoles',
  takeQuiz: 'careerLens.takeQuiz',
  findSkill: 'careerLens.findSkill',
  showPay: 'careerLens.showPay',
  showTransitionPlan: 'careerLens.showTransitionPlan',
  exportMarkdown: 'careerLens.exportMarkdown',
  refresh: 'careerLens.refresh',
  openSources: 'careerLens.openSources',
  showLog: 'careerLens.showLog',
  scanWorkspace: 'careerLens.scanWorkspace',
  newDataPack: 'careerLens.newDataPack',
  // Tree item actions, hidden from the palette.
  compareWith: 'careerLens.compareWith',
  showItemSources: 'careerLens.showItemSources',
  copyFigure: 'careerLens.copyFigure',
  openSection: 'careerLens.openSection',
  markHave: 'careerLens.markHave',
  markLearning: 'careerLens.markLearning',
  markNotYet: 'careerLens.markNotYet',
  clearMark: 'careerLens.clearMark',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];

/** Commands that only make sense on a tree item; hidden from the command palette. */
export const ITEM_ONLY_COMMANDS: readonly CommandId[] = [
  CommandId.compareWith,
  CommandId.showItemSources,
  CommandId.copyFigure,
  CommandId.openSection,
  CommandId.markHave,
  CommandId.markLearning,
  CommandId.markNotYet,
  CommandId.clearMark,
];

/** Context keys the extension sets for `when` clauses in package.json. */
export const ContextKey = {
  dataFailed: 'careerLens.dataFailed',
  /** True once the user has marked at least one skill (drives the walkthrough's last step). */
  profileHasMarks: 'careerLens.profileHasMarks',
} as const;

/**
 * The tree items' context values, matched by `viewItem` clauses in package.json menus. Only
 * values some menu uses are set; test/unit/manifest.test.ts checks both directions.
 */
export const ViewItem = {
  role: 'role',
  section: 'section',
  figure: 'figure',
  fact: 'fact',
  skill: (mark: 'have' | 'learning' | 'not-yet' | null) => `skill-${mark ?? 'unmarked'}`,
} as const;

/** Every value ViewItem can produce. */
export const VIEW_ITEM_VALUES = [
  'role',
  'section',
  'figure',
  'fact',
  'skill-unmarked',
  'skill-have',
  'skill-learning',
  'skill-not-yet',
] as const;

/** The extension's settings, as package.json declares them. */
export const Setting = {
  dataPacks: 'careerLens.dataPacks',
  defaultRoles: 'careerLens.defaultRoles',
  payKind: 'careerLens.payKind',
  region: 'careerLens.region',
  scanEnabled: 'careerLens.scan.enabled',
  evidenceIdentities: 'careerLens.evidence.identities',
  evidenceWindowYears: 'careerLens.evidence.windowYears',
  evidenceMaxCommits: 'careerLens.evidence.maxCommits',
  trustedPublishers: 'careerLens.trustedPublishers',
  allowUnsignedPacks: 'careerLens.allowUnsignedPacks',
} as const;

/** The pair shown when the user has chosen none; package.json's defaultRoles default is the same. */
export const DEFAULT_PAIR: [string, string] = ['data-engineer', 'ml-engineer'];

/** The comparison webview's type, as package.json's activation event names it. */
export const COMPARISON_VIEW_TYPE = 'careerLens.comparison';

/** The views, as package.json declares them. */
export const ViewId = { roles: 'careerLens.roles', skills: 'careerLens.skills', plan: 'careerLens.plan' } as const;
