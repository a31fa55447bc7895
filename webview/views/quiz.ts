import type { QuizResult } from '../../src/core/quiz';
import type { ToWebview } from '../../src/shared/protocol';
import { button } from '../components/toolkit';
import { h, type Sources } from '../dom';
import * as l10n from '@vscode/l10n';

type Questions = Extract<ToWebview, { type: 'quiz' }>['questions'];
export type QuizAnswers = Record<string, string | null>;

export interface QuizHandlers {
  answer(questionId: string, optionId: string | null): void;
  go(index: number): void;
  finish(): void;
  retake(): void;
  whatIf(questionId: string, optionId: string | null): void;
  compareHybrid(roleId: string): void;
  planTowards(roleId: string): void;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

export function questionView(questions: Questions, index: number, answers: QuizAnswers, on: QuizHandlers): HTMLElement {
  const q = questions[index]!;
  const last = index === questions.length - 1;
  const chosen = answers[q.id] ?? null;
  const progress = h('progress', { max: String(questions.length), value: String(index + 1), 'aria-label': l10n.t('Question {0} of {1}', index + 1, questions.length) });
  const options = h('div', { class: 'options', role: 'radiogroup' }, q.options.map((o) => {
    const input = h('input', { type: 'radio', name: `q-${q.id}`, value: o.id, id: `opt-${o.id}` });
    input.checked = chosen === o.id;
    input.addEventListener('change', () => on.answer(q.id, o.id));
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && input.checked) (last ? on.finish : () => on.go(index + 1))(); });
    return h('label', { class: 'option', for: `opt-${o.id}` }, input, h('span', {}, o.label));
  }));
  const next = button({ id: 'quiz-next', label: last ? l10n.t('See my result') : l10n.t('Next'), onClick: () => (last ? on.finish() : on.go(index + 1)) });
  if (!chosen) next.setAttribute('disabled', '');
  return h('div', { class: 'quiz', 'data-question': q.id },
    h('p', { class: 'muted', id: 'quiz-progress' }, `${l10n.t('Question {0} of {1}', index + 1, questions.length)} · ${q.topic}`), progress,
    h('fieldset', {}, h('legend', { id: 'quiz-prompt', tabindex: '-1' }, q.prompt), options),
    h('div', { class: 'toolbar' },
      button({ id: 'quiz-back', label: l10n.t('Back'), appearance: 'secondary', onClick: () => on.go(index - 1) }),
      button({ id: 'quiz-skip', label: l10n.t('Skip'), appearance: 'secondary', onClick: () => { on.answer(q.id, null); if (last) on.finish(); else on.go(index + 1); } }),
      next),
  );
}

function bars(result: QuizResult): HTMLElement {
  return h('ul', { class: 'fits', 'data-testid': 'quiz-fits' }, result.fits.map((f) => {
    const fill = h('span', { class: 'fill' });
    fill.style.width = pct(f.fit); // CSSOM, which the CSP allows; no inline style attribute
    return h('li', { 'data-role': f.role }, h('span', { class: 'name' }, f.name), h('span', { class: 'track', 'aria-hidden': 'true' }, fill), h('strong', { class: 'pct' }, pct(f.fit)));
  }));
}

export function resultView(questions: Questions, result: QuizResult, answers: QuizAnswers, whatIfResult: QuizResult | null, sources: Sources, on: QuizHandlers): HTMLElement {
  if (result.verdict === 'no-answers') {
    return h('div', { class: 'quiz-result' }, h('p', {}, l10n.t('You skipped every question, so there is nothing to score yet.')), button({ id: 'quiz-retake', label: l10n.t('Take the quiz'), onClick: on.retake }));
  }
  const [top, second] = result.fits;
  const verdict = result.verdict === 'too-close'
    ? h('div', { class: 'verdict close', 'data-testid': 'quiz-verdict', tabindex: '-1' },
      h('p', {}, h('strong', {}, l10n.t('Too close to call.')), ' ', l10n.t('{0} and {1} are {2} points apart, under the {3}-point line.', top!.name, second!.name, Math.round(result.margin * 100), Math.round(result.threshold * 100))),
      result.suggestion ? h('p', {}, result.suggestion.reason, ' ', sources.chip(result.suggestion.source), ' ',
        button({ id: 'quiz-hybrid', label: l10n.t('Compare {0}', result.suggestion.name), appearance: 'secondary', onClick: () => on.compareHybrid(result.suggestion!.role) })) : null)
    : h('div', { class: 'verdict', 'data-testid': 'quiz-verdict', tabindex: '-1' }, h('p', {}, h('strong', {}, l10n.t('Best fit: {0}', top!.name)), l10n.t(', {0} points ahead of {1}.', Math.round(result.margin * 100), second!.name)));
  const drivers = h('ol', { class: 'cited drivers', 'data-testid': 'quiz-drivers' }, result.drivers.map((d) => h('li', {},
    h('div', {}, h('em', {}, d.prompt), ' → ', h('strong', {}, d.label), h('span', { class: 'muted' }, ` (${l10n.t('{0}{1} points for {2} over {3}', d.influence > 0 ? '+' : '−', Math.round(Math.abs(d.influence) * 100), top!.name, second!.name)})`)),
    h('div', {}, d.rationale, ' ', sources.chip(d.source, d.editorial)))));

  const answered = questions.filter((q) => typeof answers[q.id] === 'string');
  const qSelect = h('select', { id: 'whatif-question', 'aria-label': l10n.t('Question to change') }, answered.map((q) => h('option', { value: q.id }, q.prompt)));
  const oSelect = h('select', { id: 'whatif-option', 'aria-label': l10n.t('Different answer') });
  const fillOptions = () => {
    const q = questions.find((x) => x.id === qSelect.value);
    oSelect.replaceChildren(...(q?.options ?? []).filter((o) => o.id !== answers[q!.id]).map((o) => h('option', { value: o.id }, o.label)), h('option', { value: '' }, l10n.t('(skip this question)')));
  };
  fillOptions();
  qSelect.addEventListener('change', fillOptions);
  const whatIf = h('section', { class: 'whatif' }, h('h3', {}, l10n.t('What if you answered one differently?')),
    h('div', { class: 'toolbar' }, qSelect, oSelect, button({ id: 'whatif-run', label: l10n.t('Try it'), appearance: 'secondary', onClick: () => on.whatIf(qSelect.value, oSelect.value || null) })),
    whatIfResult ? h('div', { 'data-testid': 'whatif-result' }, h('p', {}, whatIfResult.verdict === 'too-close' ? l10n.t('Then it would be too close to call:') : l10n.t('Then the best fit would be {0}:', whatIfResult.fits[0]!.name)), bars(whatIfResult)) : null);

  return h('div', { class: 'quiz-result' },
    h('h2', {}, l10n.t('Your fit')), bars(result), verdict,
    h('p', { class: 'muted' }, l10n.t('Fit is the share of the best score each role could reach on the {0} questions you answered ({1} skipped).', result.answered, result.skipped)),
    h('p', { class: 'muted', 'data-testid': 'quiz-weights-note' }, l10n.t("The weights behind these scores are Career Lens's own judgement, derived from the cited passages; the figures in the reasons are the sources'.")),
    h('h3', {}, l10n.t('The answers that moved it most')), drivers, whatIf,
    h('div', { class: 'toolbar' },
      button({ id: 'quiz-plan', label: l10n.t('Plan towards {0}', top!.name), onClick: () => on.planTowards(top!.role) }),
      button({ id: 'quiz-retake', label: l10n.t('Retake the quiz'), appearance: 'secondary', onClick: on.retake })),
  );
}
