// The comparison page once its toolkit is loaded: the role pickers, the ten tabs, requests to the
// host and the checks. main.ts loads it, after painting a new panel's first screen without it.
import type { Comparison, PayRow } from '../src/core/results';
import { partsFor, type PartsFor } from '../src/shared/comparisonParts';
import type { Tab, ToHost, ToWebview } from '../src/shared/protocol';
import { isOneOf, TABS } from '../src/shared/protocolValues';
import { DEFAULT_PAY_CHOICE } from '../src/core/payChoices';
import { button, dropdown, progressRing, registerToolkit, settleToolkit, tabs } from './components/toolkit';
import { h, keepingFocus, Sources } from './dom';
import { overviewView } from './views/overview';
import { payView, type PayControls } from './views/pay';
import { skillsView } from './views/skills';
import { careerView, demandView, genaiView, sourcesView, toolsView } from './views/details';
import { freshSaved, type App, type Saved, type VsCodeApi } from './app';
import { PlanTab } from './planTab';
import { QuizTab } from './quizTab';
import { Requests } from './requests';
import { PartsOnPage, type PartsOf } from './partsOnPage';
import { listenForRoundTrips } from './roundTrips';
import * as l10n from '@vscode/l10n';
import type { FirstStateInPage } from './checks';
import { firstPaint } from './firstPaint';
import { pairLabels, roleLabel, tabLabels } from './labels';

/** Given by main.ts, which acquired it: a page may acquire it once. */
let vscode!: VsCodeApi;
const app = document.getElementById('app') as HTMLElement;

/** Validation (zod and the schemas), loaded after the first paint; see start(). */
let checks: typeof import('./checks') | undefined;
/** Messages from the host that arrived before checks.ts, and ours waiting to be checked and sent. */
const inbox: unknown[] = [];
const outbox: ToHost[] = [];

/** What an earlier life of this panel saved: validated by checks.ts before it is used. */
let restored: unknown;
const saved: Saved = freshSaved();
type State = Extract<ToWebview, { type: 'state' }>;
let state: State | undefined;
let payRows: PayRow[] | undefined;
let tabsEl: (HTMLElement & { activate(id: string): void }) | undefined;

const requests = new Requests((msg) => send(msg));
/** A failed request has already been shown by the 'error' message; nothing else to do. */
const settled = () => undefined;

const appApi: App = {
  saved,
  persist: () => persist(),
  send: (msg) => send(msg),
  request: (kind, params) => requests.request(kind, params),
  rerenderTab: (tab) => rerenderTab(tab),
  activateTab: (tab) => tabsEl?.activate(tab),
  pair: () => state?.pair,
};
/** The comparison of state.pair at state.dataVersion, as far as the page has it. */
const parts = new PartsOnPage((of, wanted) => requests.request('requestComparison', { roleA: of.pair[0], roleB: of.pair[1], parts: wanted }).then((r) => r.comparison));
const planTab = new PlanTab(appApi);
const quizTab = new QuizTab(appApi, (roleId) => planTab.towards(roleId));

function persist(): void {
  vscode.setState(saved);
}

function send(msg: ToHost): void {
  if (checks) vscode.postMessage(checks.checkOutgoing(msg));
  else outbox.push(msg);
}

function payKind(): PayControls['kind'] {
  return saved.payKind ?? state?.payKind ?? DEFAULT_PAY_CHOICE.kind;
}
function region(): PayControls['region'] {
  return saved.region ?? state?.region ?? DEFAULT_PAY_CHOICE.region;
}

/** Asks for what the tab lacks, then the rest; redraws what was waiting for it. */
function fetchParts(tab: Tab = saved.tab): void {
  if (!state) return;
  const shown = (of: PartsOf) => !!state && state.pair.join() === of.pair.join() && state.dataVersion === of.dataVersion;
  parts.fetch({ pair: state.pair, dataVersion: state.dataVersion }, tab, shown, (first) => {
    if (first) {
      render();
      if (saved.payKind || saved.region) requestPay();
    } else {
      for (const t of TABS) if (document.querySelector(`#view-${t} > .waiting`)) rerenderTab(t);
    }
    fetchParts();
  });
}

function requestPay(): void {
  if (!state) return;
  requests.request('requestPay', { roleA: state.pair[0], roleB: state.pair[1], kind: payKind(), region: region() }).then((reply) => {
    payRows = reply.rows;
    rerenderTab('pay');
  }, settled);
}

let headerEl: { key: string; el: HTMLElement } | undefined;

/** The role selectors. Kept while roles and pair are unchanged, so a re-render never closes an open dropdown. */
function header(): HTMLElement {
  const s = state!;
  const key = JSON.stringify([s.roles, s.pair]);
  if (headerEl?.key === key) return headerEl.el;
  const options = s.roles.map((r) => ({ value: r.id, label: roleLabel(r) }));
  const labels = pairLabels();
  // Choosing the role already on the other side swaps the two: a role is never compared with itself.
  const pick = (side: 0 | 1) => (value: string | null) => {
    if (value === null) return;
    const pair: [string, string] = [...s.pair];
    if (pair[1 - side] === value) pair[1 - side] = pair[side];
    pair[side] = value;
    send({ type: 'selectRoles', roleA: pair[0], roleB: pair[1] });
  };
  const name = (id: string) => s.roles.find((r) => r.id === id)?.name ?? id;
  const el = h('header', { class: 'pair' },
    // The page's one heading, for screen readers: the selectors below say the same visually.
    h('h1', { class: 'visually-hidden' }, labels.heading(name(s.pair[0]), name(s.pair[1]))),
    dropdown({ id: 'role-a', label: labels.a, value: s.pair[0], options, onChange: pick(0) }),
    button({ id: 'swap', label: labels.swap, ariaLabel: labels.swapName, appearance: 'secondary', onClick: () => send({ type: 'swapRoles' }) }),
    dropdown({ id: 'role-b', label: labels.b, value: s.pair[1], options, onChange: pick(1) }),
  );
  headerEl = { key, el };
  return el;
}

function payContent(c: PartsFor<'pay'>, sources: Sources): HTMLElement {
  return payView(c, payRows ?? c.pay, sources, {
    kind: payKind(), region: region(), view: saved.payView,
    onFilter: (kind, reg) => { saved.payKind = kind; saved.region = reg; persist(); requestPay(); },
    onView: (view) => { saved.payView = view; persist(); rerenderTab('pay'); },
  });
}

/** The first screen's overview, taken over once if the parts are still the ones it was drawn from. */
let firstOverview: { el: HTMLElement; from: unknown } | undefined;

/** A tab's view, or a placeholder that asks for the parts it lacks and is replaced when they come. */
function tabContent(tab: Tab): HTMLElement {
  const s = parts.sources();
  const view = (() => {
    switch (tab) {
      case 'overview': {
        const c = partsFor(parts.have, tab);
        const drawn = firstOverview?.from === parts.have ? firstOverview.el : undefined;
        firstOverview = undefined;
        return drawn ?? (c && overviewView(c, s));
      }
      case 'pay': { const c = partsFor(parts.have, tab); return c && payContent(c, s); }
      case 'skills': { const c = partsFor(parts.have, tab); return c && skillsView(c, s, (skillId) => send({ type: 'revealSkill', skillId })); }
      case 'tools': { const c = partsFor(parts.have, tab); return c && toolsView(c, s); }
      case 'career': { const c = partsFor(parts.have, tab); return c && careerView(c, s); }
      case 'demand': { const c = partsFor(parts.have, tab); return c && demandView(c, s); }
      case 'genai': { const c = partsFor(parts.have, tab); return c && genaiView(c, s, new Map(state?.roles.map((r) => [r.id, r.name]))); }
      case 'sources': { const c = partsFor(parts.have, tab); return c && sourcesView(c); }
      case 'quiz': return partsFor(parts.have, tab) && quizTab.content(s);
      case 'plan': return partsFor(parts.have, tab) && planTab.content(s);
    }
  })();
  if (view) return view;
  fetchParts(tab);
  return h('div', { class: 'loading waiting' }, progressRing(l10n.t('Loading the comparison')), ' ', l10n.t('Loading…'));
}

function rerenderTab(tab: Tab): void {
  const view = document.getElementById(`view-${tab}`);
  // A tab not shown yet has no content: it is built from the current data when it is shown.
  if (!view || !parts.have.roles || !view.hasChildNodes()) return;
  keepingFocus(() => view.replaceChildren(tabContent(tab)));
}

function render(): void {
  if (!state) return;
  const children: (HTMLElement | null)[] = [header()];
  if (state.warnings.length) {
    children.push(h('div', { class: 'banner', role: 'status' }, h('strong', {}, l10n.t('Some data packs were refused; the built-in data is in use.')), ' ', h('ul', {}, state.warnings.map((w) => h('li', {}, w)))));
  }
  if (!parts.have.roles) {
    children.push(h('div', { class: 'loading' }, progressRing(l10n.t('Loading the comparison')), ' ', l10n.t('Loading…')));
    keepingFocus(() => app.replaceChildren(...children.filter((c): c is HTMLElement => c !== null)));
    return;
  }
  const labels = tabLabels();
  tabsEl = tabs(labels.sections, TABS.map((tab) => ({ id: tab, label: labels[tab], content: () => tabContent(tab) })), saved.tab, (id) => {
    if (!isOneOf(TABS, id) || id === saved.tab) return;
    saved.scroll[saved.tab] = window.scrollY;
    saved.tab = id;
    persist();
    send({ type: 'tabChanged', tab: id });
    window.scrollTo(0, saved.scroll[id] ?? 0);
  });
  children.push(tabsEl);
  keepingFocus(() => app.replaceChildren(...children.filter((x): x is HTMLElement => x !== null)));
  requestAnimationFrame(() => window.scrollTo(0, saved.scroll[saved.tab] ?? 0));
}

function showError(message: string): void {
  app.querySelector('.error')?.remove();
  app.prepend(h('p', { class: 'error', role: 'alert' }, message));
}


function receive(data: unknown): void {
  const checked = checks!.checkMessage(data);
  if (!checked.ok) {
    console.warn(`Career Lens: ignored a malformed message: ${checked.reason}`);
    return;
  }
  const msg = checked.value;
  if (requests.receive(msg)) return;
  switch (msg.type) {
    case 'state': {
      // The answer to 'ready' after a first paint is usually the state the page already shows;
      // redrawing it would replace what the user may already be using.
      if (state && JSON.stringify(state) === JSON.stringify(msg)) break;
      const pairChanged = !state || state.pair.join() !== msg.pair.join();
      // New data (a pack applied or removed) can change any part, even for the same pair.
      const dataChanged = !state || state.dataVersion !== msg.dataVersion;
      const filterChanged = state && (state.payKind !== msg.payKind || state.region !== msg.region);
      state = msg;
      l10n.config({ contents: msg.l10n });
      if (pairChanged || dataChanged) {
        parts.forget(!!dataChanged);
        payRows = undefined;
        fetchParts();
      } else if (filterChanged) {
        requestPay();
      }
      render();
      break;
    }
    case 'focusTab':
      // Already shown: activating it again would pull focus back to its tab.
      if (msg.tab === saved.tab) break;
      saved.tab = msg.tab;
      persist();
      tabsEl?.activate(msg.tab);
      break;
    case 'error':
      showError(msg.message);
      break;
    case 'profileChanged':
      planTab.refresh();
      break;
  }
}

// Scrolling fires many events a second; the position is saved at most every 250 ms.
let scrollSave: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  saved.scroll[saved.tab] = window.scrollY;
  scrollSave ??= setTimeout(() => { scrollSave = undefined; persist(); }, 250);
}, { passive: true });

/**
 * Zod and the schemas are most of this script: evaluating them before the first paint cost more
 * than building the page. So a panel opened afresh paints the first state the host put into the
 * page, then loads checks.ts and validates it. That state is the host's own output, and it reaches
 * the page only as text (h() never parses markup), so a malformed one can at worst show for a
 * moment before it is refused with the reason. A restored panel, whose saved state could be
 * anything, is validated before anything is drawn from it.
 */
function start(first: FirstStateInPage | undefined, painted: boolean, clicked?: Tab): void {
  const load = () => void import('./checks').then((loaded) => checked(loaded, first));
  if (!first || restored !== undefined) {
    load();
    return;
  }
  const paint = () => {
    try {
      state = first.state as State;
      l10n.config({ contents: state.l10n });
      parts.have = first.comparison as Comparison;
      if (isOneOf(TABS, first.tab)) saved.tab = first.tab;
      if (clicked && clicked !== saved.tab) {
        saved.tab = clicked;
        persist();
        send({ type: 'tabChanged', tab: clicked });
      }
      // render() keeps focus by id: a look-alike the keyboard reached hands it to the real control.
      render();
      settleToolkit();
    } catch {
      state = undefined;
      parts.have = {};
      app.replaceChildren();
    }
  };
  // After main.ts's first screen the page has been shown: it is replaced whole, nothing put off.
  if (painted) {
    paint();
    load();
  } else {
    firstPaint(paint, load);
  }
}

function checked(loaded: typeof import('./checks'), first: FirstStateInPage | undefined): void {
  checks = loaded;
  if (restored !== undefined) Object.assign(saved, loaded.Saved.parse(restored));
  persist();
  if (first) {
    const result = loaded.checkFirstState(first);
    if (result.ok) {
      const painted = !!state && !!parts.have.roles;
      state = result.value.state;
      parts.have = result.value.comparison;
      // A new panel opens on the tab it was asked for (start() did so if it painted, and the user
      // may have moved on since); a restored one keeps its own.
      if (result.value.tab && !painted && restored === undefined) saved.tab = result.value.tab;
      l10n.config({ contents: state.l10n });
      if (!painted || result.value.changed) render();
    } else {
      state = undefined;
      parts.have = {};
      app.replaceChildren();
      console.warn(`Career Lens: refused the page's first state: ${result.reason}`);
      showError(l10n.t('The comparison in the page was refused ({0}); asking Career Lens for it again.', result.reason));
    }
    if (state && (saved.payKind || saved.region)) requestPay();
  }
  for (const data of inbox.splice(0)) receive(data);
  send({ type: 'ready' });
  for (const msg of outbox.splice(0)) send(msg);
}

/** What main.ts hands over: the API it acquired, what the page saved and carries, and the messages from the host. */
export interface PageStart {
  vscode: VsCodeApi;
  restored: unknown;
  first: FirstStateInPage | undefined;
  /** The overview of the first screen main.ts painted (and the page has shown), drawn from `first`. */
  overview: HTMLElement | undefined;
  /** A tab clicked on that first screen: the page opens on it. */
  clicked?: Tab;
  /** Calls `receive` with every message from the host, those that came before this page loaded first. */
  listen(receive: (data: unknown) => void): void;
}

export function run(given: PageStart): void {
  vscode = given.vscode;
  restored = given.restored;
  given.listen((data) => {
    if (checks) receive(data);
    else inbox.push(data);
  });
  registerToolkit();
  listenForRoundTrips(appApi);
  if (given.overview && given.first) firstOverview = { el: given.overview, from: given.first.comparison };
  start(given.first, given.overview !== undefined, given.clicked);
}
