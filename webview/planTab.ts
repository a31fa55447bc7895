import type { ToWebview } from '../src/shared/protocol';
import type { App } from './app';
import { progressRing } from './components/toolkit';
import { h, type Sources } from './dom';
import { planView } from './views/plan';
import { t } from './l10n';

/** The My Plan tab: the host computes the gap; the webview shows it and sends the user's marks. */
export class PlanTab {
  private plan: Extract<ToWebview, { type: 'plan' }> | undefined;
  private request = 0;

  constructor(private readonly app: App) {}

  refresh(): void {
    this.request = this.app.nextRequestId();
    this.app.send({ type: 'requestPlan', requestId: this.request });
  }

  /** Aims the plan at a role (from the quiz result) and shows it. */
  towards(roleId: string): void {
    this.app.send({ type: 'setPlan', current: this.plan?.current ?? null, target: roleId });
    this.app.activateTab('plan');
  }

  content(sources: Sources): HTMLElement {
    if (!this.plan) {
      this.refresh();
      return h('div', { class: 'loading' }, progressRing(t('Loading your plan')), ' ', t('Loading…'));
    }
    return planView(this.plan, sources, {
      setPlan: (current, target) => this.app.send({ type: 'setPlan', current, target }),
      mark: (skillId, mark) => this.app.send({ type: 'markSkill', skillId, mark }),
      exportReport: () => this.app.send({ type: 'exportReport' }),
    });
  }

  receive(msg: Extract<ToWebview, { type: 'plan' }>): void {
    if (msg.requestId !== this.request) return;
    this.plan = msg;
    this.app.rerenderTab('plan');
  }
}
