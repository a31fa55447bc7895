import type { GapItem, Mark } from '../../src/core/profile';
import type { ToWebview } from '../../src/shared/protocol';
import { button, dropdown } from '../components/toolkit';
import { h, noData, type Sources } from '../dom';
import * as l10n from '@vscode/l10n';
import { markChoices, monthsText } from '../../src/core/format';

type Plan = Extract<ToWebview, { type: 'plan' }>;

export interface PlanHandlers {
  setPlan(current: string | null, target: string): void;
  mark(skillId: string, mark: Mark | null): void;
  exportReport(): void;
}

function markControl(item: GapItem, on: PlanHandlers): HTMLElement {
  return h(
    'div',
    { class: 'marks', role: 'radiogroup', 'aria-label': l10n.t('Your level in {0}', item.skill.name) },
    markChoices(l10n).map(([mark, label]) => {
      const input = h('input', {
        type: 'radio',
        name: `mark-${item.skill.id}`,
        value: mark,
        id: `mark-${item.skill.id}-${mark}`,
      });
      input.checked = item.mark === mark;
      input.addEventListener('change', () => on.mark(item.skill.id, mark));
      return h('label', { for: input.id }, input, label);
    }),
  );
}

function skillRow(item: GapItem, sources: Sources, on: PlanHandlers): HTMLElement {
  const graded = item.depths.filter((x) => x.term);
  return h(
    'li',
    { 'data-skill': item.skill.id },
    h(
      'div',
      { class: 'skill-line' },
      h('strong', {}, item.skill.name),
      h('span', { class: 'muted' }, ` · ${l10n.t('weight {0}%', Math.round(item.weight * 100))}`),
    ),
    h(
      'div',
      { class: 'muted' },
      graded.length
        ? graded.map((x) => h('span', {}, `${x.term} `, sources.chip(x.source), ' '))
        : l10n.t('Named by the sources without a depth'),
    ),
    markControl(item, on),
  );
}

export function planView(plan: Plan, sources: Sources, on: PlanHandlers): HTMLElement {
  const none = l10n.t('(not set)');
  const controls = h(
    'div',
    { class: 'toolbar' },
    dropdown({
      id: 'plan-current',
      label: l10n.t('Where I am now'),
      value: plan.current,
      options: [{ value: null, label: none }, ...plan.currentChoices.map((c) => ({ value: c.id, label: c.name }))],
      onChange: (v) => {
        if (plan.target) on.setPlan(v, plan.target);
      },
    }),
    dropdown({
      id: 'plan-target',
      label: l10n.t('Where I want to go'),
      value: plan.target,
      options: [{ value: null, label: none }, ...plan.targetChoices.map((c) => ({ value: c.id, label: c.name }))],
      onChange: (v) => {
        if (v !== null) on.setPlan(plan.current, v);
      },
    }),
    button({ id: 'plan-export', label: l10n.t('Export plan…'), appearance: 'secondary', onClick: on.exportReport }),
  );
  const gap = plan.gap;
  if (!gap)
    return h(
      'div',
      {},
      controls,
      h('p', {}, l10n.t('Choose the role you want to move towards to see your gap and a plan.')),
    );
  const fill = h('span', { class: 'fill' });
  fill.style.width = `${Math.round(gap.coverage * 100)}%`;
  const time = !gap.current
    ? h('p', { class: 'muted' }, l10n.t('Choose where you are now to see how long each source says the move takes.'))
    : gap.time.length === 0
      ? noData(l10n.t('No source gives a duration for {0} → {1}.', gap.current.name, gap.target.name))
      : h(
          'ul',
          { class: 'cited', 'data-testid': 'plan-time' },
          gap.time.map((tr) =>
            h(
              'li',
              {},
              h('strong', {}, monthsText(tr, l10n)),
              ' ',
              sources.chip(tr.source),
              tr.gaps.length ? h('div', { class: 'muted' }, l10n.t('Gaps named: {0}', tr.gaps.join(', '))) : null,
            ),
          ),
        );
  return h(
    'div',
    { class: 'plan' },
    controls,
    h(
      'section',
      { class: 'coverage' },
      h('h2', {}, l10n.t('Towards {0}', gap.target.name)),
      h(
        'div',
        { class: 'big', 'data-testid': 'plan-coverage' },
        l10n.t('{0}% covered', Math.round(gap.coverage * 100)),
      ),
      h('span', { class: 'track wide', 'aria-hidden': 'true' }, fill),
      h(
        'p',
        { class: 'muted' },
        l10n.t(
          'Each skill counts by how deep the sources say the target role needs it; skills you are learning count half.',
        ),
      ),
    ),
    h(
      'section',
      {},
      h('h2', {}, gap.current ? l10n.t('{0} → {1}: how long', gap.current.name, gap.target.name) : l10n.t('How long')),
      time,
      gap.time.length > 1
        ? h('p', { class: 'muted' }, l10n.t('The sources disagree; each estimate is shown rather than an average.'))
        : null,
    ),
    h(
      'section',
      {},
      h('h2', {}, l10n.t('To learn ({0})', gap.missing.length)),
      gap.missing.length
        ? h(
            'ol',
            { class: 'gap-list', 'data-testid': 'plan-missing' },
            gap.missing.map((i) => skillRow(i, sources, on)),
          )
        : h('p', {}, l10n.t('Nothing left: you have every skill the sources name for this role.')),
    ),
    h(
      'section',
      {},
      h('h2', {}, l10n.t('Already transfers ({0})', gap.transfers.length)),
      gap.transfers.length
        ? h(
            'ul',
            { class: 'gap-list', 'data-testid': 'plan-transfers' },
            gap.transfers.map((i) => skillRow(i, sources, on)),
          )
        : noData(l10n.t('Mark the skills you have to see what carries over.')),
    ),
  );
}
