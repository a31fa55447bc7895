// The My Plan tab's controller, like payTab.ts and quizTab.ts for theirs: the plan the host last
// computed (asked for again when the profile changes) and the user's marks and choices, sent to it.
import type { ReplyTo } from '../src/shared/protocol';
import type { App } from './app';
import { progressRing } from './components/toolkit';
import { h, type Sources } from './dom';
import { planView } from './views/plan';
import * as l10n from '@vscode/l10n';

/** The My Plan tab: the host computes the gap; the webview shows it and sends the user's marks. */
export class PlanTab {
  private plan: ReplyTo<'requestPlan'> | undefined;
  private loading = false;

  constructor(private readonly app: App) {}

  /** Asks for the plan again (the profile changed); the newest answer wins. */
  refresh(): void {
    this.loading = true;
    this.app
      .request('requestPlan', {})
      .then(
        (reply) => {
          this.plan = reply;
          this.app.rerenderTab('plan');
        },
        () => undefined,
      )
      .finally(() => {
        this.loading = false;
      });
  }

  /** Aims the plan at a role (from the quiz result) and shows it. */
  towards(roleId: string): void {
    this.app.send({ type: 'setPlan', current: this.plan?.current ?? null, target: roleId });
    this.app.activateTab('plan');
  }

  content(sources: Sources): HTMLElement {
    if (!this.plan) {
      if (!this.loading) this.refresh();
      return h('div', { class: 'loading' }, progressRing(l10n.t('Loading your plan')), ' ', l10n.t('Loading…'));
    }
    return planView(this.plan, sources, {
      setPlan: (current, target) => this.app.send({ type: 'setPlan', current, target }),
      mark: (skillId, mark) => this.app.send({ type: 'markSkill', skillId, mark }),
      exportReport: () => this.app.send({ type: 'exportReport' }),
    });
  }
}
