// The pair header, the one home of its markup: the page's one heading (for screen readers) and
// the two role pickers with Swap between them. The page draws it with the toolkit's controls
// (comparisonPage.ts), a new panel's first screen with their look-alikes (paint.ts).
import type { RoleSummary } from '../src/shared/protocol';
import type { ButtonOptions, DropdownOptions } from './components/toolkit';
import { h } from './dom';
import { pairLabels, roleLabel } from './labels';

/** The controls a header is drawn with: the toolkit's wrappers or their look-alikes. */
export interface HeaderControls {
  dropdown(o: DropdownOptions): HTMLElement;
  button(o: ButtonOptions): HTMLElement;
}

export interface HeaderActions {
  /** A new pair chosen; choosing the role already on the other side swaps the two. */
  select(pair: [string, string]): void;
  swap(): void;
}

export function pairHeader(
  s: { roles: RoleSummary[]; pair: [string, string] },
  controls: HeaderControls,
  on: HeaderActions,
): HTMLElement {
  const options = s.roles.map((r) => ({ value: r.id, label: roleLabel(r) }));
  const labels = pairLabels();
  // A role is never compared with itself: picking the other side's role swaps them.
  const pick = (side: 0 | 1) => (value: string | null) => {
    if (value === null) return;
    const pair: [string, string] = [...s.pair];
    if (pair[1 - side] === value) pair[1 - side] = pair[side];
    pair[side] = value;
    on.select(pair);
  };
  const name = (id: string) => s.roles.find((r) => r.id === id)?.name ?? id;
  return h(
    'header',
    { class: 'pair' },
    h('h1', { class: 'visually-hidden' }, labels.heading(name(s.pair[0]), name(s.pair[1]))),
    controls.dropdown({ id: 'role-a', label: labels.a, value: s.pair[0], options, onChange: pick(0) }),
    controls.button({
      id: 'swap',
      label: labels.swap,
      ariaLabel: labels.swapName,
      appearance: 'secondary',
      onClick: on.swap,
    }),
    controls.dropdown({ id: 'role-b', label: labels.b, value: s.pair[1], options, onChange: pick(1) }),
  );
}
