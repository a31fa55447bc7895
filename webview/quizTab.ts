import type { QuizResult } from '../src/core/quiz';
import type { ToWebview } from '../src/shared/protocol';
import type { App } from './app';
import { button, progressRing } from './components/toolkit';
import { h, type Sources } from './dom';
import { questionView, resultView, type QuizAnswers, type QuizHandlers } from './views/quiz';
import { t } from './l10n';

type QuizMessage = Extract<ToWebview, { type: 'quiz' | 'quizResult' }>;

/** The Fit Quiz tab: questions from the host, answers kept in webview state until submitted. */
export class QuizTab {
  private quiz: Extract<ToWebview, { type: 'quiz' }> | undefined;
  private result: { result: QuizResult; answers: QuizAnswers } | undefined;
  private whatIfResult: QuizResult | null = null;
  private quizRequest = 0;
  private submitRequest = 0;
  private whatIfRequest = 0;

  constructor(private readonly app: App, private readonly onPlanTowards: (roleId: string) => void) {}

  private readonly handlers: QuizHandlers = {
    answer: (questionId, optionId) => {
      const s = this.app.saved;
      s.quiz ??= { index: 0, answers: {} };
      s.quiz.answers[questionId] = optionId;
      this.app.persist();
      // Not re-rendered, so keyboard focus stays on the chosen option.
      document.getElementById('quiz-next')?.removeAttribute('disabled');
    },
    go: (index) => {
      const s = this.app.saved;
      s.quiz ??= { index: 0, answers: {} };
      s.quiz.index = Math.max(0, Math.min(index, (this.quiz?.questions.length ?? 1) - 1));
      this.app.persist();
      this.app.rerenderTab('quiz');
      document.getElementById('quiz-prompt')?.focus();
    },
    finish: () => {
      this.submitRequest = this.app.nextRequestId();
      this.app.send({ type: 'submitQuiz', requestId: this.submitRequest, answers: this.app.saved.quiz?.answers ?? {} });
    },
    retake: () => {
      this.app.saved.quiz = { index: 0, answers: {} };
      this.result = undefined;
      this.whatIfResult = null;
      this.app.persist();
      this.app.send({ type: 'retakeQuiz' });
      this.app.rerenderTab('quiz');
      document.getElementById('quiz-prompt')?.focus();
    },
    whatIf: (questionId, optionId) => {
      if (!this.result) return;
      this.whatIfRequest = this.app.nextRequestId();
      this.app.send({ type: 'whatIf', requestId: this.whatIfRequest, answers: this.result.answers, questionId, optionId });
    },
    compareHybrid: (roleId) => {
      const [a, b] = this.app.pair() ?? ['data-engineer', 'ml-engineer'];
      this.app.send({ type: 'selectRoles', roleA: roleId === a ? b : a, roleB: roleId });
      this.app.activateTab('overview');
    },
    planTowards: (roleId) => this.onPlanTowards(roleId),
  };

  content(sources: Sources): HTMLElement {
    if (!this.quiz) {
      this.quizRequest = this.app.nextRequestId();
      this.app.send({ type: 'requestQuiz', requestId: this.quizRequest });
      return h('div', { class: 'loading' }, progressRing(t('Loading the quiz')), ' ', t('Loading…'));
    }
    const questions = this.quiz.questions;
    if (this.app.saved.quiz) return questionView(questions, this.app.saved.quiz.index, this.app.saved.quiz.answers, this.handlers);
    if (this.result) return resultView(questions, this.result.result, this.result.answers, this.whatIfResult, sources, this.handlers);
    return h('div', {}, h('p', {}, t('{0} questions drawn from the sources. Each answer carries a weight for every role, a reason and a source; the result shows which answers moved it most.', questions.length)),
      button({ id: 'quiz-start', label: t('Start the quiz'), onClick: () => this.handlers.go(0) }));
  }

  receive(msg: QuizMessage): void {
    if (msg.type === 'quiz') {
      if (msg.requestId !== this.quizRequest) return;
      this.quiz = msg;
      if (msg.saved && !this.result) this.result = { result: msg.saved.result, answers: msg.saved.answers };
    } else if (msg.whatIf) {
      if (msg.requestId !== this.whatIfRequest) return;
      this.whatIfResult = msg.result;
    } else {
      if (msg.requestId !== this.submitRequest) return;
      this.result = { result: msg.result, answers: this.app.saved.quiz?.answers ?? {} };
      this.whatIfResult = null;
      this.app.saved.quiz = null;
      this.app.persist();
    }
    this.app.rerenderTab('quiz');
    if (msg.type === 'quizResult') document.querySelector<HTMLElement>('[data-testid="quiz-verdict"]')?.focus();
  }
}
