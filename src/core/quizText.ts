// The quiz result's sentences, in one place, so the webview and the export say the same thing
// and the margin sentence is made from the same whole points as the verdict.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t('…') only where l10n names this import
import type * as l10n from '@vscode/l10n';
import { ENGLISH, type L10n } from './format';
import type { Driver, QuizResult } from './quiz';

export interface VerdictText {
  /** "Best fit: Data Engineer" or "Too close to call." */
  headline: string;
  /** The margin in words, from `result.margin`: the points the person sees. */
  detail: string;
}

export function verdictText(result: QuizResult, l10n: L10n = ENGLISH): VerdictText {
  const [top, second] = result.fits;
  switch (result.verdict) {
    case 'no-answers':
      return {
        headline: l10n.t('No result yet.'),
        detail: l10n.t('You skipped every question, so there is nothing to score yet.'),
      };
    case 'no-signal':
      return {
        headline: l10n.t('No role stands out yet.'),
        detail: l10n.t('None of the answers you gave points at a role; answer a few more questions.'),
      };
    case 'too-close':
      return {
        headline: l10n.t('Too close to call.'),
        detail:
          result.margin === 0
            ? l10n.t('{0} and {1} are level, under the {2}-point line.', top!.name, second!.name, result.threshold)
            : l10n.t(
                '{0} and {1} are {2} points apart, under the {3}-point line.',
                top!.name,
                second!.name,
                result.margin,
                result.threshold,
              ),
      };
    case 'clear':
      return {
        headline: l10n.t('Best fit: {0}', top!.name),
        detail: l10n.t(
          '{0} points ahead of {1}, at or over the {2}-point line.',
          result.margin,
          second!.name,
          result.threshold,
        ),
      };
  }
}

/** What a fit means, the same for every role. */
export function fitMeaning(result: QuizResult, l10n: L10n = ENGLISH): string {
  return l10n.t(
    'A fit is the share of your answers that points at a role: 100% would mean every answer was the strongest vote the quiz gives, and the scale is the same for every role. Scored on the {0} questions you answered ({1} skipped).',
    result.answered,
    result.skipped,
  );
}

/** "+8 points for Data Engineer over ML Engineer": what one answer did, in words. */
export function driverEffect(driver: Driver, over: string, l10n: L10n = ENGLISH): string {
  return l10n.t('gave {0} {1} more points than {2}', driver.name, Math.round(driver.points), over);
}
