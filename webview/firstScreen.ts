// A new panel's first screen, painted before the toolkit has loaded: the overview exactly as the
// page will show it, under look-alikes of the role pickers, Swap and the tab strip. The toolkit's
// modules, and registering and connecting its elements, were most of what the first paint cost
// over a plain page. comparisonPage.ts replaces all of it in one task once the toolkit is in.
// The look-alikes have the controls' sizes, so nothing moves (the stand-in-host UI suite compares
// every box). They also have the controls' ids, names and Tab order, so a keyboard user who
// tabs in early stops where the real controls will be, and focus passes to the real control
// with the same id at the takeover. They act on nothing but the tab strip, whose choice (by
// click or arrow key) is kept for the page to open on. The overview is inert until then: its
// links and summaries join the Tab order with the real tabs before them.
import type { Comparison } from '../src/core/results';
import { partsFor } from '../src/shared/comparisonParts';
import type { Tab, ToWebview } from '../src/shared/protocol';
import { TABS } from '../src/shared/protocolValues';
import { h, Sources } from './dom';
import { pairLabels, roleLabel, tabLabels } from './labels';
import * as l10n from '@vscode/l10n';
import { overviewView } from './views/overview';

type State = Extract<ToWebview, { type: 'state' }>;

/**
 * Draws the first screen into `app` and returns its overview, which the page takes over as it is
 * (comparisonPage.ts); or draws nothing (undefined) when this state is not one it can draw as the
 * page will: another tab than the overview, a banner of refused packs, or parts missing. The
 * state is the host's own and not yet checked, so anything unexpected draws nothing.
 */
export function paintFirstScreen(app: HTMLElement, first: { state?: unknown; comparison?: unknown; tab?: unknown }, onTab: (tab: Tab) => void): HTMLElement | undefined {
  try {
    const state = first.state as State;
    const comparison = partsFor(first.comparison as Partial<Comparison>, 'overview');
    if ((first.tab !== undefined && first.tab !== 'overview') || state.warnings.length || !comparison) return undefined;
    l10n.config({ contents: state.l10n });
    const name = (id: string) => state.roles.find((r) => r.id === id);
    const [a, b] = [name(state.pair[0]), name(state.pair[1])];
    if (!a || !b) return undefined;
    const labels = pairLabels();
    // Named as the real picker is (by its visible label); unavailable until the real one comes.
    const picker = (id: string, label: string, value: string) => h('div', { class: 'field' },
      h('label', { id: `${id}-label` }, label),
      h('div', { class: 'look-alike select', id, tabindex: '0', role: 'combobox', 'aria-expanded': 'false', 'aria-disabled': 'true', 'aria-labelledby': `${id}-label` }, value));
    const overview = overviewView(comparison, new Sources(comparison.sources));
    app.replaceChildren(
      h('header', { class: 'pair' },
        h('h1', { class: 'visually-hidden' }, labels.heading(a.name, b.name)),
        picker('role-a', labels.a, roleLabel(a)),
        h('button', { class: 'look-alike button', id: 'swap', type: 'button', 'aria-disabled': 'true', 'aria-label': labels.swapName }, labels.swap),
        picker('role-b', labels.b, roleLabel(b))),
      lookAlikeTabs(onTab),
      h('div', { class: 'look-alike view', inert: '' }, overview),
    );
    return overview;
  } catch {
    app.replaceChildren();
    return undefined;
  }
}

/**
 * The tab strip's look-alike, a tab list as the real one is: the chosen tab is the one stop in
 * the Tab order, and a click or the arrow keys, Home and End choose another. The choice is not
 * lost: it is marked at once, and the page opens on it when it takes over.
 */
function lookAlikeTabs(onTab: (tab: Tab) => void): HTMLElement {
  const labels = tabLabels();
  const strip = h('div', { class: 'look-alike tabs', role: 'tablist', 'aria-label': labels.sections },
    TABS.map((tab) => h('span', { id: `tab-${tab}`, role: 'tab', 'data-tab': tab, 'aria-selected': 'false', tabindex: '-1' }, labels[tab])));
  const choose = (tab: Tab, focus: boolean) => {
    for (const span of strip.children) {
      const chosen = (span as HTMLElement).dataset.tab === tab;
      span.classList.toggle('active', chosen);
      span.setAttribute('aria-selected', String(chosen));
      span.setAttribute('tabindex', chosen ? '0' : '-1');
      if (chosen && focus) (span as HTMLElement).focus();
    }
  };
  choose('overview', false);
  strip.addEventListener('click', (event) => {
    const tab = TABS.find((t) => t === (event.target as HTMLElement).dataset?.tab);
    if (!tab) return;
    choose(tab, false);
    onTab(tab);
  });
  strip.addEventListener('keydown', (event) => {
    const at = TABS.findIndex((t) => t === (event.target as HTMLElement).dataset?.tab);
    const to = ({ ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 } as Record<string, number | undefined>)[event.key];
    if (at < 0 || to === undefined) return;
    event.preventDefault();
    const tab = TABS[(to + TABS.length) % TABS.length] as Tab;
    choose(tab, true);
    onTab(tab);
  });
  return strip;
}
