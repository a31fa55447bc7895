// When a page's first paint has been shown, and what waits for it: the boot (boot.ts) starts
// its next phase then, and a view (views/overview.ts) builds what starts below the first
// screen then. Owns no state but the list of work put off during a first paint.

/**
 * Runs `fn` once, after the page is shown and painted. VS Code shows a webview's frame at its
 * load event (or 200 ms after DOMContentLoaded when no load comes); a frame and a task later,
 * the browser has painted it. A frame that is not drawn gets no animation frames, so a timer
 * stands in for them: the next phase must start even in a page nobody is looking at.
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
 * the page has been shown, and then `then` runs; at once if `paint` says it drew nothing.
 */
export function paintThen(paint: () => boolean, then: () => void): void {
  putOff = [];
  const drew = paint();
  if (!drew && !putOff.length) {
    putOff = undefined;
    then();
    return;
  }
  afterShown(() => {
    const work = putOff ?? [];
    putOff = undefined;
    for (const build of work) build();
    then();
  });
}

/**
 * Builds part of a view that starts below the first screen: straight away, or during a first
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
