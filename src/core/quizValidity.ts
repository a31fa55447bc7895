// How well the built-in quiz reproduces the recommendations the five articles give to the kinds
// of people they describe, published beside every result as CareerExplorer publishes how well
// its matches predict. test/unit/quizFidelity.test.ts re-runs every profile and fails if
// these figures and the cases drift apart.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t('…') only where l10n names this import
import type * as l10n from '@vscode/l10n';
import { ENGLISH, type L10n } from './format';

export const QUIZ_VALIDITY = {
  /** People the articles give a recommendation to, each answered from the questions' wording. */
  profiles: 47,
  /** Of them, how many the quiz gives the articles' recommendation (a close call where articles conflict). */
  reproduced: 47,
} as const;

export function validityText(l10n: L10n = ENGLISH): string {
  return l10n.t(
    "Checked against {0} kinds of people the five articles give a recommendation to (their personas, diagnostic questions, the beginner, the DBA and the backend engineer moving over, the person who likes both sides), each answered as they would answer: the built-in quiz gives {1} of {0} the articles' recommendation, or calls it too close and shows each source's advice where the articles disagree. The weights are Career Lens's; each answer's reason quotes its article or is marked as Career Lens's own reading.",
    QUIZ_VALIDITY.profiles,
    QUIZ_VALIDITY.reproduced,
  );
}
