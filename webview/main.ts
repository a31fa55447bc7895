import { z } from 'zod';
import type { Comparison, PayRow } from '../src/core/views';
import { PayKindChoice, RegionChoice, Tab, TABS, ToHost, ToWebview, describeIssues } from '../src/shared/protocol';
import { button, dropdown, progressRing, registerToolkit, tabs } from './components/toolkit';
import { h, Sources } from './dom';
import { overviewView } from './views/overview';
import { payView, type PayControls } from './views/pay';
import { skillsView } from './views/skills';
import { careerView, demandView, genaiView, sourcesView, toolsView } from './views/details';
import { questionView, resultView, type QuizAnswers } from './views/quiz';
import { planView } from './views/plan';
import type { QuizResult } from '../src/core/quiz';
import './style.css';

interface VsCodeApi {
  postMessage(msg: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

/** What survives a hidden tab or a window reload; anything else in saved state is ignored. */
const Saved = z.object({
  tab: Tab.catch('overview'),
  scroll: z.record(z.string(), z.number()).catch({}),
  payKind: PayKindChoice.optional().catch(undefined),
  region: RegionChoice.optional().catch(undefined),
  payView: z.enum(['chart', 'table']).catch('chart'),
  /** A quiz in progress: where the user is and what they answered so far. */
  quiz: z.object({ index: z.number().int().nonnegative(), answers: z.record(z.string(), z.string().nullable()) }).nullable().catch(null),
}).catch({ tab: 'overview', scroll: {}, payView: 'chart', quiz: null });
type Saved = z.infer<typeof Saved>;

const TAB_LABELS: Record<Tab, string> = {
  overview: 'Overview', pay: 'Pay', skills: 'Skills', tools: 'Tools', career: 'Career', demand: 'Demand', genai: 'GenAI', sources: 'Sources',
  quiz: 'Fit Quiz', plan: 'My Plan',
};

const saved: Saved = Saved.parse(vscode.getState() ?? {});
let state: Extract<ToWebview, { type: 'state' }> | undefined;
let comparison: Comparison | undefined;
let payRows: PayRow[] | undefined;
let nextRequestId = 1;
let comparisonRequest = 0;
let payRequest = 0;
let tabsEl: (HTMLElement & { activate(id: string): void }) | undefined;
let quiz: Extract<ToWebview, { type: 'quiz' }> | undefined;
let quizResult: { result: QuizResult; answers: QuizAnswers } | undefined;
let whatIfResult: QuizResult | null = null;
let quizRequest = 0;
let submitRequest = 0;
let whatIfRequest = 0;
let plan: Extract<ToWebview, { type: 'plan' }> | undefined;
let planRequest = 0;

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
  comparisonRequest = nextRequestId++;
  send({ type: 'requestComparison', requestId: comparisonRequest, roleA: state.pair[0], roleB: state.pair[1] });
}

function requestPay(): void {
  if (!state) return;
  payRequest = nextRequestId++;
  send({ type: 'requestPay', requestId: payRequest, roleA: state.pair[0], roleB: state.pair[1], kind: payKind(), region: region() });
}

function header(): HTMLElement {
  const s = state!;
  const options = s.roles.map((r) => ({ value: r.id, label: r.kind === 'hybrid' ? `${r.name} (hybrid)` : r.name }));
  const pick = (side: 0 | 1) => (value: string) => {
    const pair: [string, string] = [...s.pair];
    pair[side] = value;
    send({ type: 'selectRoles', roleA: pair[0], roleB: pair[1] });
  };
  return h('header', { class: 'pair' },
    dropdown({ id: 'role-a', label: 'Compare', value: s.pair[0], options, onChange: pick(0) }),
    button({ id: 'swap', label: '⇄ Swap', ariaLabel: 'Swap the two roles', appearance: 'secondary', onClick: () => send({ type: 'swapRoles' }) }),
    dropdown({ id: 'role-b', label: 'with', value: s.pair[1], options, onChange: pick(1) }),
  );
}

function payContent(c: Comparison, sources: Sources): HTMLElement {
  return payView(c, payRows ?? c.pay, sources, {
    kind: payKind(), region: region(), view: saved.payView,
    onFilter: (kind, reg) => { saved.payKind = kind; saved.region = reg; persist(); requestPay(); },
    onView: (view) => { saved.payView = view; persist(); rerenderTab('pay'); },
  });
}

function requestQuiz(): void {
  quizRequest = nextRequestId++;
  send({ type: 'requestQuiz', requestId: quizRequest });
}

function requestPlan(): void {
  planRequest = nextRequestId++;
  send({ type: 'requestPlan', requestId: planRequest });
}

function quizContent(sources: Sources): HTMLElement {
  if (!quiz) {
    requestQuiz();
    return h('div', { class: 'loading' }, progressRing('Loading the quiz'), ' Loading…');
  }
  const questions = quiz.questions;
  const handlers = {
    answer: (questionId: string, optionId: string | null) => {
      saved.quiz ??= { index: 0, answers: {} };
      saved.quiz.answers[questionId] = optionId;
      persist();
      // Not re-rendered, so keyboard focus stays on the chosen option.
      document.getElementById('quiz-next')?.removeAttribute('disabled');
    },
    go: (index: number) => {
      saved.quiz ??= { index: 0, answers: {} };
      saved.quiz.index = Math.max(0, Math.min(index, questions.length - 1));
      persist();
      rerenderTab('quiz');
      document.getElementById('quiz-prompt')?.focus();
    },
    finish: () => {
      submitRequest = nextRequestId++;
      send({ type: 'submitQuiz', requestId: submitRequest, answers: saved.quiz?.answers ?? {} });
    },
    retake: () => {
      saved.quiz = { index: 0, answers: {} };
      quizResult = undefined;
      whatIfResult = null;
      persist();
      send({ type: 'retakeQuiz' });
      rerenderTab('quiz');
      document.getElementById('quiz-prompt')?.focus();
    },
    whatIf: (questionId: string, optionId: string | null) => {
      if (!quizResult) return;
      whatIfRequest = nextRequestId++;
      send({ type: 'whatIf', requestId: whatIfRequest, answers: quizResult.answers, questionId, optionId });
    },
    compareHybrid: (roleId: string) => {
      const [a, b] = state!.pair;
      send({ type: 'selectRoles', roleA: roleId === a ? b : a, roleB: roleId });
      tabsEl?.activate('overview');
    },
    planTowards: (roleId: string) => {
      send({ type: 'setPlan', current: plan?.current ?? null, target: roleId });
      tabsEl?.activate('plan');
    },
  };
  if (saved.quiz) return questionView(questions, saved.quiz.index, saved.quiz.answers, handlers);
  if (quizResult) return resultView(questions, quizResult.result, quizResult.answers, whatIfResult, sources, handlers);
  return h('div', {}, h('p', {}, `${questions.length} questions drawn from the sources. Each answer carries a weight for every role, a reason and a source; the result shows which answers moved it most.`),
    button({ id: 'quiz-start', label: 'Start the quiz', onClick: () => handlers.go(0) }));
}

function planContent(sources: Sources): HTMLElement {
  if (!plan) {
    requestPlan();
    return h('div', { class: 'loading' }, progressRing('Loading your plan'), ' Loading…');
  }
  return planView(plan, sources, {
    setPlan: (current, target) => send({ type: 'setPlan', current, target }),
    mark: (skillId, mark) => send({ type: 'markSkill', skillId, mark }),
    exportReport: () => send({ type: 'exportReport' }),
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
    case 'quiz': return quizContent(sources);
    case 'plan': return planContent(sources);
  }
}

function rerenderTab(tab: Tab): void {
  const view = document.getElementById(`view-${tab}`);
  if (!view || !comparison) return;
  view.replaceChildren(tabContent(tab, comparison, new Sources(comparison.sources)));
}

function render(): void {
  if (!state) return;
  const children: (HTMLElement | null)[] = [header()];
  if (state.warnings.length) {
    children.push(h('div', { class: 'banner', role: 'status' }, h('strong', {}, 'Some data packs were refused; the built-in data is in use. '), h('ul', {}, state.warnings.map((w) => h('li', {}, w)))));
  }
  if (!comparison) {
    children.push(h('div', { class: 'loading' }, progressRing('Loading the comparison'), ' Loading…'));
    app.replaceChildren(...children.filter((c): c is HTMLElement => c !== null));
    return;
  }
  const c = comparison;
  const sources = new Sources(c.sources);
  tabsEl = tabs(TABS.map((t) => ({ id: t, label: TAB_LABELS[t], content: tabContent(t, c, sources) })), saved.tab, (id) => {
    const tab = Tab.safeParse(id);
    if (!tab.success || tab.data === saved.tab) return;
    saved.scroll[saved.tab] = window.scrollY;
    saved.tab = tab.data;
    persist();
    send({ type: 'tabChanged', tab: tab.data });
    window.scrollTo(0, saved.scroll[tab.data] ?? 0);
  });
  children.push(tabsEl);
  app.replaceChildren(...children.filter((x): x is HTMLElement => x !== null));
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
  switch (msg.type) {
    case 'state': {
      const pairChanged = !state || state.pair.join() !== msg.pair.join();
      const filterChanged = state && (state.payKind !== msg.payKind || state.region !== msg.region);
      state = msg;
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
    case 'comparison':
      if (msg.requestId !== comparisonRequest) return; // a stale reply for an earlier pair
      comparison = msg.comparison;
      render();
      if (saved.payKind || saved.region) requestPay();
      break;
    case 'pay':
      if (msg.requestId !== payRequest) return;
      payRows = msg.rows;
      rerenderTab('pay');
      break;
    case 'focusTab':
      saved.tab = msg.tab;
      persist();
      tabsEl?.activate(msg.tab);
      break;
    case 'error':
      showError(msg.message);
      break;
    case 'quiz':
      if (msg.requestId !== quizRequest) return;
      quiz = msg;
      if (msg.saved && !quizResult) quizResult = { result: msg.saved.result, answers: msg.saved.answers };
      rerenderTab('quiz');
      break;
    case 'quizResult':
      if (msg.whatIf) {
        if (msg.requestId !== whatIfRequest) return;
        whatIfResult = msg.result;
      } else {
        if (msg.requestId !== submitRequest) return;
        quizResult = { result: msg.result, answers: saved.quiz?.answers ?? {} };
        whatIfResult = null;
        saved.quiz = null;
        persist();
      }
      rerenderTab('quiz');
      document.querySelector<HTMLElement>('[data-testid="quiz-verdict"]')?.focus();
      break;
    case 'plan':
      if (msg.requestId !== planRequest) return;
      plan = msg;
      rerenderTab('plan');
      break;
    case 'profileChanged':
      requestPlan();
      break;
  }
});

window.addEventListener('scroll', () => {
  saved.scroll[saved.tab] = window.scrollY;
  persist();
}, { passive: true });

registerToolkit();
persist();
send({ type: 'ready' });
