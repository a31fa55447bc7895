import type { QuizResult } from '../src/core/quiz';
import type { ReplyTo } from '../src/shared/protocol';
import type { App } from './app';
import { button, progressRing } from './components/toolkit';
import { h, type Sources } from './dom';
import { questionView, resultView, type QuizAnswers, type QuizHandlers } from './views/quiz';
import * as l10n from '@vscode/l10n';

/** The Fit Quiz tab: questions from the host, answers kept in webview state until submitted. */
export class QuizTab {
  private quiz: ReplyTo<'requestQuiz'> | undefined;
  private loading = false;
  private result: { result: QuizResult; answers: QuizAnswers } | undefined;
  private whatIfResult: QuizResult | null = null;

  constructor(
    private readonly app: App,
    private readonly onPlanTowards: (roleId: string) => void,
  ) {}

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
      const answers = this.app.saved.quiz?.answers ?? {};
      this.app.request('submitQuiz', { answers }).then(
        (reply) => {
          this.result = { result: reply.result, answers };
          this.whatIfResult = null;
          this.app.saved.quiz = null;
          this.app.persist();
          this.showResult();
        },
        () => undefined,
      );
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
      this.app.request('whatIf', { answers: this.result.answers, questionId, optionId }).then(
        (reply) => {
          this.whatIfResult = reply.result;
          this.showResult();
        },
        () => undefined,
      );
    },
    compareHybrid: (roleId) => {
      const [a, b] = this.app.pair() ?? ['data-engineer', 'ml-engineer'];
      this.app.send({ type: 'selectRoles', roleA: roleId === a ? b : a, roleB: roleId });
      this.app.activateTab('overview');
    },
    planTowards: (roleId) => this.onPlanTowards(roleId),
  };

  private showResult(): void {
    this.app.rerenderTab('quiz');
    document.querySelector<HTMLElement>('[data-testid="quiz-verdict"]')?.focus();
  }

  content(sources: Sources): HTMLElement {
    if (!this.quiz) {
      if (!this.loading) {
        this.loading = true;
        this.app
          .request('requestQuiz', {})
          .then(
            (reply) => {
              this.quiz = reply;
              if (reply.saved && !this.result)
                this.result = { result: reply.saved.result, answers: reply.saved.answers };
              this.app.rerenderTab('quiz');
            },
            () => undefined,
          )
          .finally(() => {
            this.loading = false;
          });
      }
      return h('div', { class: 'loading' }, progressRing(l10n.t('Loading the quiz')), ' ', l10n.t('Loading…'));
    }
    const questions = this.quiz.questions;
    if (this.app.saved.quiz)
      return questionView(questions, this.app.saved.quiz.index, this.app.saved.quiz.answers, this.handlers);
    if (this.result)
      return resultView(questions, this.result.result, this.result.answers, this.whatIfResult, sources, this.handlers);
    return h(
      'div',
      {},
      h(
        'p',
        {},
        l10n.t(
          '{0} questions drawn from the sources. Each answer carries a weight for every role, a reason and a source; the result shows which answers moved it most.',
          questions.length,
        ),
      ),
      button({ id: 'quiz-start', label: l10n.t('Start the quiz'), onClick: () => this.handlers.go(0) }),
    );
  }
}
