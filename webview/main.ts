import { ToHost, ToWebview, describeIssues } from '../src/shared/protocol';
import { button, registerToolkit } from './components/toolkit';
import { h } from './dom';
import './style.css';

interface VsCodeApi {
  postMessage(msg: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

function send(msg: ToHost): void {
  vscode.postMessage(ToHost.parse(msg));
}

function render(state: Extract<ToWebview, { type: 'state' }>): void {
  const name = (id: string) => state.roles.find((r) => r.id === id)?.name ?? id;
  const [a, b] = state.pair;
  app.replaceChildren(
    h('header', { class: 'pair' },
      h('h1', {}, h('span', { 'data-testid': 'role-a' }, name(a)), ' vs ', h('span', { 'data-testid': 'role-b' }, name(b))),
      button({ label: 'Swap', id: 'swap', ariaLabel: 'Swap the two roles', appearance: 'secondary', onClick: () => send({ type: 'swapRoles' }) }),
    ),
  );
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = ToWebview.safeParse(event.data);
  if (!parsed.success) {
    console.warn(`Career Lens: ignored a malformed message: ${describeIssues(parsed.error)}`);
    return;
  }
  const msg = parsed.data;
  switch (msg.type) {
    case 'state':
      render(msg);
      break;
    case 'error':
      app.append(h('p', { class: 'error', role: 'alert' }, msg.message));
      break;
  }
});

registerToolkit();
send({ type: 'ready' });
