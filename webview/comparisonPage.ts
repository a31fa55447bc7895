// The comparison page with its toolkit (dist/webview-page.js, loaded by boot.ts in its phase 2).
// It only renders: it owns the state the host last sent, the pair header with the real controls,
// the ten tabs and which view each draws. The tabs with controllers of their own are payTab.ts,
// quizTab.ts and planTab.ts; the comparison's parts are partsOnPage.ts's. Start-up, the
// messages in and out, the requests and the checks are the boot's.
import type { Comparison } from '../src/core/results';
import { partsFor } from '../src/shared/comparisonParts';
import type { Tab, ToWebview } from '../src/shared/protocol';
import { isOneOf, TABS } from '../src/shared/protocolValues';
import { button, dropdown, progressRing, registerToolkit, settleToolkit, tabs } from './components/toolkit';
import { h, keepingFocus } from './dom';
import { overviewView } from './views/overview';
import { skillsView } from './views/skills';
import { careerView, demandView, genaiView, sourcesView, toolsView } from './views/details';
import type { App } from './app';
import type { Boot, Mount, Page, State } from './boot';
import type { Checked, FirstState } from './checks';
import { pairHeader } from './header';
import { PayTab } from './payTab';
import { PlanTab } from './planTab';
import { QuizTab } from './quizTab';
import { PartsOnPage, type PartsOf } from './partsOnPage';
import { listenForRoundTrips } from './roundTrips';
import * as l10n from '@vscode/l10n';
import { tabLabels } from './labels';

const mark = (name: string) => performance.mark(`career-lens:${name}`);

export function mount(boot: Boot, what: Mount): Page {
  mark('page-evaluated');
  registerToolkit();
  mark('toolkit-registered');
  const page = new ComparisonPage(boot);
  listenForRoundTrips(page.app);
  page.mount(what);
  return page;
}

class ComparisonPage implements Page {
  private readonly root = document.getElementById('app') as HTMLElement;
  private state: State | undefined;
  private tabsEl: (HTMLElement & { activate(id: string): void }) | undefined;
  private headerEl: { key: string; el: HTMLElement } | undefined;
  /** The first screen's overview, taken over once if the parts are still the ones it was drawn from. */
  private firstOverview: { el: HTMLElement; from: unknown } | undefined;
  /** The comparison of state.pair at state.dataVersion, as far as the page has it. */
  private readonly parts: PartsOnPage;
  readonly app: App;
  private readonly payTab: PayTab;
  private readonly planTab: PlanTab;
  private readonly quizTab: QuizTab;

  constructor(private readonly boot: Boot) {
    // Its own requests, never superseded: a tab's ask and the background fetch both count.
    this.parts = new PartsOnPage((of, wanted) =>
      boot
        .request('requestComparison', { roleA: of.pair[0], roleB: of.pair[1], parts: wanted }, { lane: null })
        .then((r) => r.comparison),
    );
    this.app = {
      saved: boot.saved,
      persist: () => boot.persist(),
      send: (msg) => boot.send(msg),
      request: (kind, params, opts) => boot.request(kind, params, opts),
      rerenderTab: (tab) => this.rerenderTab(tab),
      activateTab: (tab) => this.tabsEl?.activate(tab),
      pair: () => this.state?.pair,
    };
    this.payTab = new PayTab(this.app, () => this.state);
    this.planTab = new PlanTab(this.app);
    this.quizTab = new QuizTab(this.app, (roleId) => this.planTab.towards(roleId));
    // Scrolling fires many events a second; the position is saved at most every 250 ms.
    let scrollSave: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener(
      'scroll',
      () => {
        boot.saved.scroll[boot.saved.tab] = window.scrollY;
        scrollSave ??= setTimeout(() => {
          scrollSave = undefined;
          boot.persist();
        }, 250);
      },
      { passive: true },
    );
  }

  private get saved() {
    return this.boot.saved;
  }

  /** Phase 2: draws the first state (unchecked; the handshake checks it), taking over what phase 1 painted. */
  mount({ first, overview, clicked }: Mount): void {
    if (!first) return;
    if (overview) this.firstOverview = { el: overview, from: first.comparison };
    try {
      this.state = first.state;
      l10n.config({ contents: first.state.l10n });
      this.parts.have = first.comparison;
      if (isOneOf(TABS, first.tab)) this.saved.tab = first.tab;
      if (clicked && clicked !== this.saved.tab) {
        this.saved.tab = clicked;
        this.boot.persist();
        this.boot.send({ type: 'tabChanged', tab: clicked });
      }
      // render() keeps focus by id: a look-alike the keyboard reached hands it to the real control.
      this.render();
      settleToolkit();
    } catch {
      this.state = undefined;
      this.parts.have = {};
      this.root.replaceChildren();
    }
  }

  firstChecked(result: Checked<FirstState>): void {
    if (result.ok) {
      const painted = !!this.state && !!this.parts.have.roles;
      this.state = result.value.state;
      this.parts.have = result.value.comparison;
      // A new panel opens on the tab it was asked for (mount() did so if it drew, and the user may
      // have moved on since); a restored one keeps its own.
      if (result.value.tab && !painted && !this.boot.restored) this.saved.tab = result.value.tab;
      l10n.config({ contents: this.state.l10n });
      if (!painted || result.value.changed) this.render();
    } else {
      this.state = undefined;
      this.parts.have = {};
      this.root.replaceChildren();
      console.warn(`Career Lens: refused the page's first state: ${result.reason}`);
      this.showError(
        l10n.t('The comparison in the page was refused ({0}); asking Career Lens for it again.', result.reason),
      );
    }
    if (this.state && this.payTab.ownFilter) this.payTab.refresh();
  }

  receive(msg: ToWebview): void {
    switch (msg.type) {
      case 'state': {
        // The answer to 'ready' after a first paint is usually the state the page already shows;
        // redrawing it would replace what the user may already be using.
        if (this.state && JSON.stringify(this.state) === JSON.stringify(msg)) break;
        const before = this.state;
        const pairChanged = !before || before.pair.join() !== msg.pair.join();
        // New data (a pack applied or removed) can change any part, even for the same pair.
        const dataChanged = !before || before.dataVersion !== msg.dataVersion;
        const filterChanged = before && (before.payKind !== msg.payKind || before.region !== msg.region);
        this.state = msg;
        l10n.config({ contents: msg.l10n });
        if (pairChanged || dataChanged) {
          this.parts.forget(dataChanged);
          this.payTab.forget();
          this.fetchParts();
        } else if (filterChanged) {
          this.payTab.refresh();
        }
        this.render();
        break;
      }
      case 'focusTab':
        // Already shown: activating it again would pull focus back to its tab.
        if (msg.tab === this.saved.tab) break;
        this.saved.tab = msg.tab;
        this.boot.persist();
        this.tabsEl?.activate(msg.tab);
        break;
      case 'error':
        this.showError(msg.message);
        break;
      case 'profileChanged':
        this.planTab.refresh();
        break;
    }
  }

  /** Asks for what the tab lacks, then the rest; redraws what was waiting for it. */
  private fetchParts(tab: Tab = this.saved.tab): void {
    const s = this.state;
    if (!s) return;
    const shown = (of: PartsOf) =>
      !!this.state && this.state.pair.join() === of.pair.join() && this.state.dataVersion === of.dataVersion;
    this.parts.fetch({ pair: s.pair, dataVersion: s.dataVersion }, tab, shown, (first) => {
      if (first) {
        this.render();
        if (this.payTab.ownFilter) this.payTab.refresh();
      } else {
        for (const t of TABS) if (document.querySelector(`#view-${t} > .waiting`)) this.rerenderTab(t);
      }
      this.fetchParts();
    });
  }

  /** The role pickers. Kept while roles and pair are unchanged, so a re-render never closes an open dropdown. */
  private header(): HTMLElement {
    const s = this.state!;
    const key = JSON.stringify([s.roles, s.pair]);
    if (this.headerEl?.key === key) return this.headerEl.el;
    const el = pairHeader(
      s,
      { dropdown, button },
      {
        select: (pair) => this.boot.send({ type: 'selectRoles', roleA: pair[0], roleB: pair[1] }),
        swap: () => this.boot.send({ type: 'swapRoles' }),
      },
    );
    this.headerEl = { key, el };
    return el;
  }

  /** A tab's view, or a placeholder that asks for the parts it lacks and is replaced when they come. */
  private tabContent(tab: Tab): HTMLElement {
    const s = this.parts.sources();
    const have: Partial<Comparison> = this.parts.have;
    const view = (() => {
      switch (tab) {
        case 'overview': {
          const c = partsFor(have, tab);
          const drawn = this.firstOverview?.from === have ? this.firstOverview.el : undefined;
          this.firstOverview = undefined;
          return drawn ?? (c && overviewView(c, s));
        }
        case 'pay': {
          const c = partsFor(have, tab);
          return c && this.payTab.content(c, s);
        }
        case 'skills': {
          const c = partsFor(have, tab);
          return c && skillsView(c, s, (skillId) => this.boot.send({ type: 'revealSkill', skillId }));
        }
        case 'tools': {
          const c = partsFor(have, tab);
          return c && toolsView(c, s);
        }
        case 'career': {
          const c = partsFor(have, tab);
          return c && careerView(c, s);
        }
        case 'demand': {
          const c = partsFor(have, tab);
          return c && demandView(c, s);
        }
        case 'genai': {
          const c = partsFor(have, tab);
          return c && genaiView(c, s, new Map(this.state?.roles.map((r) => [r.id, r.name])));
        }
        case 'sources': {
          const c = partsFor(have, tab);
          return c && sourcesView(c);
        }
        case 'quiz':
          return partsFor(have, tab) && this.quizTab.content(s);
        case 'plan':
          return partsFor(have, tab) && this.planTab.content(s);
      }
    })();
    if (view) return view;
    this.fetchParts(tab);
    return h(
      'div',
      { class: 'loading waiting' },
      progressRing(l10n.t('Loading the comparison')),
      ' ',
      l10n.t('Loading…'),
    );
  }

  private rerenderTab(tab: Tab): void {
    const view = document.getElementById(`view-${tab}`);
    // A tab not shown yet has no content: it is built from the current data when it is shown.
    if (!view || !this.parts.have.roles || !view.hasChildNodes()) return;
    keepingFocus(() => view.replaceChildren(this.tabContent(tab)));
  }

  private render(): void {
    if (!this.state) return;
    const children: HTMLElement[] = [this.header()];
    if (this.state.warnings.length) {
      children.push(
        h(
          'div',
          { class: 'banner', role: 'status' },
          h('strong', {}, l10n.t('Some data packs were refused; the built-in data is in use.')),
          ' ',
          h(
            'ul',
            {},
            this.state.warnings.map((w) => h('li', {}, w)),
          ),
        ),
      );
    }
    if (!this.parts.have.roles) {
      children.push(
        h('div', { class: 'loading' }, progressRing(l10n.t('Loading the comparison')), ' ', l10n.t('Loading…')),
      );
      keepingFocus(() => this.root.replaceChildren(...children));
      return;
    }
    const labels = tabLabels();
    this.tabsEl = tabs(
      labels.sections,
      TABS.map((tab) => ({ id: tab, label: labels[tab], content: () => this.tabContent(tab) })),
      this.saved.tab,
      (id) => {
        if (!isOneOf(TABS, id) || id === this.saved.tab) return;
        this.saved.scroll[this.saved.tab] = window.scrollY;
        this.saved.tab = id;
        this.boot.persist();
        this.boot.send({ type: 'tabChanged', tab: id });
        window.scrollTo(0, this.saved.scroll[id] ?? 0);
      },
    );
    children.push(this.tabsEl);
    keepingFocus(() => this.root.replaceChildren(...children));
    requestAnimationFrame(() => window.scrollTo(0, this.saved.scroll[this.saved.tab] ?? 0));
  }

  private showError(message: string): void {
    this.root.querySelector('.error')?.remove();
    this.root.prepend(h('p', { class: 'error', role: 'alert' }, message));
  }
}
