import type { GapItem, Mark } from '../../src/core/profile';
import type { ToWebview } from '../../src/shared/protocol';
import { button, dropdown } from '../components/toolkit';
import { h, noData, type Sources } from '../dom';

type Plan = Extract<ToWebview, { type: 'plan' }>;

export interface PlanHandlers {
  setPlan(current: string | null, target: string): void;
  mark(skillId: string, mark: Mark | null): void;
  exportReport(): void;
}

const MARK_LABELS: [Mark, string][] = [['have', 'Have'], ['learning', 'Learning'], ['not-yet', 'Not yet']];

function markControl(item: GapItem, on: PlanHandlers): HTMLElement {
  return h('div', { class: 'marks', role: 'radiogroup', 'aria-label': `Your level in ${item.skill.name}` }, MARK_LABELS.map(([mark, label]) => {
    const input = h('input', { type: 'radio', name: `mark-${item.skill.id}`, value: mark, id: `mark-${item.skill.id}-${mark}` });
    input.checked = item.mark === mark;
    input.addEventListener('change', () => on.mark(item.skill.id, mark));
    return h('label', { for: input.id }, input, label);
  }));
}

function skillRow(item: GapItem, sources: Sources, on: PlanHandlers): HTMLElement {
  const graded = item.depths.filter((x) => x.term);
  return h('li', { 'data-skill': item.skill.id },
    h('div', { class: 'skill-line' }, h('strong', {}, item.skill.name), h('span', { class: 'muted' }, ` · weight ${Math.round(item.weight * 100)}%`)),
    h('div', { class: 'muted' }, graded.length ? graded.map((x) => h('span', {}, `${x.term} `, sources.chip(x.source), ' ')) : 'Named by the sources without a depth'),
    markControl(item, on));
}

export function planView(plan: Plan, sources: Sources, on: PlanHandlers): HTMLElement {
  // The toolkit reads an option whose value is '' as valued by its text, so "not set" gets a sentinel.
  const NONE = 'not-set';
  const none = '(not set)';
  const controls = h('div', { class: 'toolbar' },
    dropdown({ id: 'plan-current', label: 'Where I am now', value: plan.current ?? NONE, options: [{ value: NONE, label: none }, ...plan.currentChoices.map((c) => ({ value: c.id, label: c.name }))], onChange: (v) => { if (plan.target) on.setPlan(v === NONE ? null : v, plan.target); } }),
    dropdown({ id: 'plan-target', label: 'Where I want to go', value: plan.target ?? NONE, options: [{ value: NONE, label: none }, ...plan.targetChoices.map((c) => ({ value: c.id, label: c.name }))], onChange: (v) => { if (v !== NONE) on.setPlan(plan.current, v); } }),
    button({ id: 'plan-export', label: 'Export plan…', appearance: 'secondary', onClick: on.exportReport }),
  );
  const gap = plan.gap;
  if (!gap) return h('div', {}, controls, h('p', {}, 'Choose the role you want to move towards to see your gap and a plan.'));
  const fill = h('span', { class: 'fill' });
  fill.style.width = `${Math.round(gap.coverage * 100)}%`;
  const time = !gap.current ? h('p', { class: 'muted' }, 'Choose where you are now to see how long each source says the move takes.')
    : gap.time.length === 0 ? noData(`No source gives a duration for ${gap.current.name} → ${gap.target.name}.`)
      : h('ul', { class: 'cited', 'data-testid': 'plan-time' }, gap.time.map((t) => h('li', {}, h('strong', {}, t.monthsMin === null ? 'No duration given' : `${t.monthsMin}–${t.monthsMax} months`), ' ', sources.chip(t.source),
        t.gaps.length ? h('div', { class: 'muted' }, `Gaps named: ${t.gaps.join(', ')}`) : null)));
  return h('div', { class: 'plan' }, controls,
    h('section', { class: 'coverage' }, h('h2', {}, `Towards ${gap.target.name}`),
      h('div', { class: 'big', 'data-testid': 'plan-coverage' }, `${Math.round(gap.coverage * 100)}% covered`),
      h('span', { class: 'track wide', 'aria-hidden': 'true' }, fill),
      h('p', { class: 'muted' }, 'Each skill counts by how deep the sources say the target role needs it; skills you are learning count half.')),
    h('section', {}, h('h2', {}, gap.current ? `${gap.current.name} → ${gap.target.name}: how long` : 'How long'), time,
      gap.time.length > 1 ? h('p', { class: 'muted' }, 'The sources disagree; each estimate is shown rather than an average.') : null),
    h('section', {}, h('h2', {}, `To learn (${gap.missing.length})`), gap.missing.length ? h('ol', { class: 'gap-list', 'data-testid': 'plan-missing' }, gap.missing.map((i) => skillRow(i, sources, on))) : h('p', {}, 'Nothing left: you have every skill the sources name for this role.')),
    h('section', {}, h('h2', {}, `Already transfers (${gap.transfers.length})`), gap.transfers.length ? h('ul', { class: 'gap-list', 'data-testid': 'plan-transfers' }, gap.transfers.map((i) => skillRow(i, sources, on))) : noData('Mark the skills you have to see what carries over.')),
  );
}
