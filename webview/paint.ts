// Phase 1 of the boot (boot.ts): a new panel's first screen, painted from the first state before
// the toolkit has loaded. The header and the tab strip are drawn with the look-alikes of the
// toolkit's controls (components/lookAlikes.ts); the overview exactly as the page will show it,
// which the page then takes over as it is (comparisonPage.ts).
import { partsFor } from '../src/shared/comparisonParts';
import type { Tab } from '../src/shared/protocol';
import { TABS } from '../src/shared/protocolValues';
import { buttonLookAlike, dropdownLookAlike, tabsLookAlike } from './components/lookAlikes';
import type { FirstInPage } from './boot';
import { Sources } from './dom';
import { pairHeader } from './header';
import { tabLabels } from './labels';
import * as l10n from '@vscode/l10n';
import { overviewView } from './views/overview';

/**
 * Draws the first screen into `app` and returns its overview; or draws nothing (undefined) when
 * this state is not one it can draw as the page will: another tab than the overview, a banner of
 * refused packs, or parts missing. The state is not checked yet (the handshake does that), so
 * anything unexpected draws nothing.
 */
export function paintFirstScreen(
  app: HTMLElement,
  first: FirstInPage,
  onTab: (tab: Tab) => void,
): HTMLElement | undefined {
  try {
    const { state } = first;
    const comparison = partsFor(first.comparison, 'overview');
    if ((first.tab !== undefined && first.tab !== 'overview') || state.warnings.length || !comparison) return undefined;
    if (!state.pair.every((id) => state.roles.some((r) => r.id === id))) return undefined;
    l10n.config({ contents: state.l10n });
    const overview = overviewView(comparison, new Sources(comparison.sources));
    const labels = tabLabels();
    const nothing = () => undefined;
    app.replaceChildren(
      pairHeader(state, { dropdown: dropdownLookAlike, button: buttonLookAlike }, { select: nothing, swap: nothing }),
      tabsLookAlike(
        labels.sections,
        TABS.map((tab) => ({ id: tab, label: labels[tab], content: () => overview })),
        'overview',
        (id) => {
          const tab = TABS.find((t) => t === id);
          if (tab) onTab(tab);
        },
      ),
    );
    return overview;
  } catch {
    app.replaceChildren();
    return undefined;
  }
}
