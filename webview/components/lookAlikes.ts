// Look-alikes of the toolkit's controls (toolkit.ts), for a new panel's first screen, painted
// before the toolkit has loaded (webview/paint.ts): the toolkit's modules, and registering and
// connecting its elements, were most of what a first paint cost over a plain page. They live
// here, beside the wrappers they imitate and the sizes they copy (toolkit.css), so a move off
// the toolkit changes this folder alone. Each takes the same options as its real wrapper.
//
// They have the controls' sizes, so nothing moves at the takeover (the stand-in-host UI suite
// compares every box), and their ids, names and Tab order, so a keyboard user who tabs in early
// stops where the real controls will be, and focus passes to the real control with the same id
// at the takeover (keepingFocus in dom.ts). They act on nothing but the tab strip, whose choice
// (by click or arrow key) is kept for the page to open on.
import type { ButtonOptions, DropdownOptions, TabSpec } from './toolkit';

function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** dropdown()'s look-alike: named as the real one is (by its visible label); unavailable until it comes. */
export function dropdownLookAlike(o: DropdownOptions): HTMLElement {
  const value = o.options.find((opt) => opt.value === o.value)?.label ?? '';
  return el(
    'div',
    { class: 'field' },
    el('label', { id: `${o.id}-label` }, o.label),
    el(
      'div',
      {
        class: 'look-alike select',
        id: o.id,
        tabindex: '0',
        role: 'combobox',
        'aria-expanded': 'false',
        'aria-disabled': 'true',
        'aria-labelledby': `${o.id}-label`,
      },
      value,
    ),
  );
}

/** button()'s look-alike: a real <button>, as inside the toolkit's, for the same text metrics. */
export function buttonLookAlike(o: ButtonOptions): HTMLElement {
  const attrs: Record<string, string> = { class: 'look-alike button', type: 'button', 'aria-disabled': 'true' };
  if (o.id) attrs.id = o.id;
  if (o.ariaLabel) attrs['aria-label'] = o.ariaLabel;
  return el('button', attrs, o.label);
}

/**
 * tabs()'s look-alike, a tab list as the real one is: the chosen tab is the one stop in the Tab
 * order, and a click or the arrow keys, Home and End choose another. The choice is marked at
 * once and handed to `onChange`, so the page opens on it. The active tab's content is shown
 * inert: its links and summaries join the Tab order with the real tabs before them.
 */
export function tabsLookAlike(
  label: string,
  specs: TabSpec[],
  active: string,
  onChange: (id: string) => void,
): HTMLElement {
  const ids = specs.map((s) => s.id);
  const strip = el(
    'div',
    { class: 'look-alike tabs', role: 'tablist', 'aria-label': label },
    ...specs.map((s) =>
      el(
        'span',
        { id: `tab-${s.id}`, role: 'tab', 'data-tab': s.id, 'aria-selected': 'false', tabindex: '-1' },
        s.label,
      ),
    ),
  );
  const choose = (id: string, focus: boolean) => {
    for (const span of strip.children) {
      const chosen = (span as HTMLElement).dataset.tab === id;
      span.classList.toggle('active', chosen);
      span.setAttribute('aria-selected', String(chosen));
      span.setAttribute('tabindex', chosen ? '0' : '-1');
      if (chosen && focus) (span as HTMLElement).focus();
    }
  };
  choose(active, false);
  strip.addEventListener('click', (event) => {
    const id = (event.target as HTMLElement).dataset?.tab;
    if (!id || !ids.includes(id)) return;
    choose(id, false);
    onChange(id);
  });
  strip.addEventListener('keydown', (event) => {
    const at = ids.indexOf((event.target as HTMLElement).dataset?.tab ?? '');
    const to = (
      { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: ids.length - 1 } as Record<string, number | undefined>
    )[event.key];
    if (at < 0 || to === undefined) return;
    event.preventDefault();
    const id = ids[(to + ids.length) % ids.length]!;
    choose(id, true);
    onChange(id);
  });
  const content = specs.find((s) => s.id === active)?.content();
  const view = el('div', { class: 'look-alike view', inert: '' });
  if (content) view.append(content);
  return el('div', { class: 'look-alike-panels' }, strip, view);
}
