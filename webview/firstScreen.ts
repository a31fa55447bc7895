// A new panel's first screen, painted before the toolkit has loaded: the overview exactly as the
// page will show it, under look-alikes of the role pickers and the tab strip. The toolkit's
// modules, and registering and connecting its elements, were most of what the first paint cost
// over a plain page. comparisonPage.ts replaces all of it in one task once the toolkit is in.
// The look-alikes take no focus and have the controls' sizes, so nothing moves (the stand-in-host
// UI suite compares every box); only a click on a tab is kept, for the page to open on.
import type { Comparison } from '../src/core/views';
import { partsFor } from '../src/shared/comparisonParts';
import type { Tab, ToWebview } from '../src/shared/protocol';
import { TABS } from '../src/shared/protocolValues';
import { h, Sources } from './dom';
import { pairLabels, roleLabel, tabLabels } from './labels';
import { setBundle } from './l10n';
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
    setBundle(state.l10n);
    const name = (id: string) => state.roles.find((r) => r.id === id);
    const [a, b] = [name(state.pair[0]), name(state.pair[1])];
    if (!a || !b) return undefined;
    const labels = pairLabels();
    const picker = (label: string, value: string) => h('div', { class: 'field' }, h('span', { class: 'label' }, label), h('div', { class: 'look-alike select' }, value));
    const overview = overviewView(comparison, new Sources(comparison.sources));
    app.replaceChildren(
      h('header', { class: 'pair' },
        h('h1', { class: 'visually-hidden' }, labels.heading(a.name, b.name)),
        picker(labels.a, roleLabel(a)), h('button', { class: 'look-alike button', type: 'button', tabindex: '-1', 'aria-hidden': 'true' }, labels.swap), picker(labels.b, roleLabel(b))),
      lookAlikeTabs(onTab),
      h('div', { class: 'look-alike view' }, overview),
    );
    return overview;
  } catch {
    app.replaceChildren();
    return undefined;
  }
}

/**
 * The tab strip's look-alike. A click on it is not lost: the tab is marked at once, and the page
 * opens on it when it takes over (keyboard users reach the real tabs, which come in its place).
 */
function lookAlikeTabs(onTab: (tab: Tab) => void): HTMLElement {
  const strip = h('div', { class: 'look-alike tabs', 'aria-hidden': 'true' }, TABS.map((tab) => h('span', { class: tab === 'overview' ? 'active' : undefined, 'data-tab': tab }, tabLabels()[tab])));
  strip.addEventListener('click', (event) => {
    const tab = TABS.find((t) => t === (event.target as HTMLElement).dataset?.tab);
    if (!tab) return;
    for (const span of strip.children) span.classList.toggle('active', span === event.target);
    onTab(tab);
  });
  return strip;
}
