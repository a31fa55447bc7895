// The Pay tab's controller, like quizTab.ts and planTab.ts for theirs: the pay filter (kind and
// region: the user's own choice, saved with the panel, else the host's settings), the rows the
// host computed for a filter of the user's, and chart or table. It draws through views/pay.ts.
import { DEFAULT_PAY_CHOICE } from '../src/core/payChoices';
import type { PayRow } from '../src/core/results';
import type { PartsFor } from '../src/shared/comparisonParts';
import type { App } from './app';
import type { Sources } from './dom';
import { payView, type PayControls } from './views/pay';

/** The filter the host's settings give, as its state message carries it. */
export type HostFilter = { payKind: PayControls['kind']; region: PayControls['region'] } | undefined;

export class PayTab {
  /** Rows for the user's own filter; undefined: the comparison's own (the host's settings). */
  private rows: PayRow[] | undefined;

  constructor(
    private readonly app: App,
    private readonly hostFilter: () => HostFilter,
  ) {}

  private kind(): PayControls['kind'] {
    return this.app.saved.payKind ?? this.hostFilter()?.payKind ?? DEFAULT_PAY_CHOICE.kind;
  }

  private region(): PayControls['region'] {
    return this.app.saved.region ?? this.hostFilter()?.region ?? DEFAULT_PAY_CHOICE.region;
  }

  /** Whether the user chose a filter of their own, which the comparison's rows do not follow. */
  get ownFilter(): boolean {
    return !!(this.app.saved.payKind || this.app.saved.region);
  }

  /** A new pair or new data: rows asked for before are not for it. */
  forget(): void {
    this.rows = undefined;
  }

  /** Asks for the rows of the current filter; a newer ask supersedes an older one (requests.ts). */
  refresh(): void {
    const pair = this.app.pair();
    if (!pair) return;
    this.app.request('requestPay', { roleA: pair[0], roleB: pair[1], kind: this.kind(), region: this.region() }).then(
      (reply) => {
        this.rows = reply.rows;
        this.app.rerenderTab('pay');
      },
      () => undefined,
    ); // superseded, or failed and already shown by the 'error' message
  }

  content(c: PartsFor<'pay'>, sources: Sources): HTMLElement {
    const saved = this.app.saved;
    return payView(c, this.rows ?? c.pay, sources, {
      kind: this.kind(),
      region: this.region(),
      view: saved.payView,
      onFilter: (kind, region) => {
        saved.payKind = kind;
        saved.region = region;
        this.app.persist();
        this.refresh();
      },
      onView: (view) => {
        saved.payView = view;
        this.app.persist();
        this.app.rerenderTab('pay');
      },
    });
  }
}
