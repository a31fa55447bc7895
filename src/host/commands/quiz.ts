// The fit quiz from the palette (opens the tab) or with answers (scores and saves them).
import * as vscode from 'vscode';
import { Answers, QuizAnswerError } from '../../core/quiz';
import { CommandId } from '../manifestNames';
import { ComparisonPanel } from '../comparisonPanel';
import { ArgumentError, args, command } from './command';

export const takeQuiz = command({
  id: CommandId.takeQuiz,
  args: args(Answers.optional().describe('answers')),
  run: async (s, answers) => {
    if (answers === undefined) {
      ComparisonPanel.createOrShow(s, { tab: 'quiz' });
      return (await s.person.lastQuiz())?.result ?? null;
    }
    try {
      return await s.person.submit(answers);
    } catch (err) {
      if (err instanceof QuizAnswerError) throw new ArgumentError(vscode.l10n.t('Invalid answers: {0}', err.message));
      throw err;
    }
  },
});
