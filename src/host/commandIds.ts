// The command id catalogue: every command the extension registers or invokes is named here
// and nowhere else. test/unit/manifest.test.ts checks it against package.json both ways.
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
  CommandId.compareWith, CommandId.showItemSources, CommandId.copyFigure, CommandId.openSection,
  CommandId.markHave, CommandId.markLearning, CommandId.markNotYet, CommandId.clearMark,
];

/** Context keys the extension sets for `when` clauses in package.json. */
export const ContextKey = {
  dataFailed: 'careerLens.dataFailed',
  /** True once the user has marked at least one skill (drives the walkthrough's last step). */
  profileHasMarks: 'careerLens.profileHasMarks',
} as const;
