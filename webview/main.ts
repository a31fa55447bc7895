import type { Comparison, PayRow } from '../src/core/views';
import { Tab, TABS, ToHost, ToWebview, describeIssues } from '../src/shared/protocol';
import { button, dropdown, progressRing, registerToolkit, tabs } from './components/toolkit';
import { h, keepingFocus, Sources } from './dom';
import { overviewView } from './views/overview';
import { payView, type PayControls } from './views/pay';
import { skillsView } from './views/skills';
import { careerView, demandView, genaiView, sourcesView, toolsView } from './views/details';
import { Saved, type App } from './app';
import { PlanTab } from './planTab';
import { QuizTab } from './quizTab';
import { Requests } from './requests';
import { listenForRoundTrips } from './roundTrips';
import './style.css';
import { setBundle, t } from './l10n';

interface VsCodeApi {
  postMessage(msg: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

const TAB_LABELS = (): Record<Tab, string> => ({
  overview: t('Overview'), pay: t('Pay'), skills: t('Skills'), tools: t('Tools'), career: t('Career'), demand: t('Demand'), genai: t('GenAI'), sources: t('Sources'),
  quiz: t('Fit Quiz'), plan: t('My Plan'),
});

const saved: Saved = Saved.parse(vscode.getState() ?? {});
let state: Extract<ToWebview, { type: 'state' }> | undefined;
let comparison: Comparison | undefined;
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
const planTab = new PlanTab(appApi);
const quizTab = new QuizTab(appApi, (roleId) => planTab.towards(roleId));

function persist(): void {
  vscode.setState(saved);
}

function send(msg: ToHost): void {
  vscode.postMessage(ToHost.parse(msg));
}

function payKind(): PayControls['kind'] {
  return saved.payKind ?? state?.payKind ?? 'total';
}
function region(): PayControls['region'] {
  return saved.region ?? state?.region ?? 'us';
}

function requestComparison(): void {
  if (!state) return;
  requests.request('requestComparison', { roleA: state.pair[0], roleB: state.pair[1] }).then((reply) => {
    comparison = reply.comparison;
    render();
    if (saved.payKind || saved.region) requestPay();
  }, settled);
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
  const options = s.roles.map((r) => ({ value: r.id, label: r.kind === 'hybrid' ? t('{0} (hybrid)', r.name) : r.name }));
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
    h('h1', { class: 'visually-hidden' }, t('{0} compared with {1}', name(s.pair[0]), name(s.pair[1]))),
    dropdown({ id: 'role-a', label: t('Compare'), value: s.pair[0], options, onChange: pick(0) }),
    button({ id: 'swap', label: `⇄ ${t('Swap')}`, ariaLabel: t('Swap the two roles'), appearance: 'secondary', onClick: () => send({ type: 'swapRoles' }) }),
    dropdown({ id: 'role-b', label: t('with'), value: s.pair[1], options, onChange: pick(1) }),
  );
  headerEl = { key, el };
  return el;
}

function payContent(c: Comparison, sources: Sources): HTMLElement {
  return payView(c, payRows ?? c.pay, sources, {
    kind: payKind(), region: region(), view: saved.payView,
    onFilter: (kind, reg) => { saved.payKind = kind; saved.region = reg; persist(); requestPay(); },
    onView: (view) => { saved.payView = view; persist(); rerenderTab('pay'); },
  });
}

function tabContent(tab: Tab, c: Comparison, sources: Sources): HTMLElement {
  switch (tab) {
    case 'overview': return overviewView(c, sources);
    case 'pay': return payContent(c, sources);
    case 'skills': return skillsView(c, sources, (skillId) => send({ type: 'revealSkill', skillId }));
    case 'tools': return toolsView(c, sources);
    case 'career': return careerView(c, sources);
    case 'demand': return demandView(c, sources);
    case 'genai': return genaiView(c, sources, new Map(state?.roles.map((r) => [r.id, r.name])));
    case 'sources': return sourcesView(c);
    case 'quiz': return quizTab.content(sources);
    case 'plan': return planTab.content(sources);
  }
}

function rerenderTab(tab: Tab): void {
  const view = document.getElementById(`view-${tab}`);
  // A tab not shown yet has no content: it is built from the current data when it is shown.
  if (!view || !comparison || !view.hasChildNodes()) return;
  const c = comparison;
  keepingFocus(() => view.replaceChildren(tabContent(tab, c, new Sources(c.sources))));
}

function render(): void {
  if (!state) return;
  const children: (HTMLElement | null)[] = [header()];
  if (state.warnings.length) {
    children.push(h('div', { class: 'banner', role: 'status' }, h('strong', {}, t('Some data packs were refused; the built-in data is in use.')), ' ', h('ul', {}, state.warnings.map((w) => h('li', {}, w)))));
  }
  if (!comparison) {
    children.push(h('div', { class: 'loading' }, progressRing(t('Loading the comparison')), ' ', t('Loading…')));
    keepingFocus(() => app.replaceChildren(...children.filter((c): c is HTMLElement => c !== null)));
    return;
  }
  const c = comparison;
  const sources = new Sources(c.sources);
  tabsEl = tabs(TABS.map((tab) => ({ id: tab, label: TAB_LABELS()[tab], content: () => tabContent(tab, c, sources) })), saved.tab, (id) => {
    const tab = Tab.safeParse(id);
    if (!tab.success || tab.data === saved.tab) return;
    saved.scroll[saved.tab] = window.scrollY;
    saved.tab = tab.data;
    persist();
    send({ type: 'tabChanged', tab: tab.data });
    window.scrollTo(0, saved.scroll[tab.data] ?? 0);
  });
  children.push(tabsEl);
  keepingFocus(() => app.replaceChildren(...children.filter((x): x is HTMLElement => x !== null)));
  requestAnimationFrame(() => window.scrollTo(0, saved.scroll[saved.tab] ?? 0));
}

function showError(message: string): void {
  app.querySelector('.error')?.remove();
  app.prepend(h('p', { class: 'error', role: 'alert' }, message));
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = ToWebview.safeParse(event.data);
  if (!parsed.success) {
    console.warn(`Career Lens: ignored a malformed message: ${describeIssues(parsed.error)}`);
    return;
  }
  const msg = parsed.data;
  if (requests.receive(msg)) return;
  switch (msg.type) {
    case 'state': {
      const pairChanged = !state || state.pair.join() !== msg.pair.join();
      const filterChanged = state && (state.payKind !== msg.payKind || state.region !== msg.region);
      state = msg;
      setBundle(msg.l10n);
      if (pairChanged) {
        comparison = undefined;
        payRows = undefined;
        requestComparison();
      } else if (filterChanged) {
        requestPay();
      }
      render();
      break;
    }
    case 'focusTab':
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
});

// Scrolling fires many events a second; the position is saved at most every 250 ms.
let scrollSave: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  saved.scroll[saved.tab] = window.scrollY;
  scrollSave ??= setTimeout(() => { scrollSave = undefined; persist(); }, 250);
}, { passive: true });

/** The first state and comparison the host put into the page, if any (see comparisonPanel.ts). */
function initialState(): void {
  const text = document.getElementById('initial-state')?.textContent;
  if (!text) return;
  let raw: { state?: unknown; comparison?: unknown };
  try { raw = JSON.parse(text) as typeof raw; } catch { return; }
  const s = ToWebview.safeParse(raw.state);
  const c = ToWebview.safeParse({ type: 'comparison', requestId: 0, comparison: raw.comparison });
  if (!s.success || s.data.type !== 'state' || !c.success || c.data.type !== 'comparison') return;
  state = s.data;
  setBundle(state.l10n);
  comparison = c.data.comparison;
  render();
  if (saved.payKind || saved.region) requestPay();
}

registerToolkit();
listenForRoundTrips(appApi);
persist();
initialState();
send({ type: 'ready' });
