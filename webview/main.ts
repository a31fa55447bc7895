// The page's first script, kept small: it holds no toolkit and no zod. A new panel on the overview
// paints its first screen from the state the host put into the page (firstScreen.ts); then the
// rest of the page (comparisonPage.ts, its own bundle) loads and takes over, and it loads the
// checks (checks.ts). Messages from the host wait here until the page is in.
import type { Tab } from '../src/shared/protocol';
import type { VsCodeApi } from './app';
import { firstPaint, firstStateInPage } from './firstPaint';
import { paintFirstScreen } from './firstScreen';
import { h } from './dom';
import * as l10n from '@vscode/l10n';
import './style.css';
// The toolkit's layout rules are linked with the page's styles: this bundle's CSS is the page's one
// stylesheet, and the look-alikes on the first screen are sized from the same rules.
import './components/toolkit.css';

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const waiting: unknown[] = [];
let deliver: ((data: unknown) => void) | undefined;
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (deliver) deliver(event.data);
  else waiting.push(event.data);
});

const app = document.getElementById('app') as HTMLElement;
const restored = vscode.getState();
const first = firstStateInPage();
/** The first screen's overview, if it was drawn: the page takes it over rather than build it again. */
let overview: HTMLElement | undefined;
/** A tab clicked on the first screen, before the page's own tabs were in. */
let clicked: Tab | undefined;
/** The first script may be in the page itself: the rest of the page sits beside the address it was built from. */
const scriptBase = document.querySelector('meta[name="career-lens-script"]')?.getAttribute('content') ?? '';
const loadPage = () => void Promise.resolve().then(() => import(new URL('webview-page.js', scriptBase).href) as Promise<typeof import('./comparisonPage')>).then((page) => page.run({
  vscode, restored, first, overview, clicked,
  listen: (receive) => {
    deliver = receive;
    for (const data of waiting.splice(0)) receive(data);
  },
}), (err: unknown) => {
  // Without it the first screen would stay, looking usable and doing nothing.
  console.error(`Career Lens: could not load the page's script: ${String(err)}`);
  app.replaceChildren(h('p', { class: 'error', role: 'alert' }, l10n.t('Career Lens could not load this page. Close it and open the comparison again.')));
});

// A restored panel's saved state could be anything: it is checked before anything is drawn.
if (first && restored === undefined) firstPaint(() => { overview = paintFirstScreen(app, first, (tab) => { clicked = tab; }); }, loadPage);
else loadPage();
