// Every command, one module each (or one per small family), registered by one helper.
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

export type { HostServices } from './command';

export const ALL_COMMANDS: readonly Command[] = [
  openComparison, compareRoles, takeQuiz, findSkill, showPay, showTransitionPlan, exportMarkdown, refresh, openSources, showLog,
  scanWorkspace, newDataPack, compareWith, showItemSources, copyFigure, openSection, markHave, markLearning, markNotYet, clearMark,
];
