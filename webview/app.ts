// What the tab controllers need from the webview shell, and the state the webview persists.
import type { ReplyTo, RequestParams, RequestType, Tab, ToHost } from '../src/shared/protocol';
import type { PageState as Saved } from '../src/shared/pageState';

export type { Saved };

/** What VS Code gives a webview's script, once per page. */
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
  /** A request; resolves with its reply, never with a stale one (see requests.ts). */
  request<K extends RequestType>(kind: K, params: RequestParams<K>): Promise<ReplyTo<K>>;
  rerenderTab(tab: Tab): void;
  activateTab(tab: Tab): void;
  /** The role pair the comparison currently shows. */
  pair(): [string, string] | undefined;
}
