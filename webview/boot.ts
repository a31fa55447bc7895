// The comparison page's start-up, in one place. It runs in the page's first script
// (dist/webview.js: no toolkit, no zod) and owns:
// - the VS Code API, acquired once, and the state an earlier life of this panel saved;
// - the first state the host put into the page (comparisonPanel.ts, webviewDocument.ts): read
//   here once, drawn before it is checked, and validated once, in the handshake;
// - the one inbox (messages from the host wait in it until they can be checked) and the one
//   outbox (ours wait in it until they can be checked and sent), and the requests (requests.ts),
//   whose replies it routes;
// - the phases, in this order:
//   1. paint: a new panel on the overview paints its first screen (paint.ts), no toolkit yet;
//   2. mount: once that is shown, the page (comparisonPage.ts, dist/webview-page.js, with the
//      toolkit) loads and takes the screen over with the real controls; it only renders;
//   3. handshake: the checks (checks.ts, dist/webview-checks.js: zod and the schemas) load and
//      validate the saved state, the first state and every message that waited; then 'ready'
//      goes to the host, and the outbox after it.
// Each phase leaves a performance mark ('career-lens:…'), which `npm run bench` reads.
import type { Comparison } from '../src/core/results';
import type { Tab, ToHost, ToWebview } from '../src/shared/protocol';
import { freshSaved, type Saved, type VsCodeApi } from './app';
import { paintThen } from './afterShown';
import type { Checked, FirstState } from './checks';
import { h } from './dom';
import * as l10n from '@vscode/l10n';
import { paintFirstScreen } from './paint';
import { Requests, type RequestOptions } from './requests';

export type State = Extract<ToWebview, { type: 'state' }>;

/**
 * The first state as the host wrote it into the page: the host's own output, reaching the page
 * only as text (h() never parses markup), so it is drawn before zod has loaded; a malformed one
 * can at worst show for a moment before the handshake refuses it with the reason.
 */
export interface FirstInPage {
  state: State;
  comparison: Partial<Comparison>;
  tab?: Tab;
}

/** What the page gets from the boot. */
export interface Boot {
  /** The panel's saved state: fresh, or (after the handshake) what an earlier life saved. */
  readonly saved: Saved;
  persist(): void;
  /** A message that expects no reply; it waits in the outbox until the checks have loaded. */
  send(msg: ToHost): void;
  request: Requests['request'];
  /** True when this panel was restored: its saved state could be anything, so nothing is drawn before it is checked. */
  readonly restored: boolean;
}

/** What phase 2 hands the page: the first state to draw, and what phase 1 drew of it. */
export interface Mount {
  /** Undefined for a restored panel, which draws nothing before the handshake. */
  first?: FirstInPage;
  /** The overview phase 1 painted, for the page to take over as it is. */
  overview?: HTMLElement;
  /** A tab chosen on the first screen's strip: the page opens on it. */
  clicked?: Tab;
}

/** The page, once mounted. */
export interface Page {
  /** Phase 3: the first state as the checks found it. */
  firstChecked(result: Checked<FirstState>): void;
  /** A checked message from the host that answers no request. */
  receive(msg: ToWebview): void;
}

/** comparisonPage.ts, as loaded in phase 2. */
export interface PageModule {
  mount(boot: Boot, what: Mount): Page;
}

declare function acquireVsCodeApi(): VsCodeApi;

const mark = (name: string) => performance.mark(`career-lens:${name}`);

/** The first state in the page, read once; not yet checked. */
function readFirstState(): object | undefined {
  const text = document.getElementById('initial-state')?.textContent;
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

export function boot(): void {
  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app') as HTMLElement;
  const restored = vscode.getState();
  const first = readFirstState();
  const saved = freshSaved();
  let checks: typeof import('./checks') | undefined;
  let page: Page | undefined;
  const inbox: unknown[] = [];
  const outbox: ToHost[] = [];

  const send = (msg: ToHost) => {
    if (checks) vscode.postMessage(checks.checkOutgoing(msg));
    else outbox.push(msg);
  };
  const requests = new Requests(send);
  const receive = (data: unknown) => {
    const checked = checks!.checkMessage(data);
    if (!checked.ok) {
      console.warn(`Career Lens: ignored a malformed message: ${checked.reason}`);
      return;
    }
    if (!requests.receive(checked.value)) page?.receive(checked.value);
  };
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (checks && page) receive(event.data);
    else inbox.push(event.data);
  });

  const ctx: Boot = {
    saved,
    persist: () => vscode.setState(saved),
    send,
    request: (kind, params, opts?: RequestOptions) => requests.request(kind, params, opts),
    restored: restored !== undefined,
  };

  // The later bundles sit beside the first script's address (the script itself may be in the page).
  const base = document.querySelector('meta[name="career-lens-script"]')?.getAttribute('content') ?? '';
  const load = <M>(name: string) => Promise.resolve().then(() => import(new URL(name, base).href) as Promise<M>);

  // Phase 3.
  const handshake = () => {
    mark('checks-import');
    void load<typeof import('./checks')>('webview-checks.js').then(
      (loaded) => {
        checks = loaded;
        if (restored !== undefined) Object.assign(saved, loaded.Saved.parse(restored));
        ctx.persist();
        if (first) page?.firstChecked(loaded.checkFirstState(first));
        for (const data of inbox.splice(0)) receive(data);
        send({ type: 'ready' });
        for (const msg of outbox.splice(0)) send(msg);
        mark('ready');
      },
      (err: unknown) => console.error(`Career Lens: could not load the page's checks: ${String(err)}`),
    );
  };

  // Phase 2.
  const drawable = restored === undefined ? (first as FirstInPage | undefined) : undefined;
  let overview: HTMLElement | undefined;
  let clicked: Tab | undefined;
  const mount = (mod: PageModule) => {
    page = mod.mount(ctx, { first: drawable, overview, clicked });
    mark('mounted');
    // The first frame with the real controls in place: the page answers input from here.
    requestAnimationFrame(() => mark('interactive'));
    return true;
  };
  // Asked for at once, so its fetch (the longest part of phase 2) overlaps the first paint;
  // evaluated when it arrives, mounted only once the first screen is shown.
  mark('page-import');
  const pageModule = load<PageModule>('webview-page.js');
  pageModule.catch(() => undefined); // a failure is shown once the first screen is (below), not reported unhandled before
  const mountPage = () => {
    pageModule.then(
      (mod) => {
        // After the first screen the page has been shown: the page replaces it whole, nothing put off.
        // Otherwise the page's own render is the first paint.
        if (overview || !drawable) {
          mount(mod);
          handshake();
        } else {
          paintThen(() => mount(mod), handshake);
        }
      },
      (err: unknown) => {
        // Without it the first screen would stay, looking usable and doing nothing.
        console.error(`Career Lens: could not load the page's script: ${String(err)}`);
        app.replaceChildren(
          h(
            'p',
            { class: 'error', role: 'alert' },
            l10n.t('Career Lens could not load this page. Close it and open the comparison again.'),
          ),
        );
      },
    );
  };

  // Phase 1.
  if (drawable) {
    paintThen(() => {
      overview = paintFirstScreen(app, drawable, (tab) => {
        clicked = tab;
      });
      mark('painted');
      return overview !== undefined;
    }, mountPage);
  } else {
    mountPage();
  }
}
