// What the tab controllers (payTab.ts, quizTab.ts, planTab.ts) need from the page, and the state
// the webview persists.
import type { ReplyTo, RequestParams, RequestType, Tab, ToHost } from '../src/shared/protocol';
import type { PageState as Saved } from '../src/shared/pageState';
import type { RequestOptions } from './requests';

export type { Saved };

/** What VS Code gives a webview's script, once per page (boot.ts acquires it). */
export interface VsCodeApi {
  postMessage(msg: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** The saved state of a panel opened afresh; a restored panel's is validated by checks.ts. */
export { freshPageState as freshSaved } from '../src/shared/pageStateFresh';

export interface App {
  readonly saved: Saved;
  persist(): void;
  /** A message that expects no reply. */
  send(msg: ToHost): void;
  /**
   * A request. It always settles: with its reply, or rejected (an error reply, or a Superseded
   * error when a newer request of its kind in its lane replaced it; see requests.ts).
   */
  request<K extends RequestType>(kind: K, params: RequestParams<K>, opts?: RequestOptions): Promise<ReplyTo<K>>;
  rerenderTab(tab: Tab): void;
  activateTab(tab: Tab): void;
  /** The role pair the comparison currently shows. */
  pair(): [string, string] | undefined;
}
