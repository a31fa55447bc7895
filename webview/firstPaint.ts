// The two moments of a first paint: reading the state the host put into the page, and knowing
// when the page has been shown, after which main.ts loads its checks (see start() there).
import type { FirstStateInPage } from './checks';

/** The first state and comparison the host put into the page (see comparisonPanel.ts), not yet checked. */
export function firstStateInPage(): FirstStateInPage | undefined {
  const text = document.getElementById('initial-state')?.textContent;
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `fn` once, after the page is shown and painted. VS Code shows a webview's frame at its
 * load event (or 200 ms after DOMContentLoaded when no load comes); a frame and a task later,
 * the browser has painted it. A frame that is not drawn gets no animation frames, so a timer
 * stands in for them: the checks must load even in a page nobody is looking at.
 */
export function afterShown(fn: () => void): void {
  let shown = false;
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    fn();
  };
  const go = () => {
    if (shown) return;
    shown = true;
    requestAnimationFrame(() => setTimeout(run, 0));
    setTimeout(run, 250);
  };
  if (document.readyState === 'complete') go();
  else {
    window.addEventListener('load', go, { once: true });
    setTimeout(go, 500);
  }
}
