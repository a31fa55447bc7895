// The moments of a first paint: reading the state the host put into the page, drawing the first
// screen of it, and knowing when the page has been shown, after which the rest of the page is
// built and main.ts loads its checks (see start() there).
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
function afterShown(fn: () => void): void {
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

/** Work put off until the first paint has been shown; undefined when no first paint is under way. */
let putOff: (() => void)[] | undefined;

/**
 * Draws a page's first paint with `paint`. Whatever it hands to belowFirstScreen() is built once
 * the page has been shown, and then `then` runs.
 */
export function firstPaint(paint: () => void, then: () => void): void {
  putOff = [];
  paint();
  afterShown(() => {
    const work = putOff ?? [];
    putOff = undefined;
    for (const build of work) build();
    then();
  });
}

/**
 * Builds part of a view that starts below the first screen: straight away, or during the first
 * paint, right after it is shown. Laying out and painting what nobody can see yet was a fifth of
 * the first paint.
 */
export function belowFirstScreen(build: () => void): void {
  if (putOff) putOff.push(build);
  else build();
}

/** Table rows enough to fill the window even if each took one line (about 40 px). */
export function firstScreenRows(): number {
  return Math.max(8, Math.ceil(window.innerHeight / 40));
}
