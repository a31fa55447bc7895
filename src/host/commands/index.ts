// Every command's handler, by its name in the catalogue (src/host/manifestNames.ts). The type
// below makes the catalogue and the handlers one fact: a catalogued id with no handler, a handler
// under the wrong name, or one with no catalogued id fails the type check, and an object has one
// value per key, so no id has two. The modules group commands by family (see README):
// compare.ts, skills.ts (marks and finding), sources.ts, general.ts (refresh, log, scan) and one
// module each for pay, quiz, transitions and export.
import { compareRoles, compareWith, openComparison, openSection } from './compare';
import type { Command } from './command';
import { exportMarkdown } from './export';
import { refresh, scanWorkspace, showLog } from './general';
import { newDataPack } from './newDataPack';
import { showPay } from './pay';
import { takeQuiz } from './quiz';
import { clearMark, findSkill, markHave, markLearning, markNotYet } from './skills';
import { copyFigure, openSources, showItemSources } from './sources';
import { showTransitionPlan } from './transitions';
import type { CommandId } from '../manifestNames';

export type { HostServices } from './command';

type Handlers = { readonly [K in keyof typeof CommandId]: Command<(typeof CommandId)[K]> };

export const COMMANDS = {
  openComparison,
  compareRoles,
  takeQuiz,
  findSkill,
  showPay,
  showTransitionPlan,
  exportMarkdown,
  refresh,
  openSources,
  showLog,
  scanWorkspace,
  newDataPack,
  compareWith,
  showItemSources,
  copyFigure,
  openSection,
  markHave,
  markLearning,
  markNotYet,
  clearMark,
} as const satisfies Handlers;

/** The handler of each command id. */
export const COMMAND_BY_ID = new Map<CommandId, Command>(Object.values(COMMANDS).map((c) => [c.id, c]));
