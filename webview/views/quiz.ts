import { monthsText } from '../../src/core/format';
import type { Driver, QuizResult } from '../../src/core/quiz';
import { driverEffect, fitMeaning, verdictText } from '../../src/core/quizText';
import { validityText } from '../../src/core/quizValidity';
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

export function questionView(questions: Questions, index: number, answers: QuizAnswers, on: QuizHandlers): HTMLElement {
  const q = questions[index]!;
  const last = index === questions.length - 1;
  const chosen = answers[q.id] ?? null;
  const progress = h('progress', {
    max: String(questions.length),
    value: String(index + 1),
    'aria-label': l10n.t('Question {0} of {1}', index + 1, questions.length),
  });
  const options = h(
    'div',
    { class: 'options', role: 'radiogroup' },
    q.options.map((o) => {
      const input = h('input', { type: 'radio', name: `q-${q.id}`, value: o.id, id: `opt-${o.id}` });
      input.checked = chosen === o.id;
      input.addEventListener('change', () => on.answer(q.id, o.id));
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && input.checked) (last ? on.finish : () => on.go(index + 1))();
      });
      return h('label', { class: 'option', for: `opt-${o.id}` }, input, h('span', {}, o.label));
    }),
  );
  const next = button({
    id: 'quiz-next',
    label: last ? l10n.t('See my result') : l10n.t('Next'),
    onClick: () => (last ? on.finish() : on.go(index + 1)),
  });
  if (!chosen) next.setAttribute('disabled', '');
  return h(
    'div',
    { class: 'quiz', 'data-question': q.id },
    h(
      'p',
      { class: 'muted', id: 'quiz-progress' },
      `${l10n.t('Question {0} of {1}', index + 1, questions.length)} · ${q.topic}`,
    ),
    progress,
    h('fieldset', {}, h('legend', { id: 'quiz-prompt', tabindex: '-1' }, q.prompt), options),
    h(
      'div',
      { class: 'toolbar' },
      button({ id: 'quiz-back', label: l10n.t('Back'), appearance: 'secondary', onClick: () => on.go(index - 1) }),
      button({
        id: 'quiz-skip',
        label: l10n.t('Skip'),
        appearance: 'secondary',
        onClick: () => {
          on.answer(q.id, null);
          if (last) on.finish();
          else on.go(index + 1);
        },
      }),
      next,
    ),
  );
}

function bars(result: QuizResult): HTMLElement {
  return h(
    'ul',
    { class: 'fits', 'data-testid': 'quiz-fits' },
    result.fits.map((f) => {
      const fill = h('span', { class: 'fill' });
      fill.style.width = `${f.points}%`; // CSSOM, which the CSP allows; no inline style attribute
      return h(
        'li',
        { 'data-role': f.role },
        h('span', { class: 'name' }, f.name),
        h('span', { class: 'track', 'aria-hidden': 'true' }, fill),
        h('strong', { class: 'pct' }, `${f.points}%`),
      );
    }),
  );
}

function verdictView(result: QuizResult, sources: Sources, on: QuizHandlers): HTMLElement {
  const text = verdictText(result, l10n);
  const close = result.closeCall;
  return h(
    'div',
    { class: close ? 'verdict close' : 'verdict', 'data-testid': 'quiz-verdict', tabindex: '-1' },
    h('p', {}, h('strong', {}, text.headline), ' ', text.detail),
    close
      ? h(
          'div',
          { 'data-testid': 'quiz-close-call' },
          h('p', {}, l10n.t('What the sources advise when both sides appeal:')),
          h(
            'ul',
            { class: 'cited' },
            close.advice.map((a) => h('li', {}, a.text, ' ', sources.chip(a.source))),
          ),
          close.hybrid
            ? button({
                id: 'quiz-hybrid',
                label: l10n.t('Compare {0}', close.hybrid.name),
                appearance: 'secondary',
                onClick: () => on.compareHybrid(close.hybrid!.role),
              })
            : null,
        )
      : null,
  );
}

/** One list of answers and what each did, or nothing when no answer did it. */
function driverList(title: string, testId: string, drivers: Driver[], over: string, sources: Sources): HTMLElement[] {
  if (drivers.length === 0) return [];
  return [
    h('h3', {}, title),
    h(
      'ul',
      { class: 'cited drivers', 'data-testid': testId },
      drivers.map((d) =>
        h(
          'li',
          {},
          h(
            'div',
            {},
            h('em', {}, d.prompt),
            ' → ',
            h('strong', {}, d.label),
            h('span', { class: 'muted' }, ` (${driverEffect(d, over, l10n)})`),
          ),
          h('div', {}, d.rationale, ' ', sources.chip(d.source, d.editorial)),
        ),
      ),
    ),
  ];
}

function startingPointView(result: QuizResult, sources: Sources): HTMLElement | null {
  const s = result.startingPoint;
  if (!s) return null;
  const body =
    s.from === s.to
      ? h('p', {}, l10n.t('You already work as {0}.', s.toName))
      : s.moves.length === 0
        ? h('p', {}, l10n.t('No source gives a duration for {0} → {1}.', s.fromName, s.toName))
        : h(
            'ul',
            { class: 'cited' },
            s.moves.map((m) =>
              h('li', {}, `${s.fromName} → ${s.toName}: ${monthsText(m, l10n)}`, ' ', sources.chip(m.source)),
            ),
          );
  return h(
    'section',
    { 'data-testid': 'quiz-starting-point' },
    h('h3', {}, l10n.t('Where you start')),
    h('p', { class: 'muted' }, l10n.t('Your background sets how long the move takes, not which role fits.')),
    body,
  );
}

export function resultView(
  questions: Questions,
  result: QuizResult,
  answers: QuizAnswers,
  whatIfResult: QuizResult | null,
  sources: Sources,
  on: QuizHandlers,
): HTMLElement {
  if (result.verdict === 'no-answers') {
    return h(
      'div',
      { class: 'quiz-result' },
      h('p', {}, verdictText(result, l10n).detail),
      button({ id: 'quiz-retake', label: l10n.t('Take the quiz'), onClick: on.retake }),
    );
  }
  const [top, second] = result.fits;

  const answered = questions.filter((q) => typeof answers[q.id] === 'string');
  const qSelect = h(
    'select',
    { id: 'whatif-question', 'aria-label': l10n.t('Question to change') },
    answered.map((q) => h('option', { value: q.id }, q.prompt)),
  );
  const oSelect = h('select', { id: 'whatif-option', 'aria-label': l10n.t('Different answer') });
  const fillOptions = () => {
    const q = questions.find((x) => x.id === qSelect.value);
    oSelect.replaceChildren(
      ...(q?.options ?? []).filter((o) => o.id !== answers[q!.id]).map((o) => h('option', { value: o.id }, o.label)),
      h('option', { value: '' }, l10n.t('(skip this question)')),
    );
  };
  fillOptions();
  qSelect.addEventListener('change', fillOptions);
  const whatIfText = whatIfResult ? verdictText(whatIfResult, l10n) : null;
  const whatIf = h(
    'section',
    { class: 'whatif' },
    h('h3', {}, l10n.t('What if you answered one differently?')),
    h(
      'div',
      { class: 'toolbar' },
      qSelect,
      oSelect,
      button({
        id: 'whatif-run',
        label: l10n.t('Try it'),
        appearance: 'secondary',
        onClick: () => on.whatIf(qSelect.value, oSelect.value || null),
      }),
    ),
    whatIfResult && whatIfText
      ? h(
          'div',
          { 'data-testid': 'whatif-result' },
          h('p', {}, l10n.t('Then:'), ' ', h('strong', {}, whatIfText.headline), ' ', whatIfText.detail),
          bars(whatIfResult),
        )
      : null,
  );

  const stands = result.verdict === 'clear' || result.verdict === 'too-close';
  return h(
    'div',
    { class: 'quiz-result' },
    h('h2', {}, l10n.t('Your fit')),
    bars(result),
    verdictView(result, sources, on),
    h('p', { class: 'muted', 'data-testid': 'quiz-fit-meaning' }, fitMeaning(result, l10n)),
    h(
      'p',
      { class: 'muted', 'data-testid': 'quiz-weights-note' },
      l10n.t(
        "The weights behind these scores are Career Lens's own judgement, derived from the cited passages; the figures in the reasons are the sources'.",
      ),
    ),
    ...(stands
      ? [
          ...driverList(l10n.t('What raised {0}', top!.name), 'quiz-raised', result.raised, second!.name, sources),
          ...driverList(
            l10n.t('What favoured {0}', second!.name),
            'quiz-favoured',
            result.favouredRunnerUp,
            top!.name,
            sources,
          ),
        ]
      : []),
    startingPointView(result, sources),
    whatIf,
    h(
      'details',
      { 'data-testid': 'quiz-validity' },
      h('summary', {}, l10n.t('How this was checked')),
      h('p', {}, validityText(l10n)),
    ),
    h(
      'div',
      { class: 'toolbar' },
      stands
        ? button({
            id: 'quiz-plan',
            label: l10n.t('Plan towards {0}', top!.name),
            onClick: () => on.planTowards(top!.role),
          })
        : null,
      button({ id: 'quiz-retake', label: l10n.t('Retake the quiz'), appearance: 'secondary', onClick: on.retake }),
    ),
  );
}
