// Waits on conditions, for the UI suites: never a fixed sleep. Each returns once what a test
// needs next is true, and fails with what it was waiting for when it never becomes true.

/**
 * Two animation frames in `frame` (the page has laid out and painted what it built), or at most
 * a second: a frame nobody can see gets no animation frames.
 */
export function painted(frame) {
  return frame.evaluate(
    () =>
      new Promise((resolve) => {
        const timer = setTimeout(resolve, 1_000);
        globalThis.requestAnimationFrame(() =>
          globalThis.requestAnimationFrame(() => {
            clearTimeout(timer);
            resolve();
          }),
        );
      }),
  );
}

/** A comparison tab, clicked and shown with its content: not waiting for parts, not loading. */
export async function openTab(frame, tab, timeout = 15_000) {
  await frame.click(`[data-testid="tab-${tab}"]`);
  await tabHasContent(frame, tab, timeout);
}

/** The tab's panel is shown and holds its content (no placeholder left), then painted. */
export async function tabHasContent(frame, tab, timeout = 15_000) {
  await frame.waitForFunction(
    (t) => {
      const panel = globalThis.document.querySelector(`[data-testid="panel-${t}"]`);
      if (!panel || panel.hidden || !panel.firstElementChild) return false;
      return !panel.querySelector('.loading, .waiting');
    },
    tab,
    { timeout },
  );
  await painted(frame);
}

/** The pay tab's other view (chart ↔ table), toggled and drawn. */
export async function togglePayView(frame) {
  const chart = (await frame.locator('[data-testid="panel-pay"] figure.chart').count()) > 0;
  await frame.click('#pay-view-toggle');
  await frame.waitForSelector(chart ? '[data-testid="pay-table"]' : '[data-testid="panel-pay"] figure.chart', {
    timeout: 10_000,
  });
  await painted(frame);
}

/** The webview shows the theme of this kind: VS Code marks its body 'vscode-light', 'vscode-dark' or 'vscode-high-contrast'. */
export async function themeApplied(frame, kind) {
  await frame.waitForFunction((k) => globalThis.document.body.classList.contains(`vscode-${k}`), kind, {
    timeout: 15_000,
  });
  await painted(frame);
}

/**
 * Every message `frame` posted so far has reached the workbench: a task of each frame from it
 * up to the top has run after them (each hop is one postMessage).
 */
export async function messagesDelivered(frame) {
  for (let f = frame; f; f = f.parentFrame()) await f.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Polls `check` (sync or async) until it returns something truthy, which it returns. */
export async function until(what, check, timeout = 15_000, every = 100) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

/**
 * A notification containing `text` has arrived: shown as a toast, or (when toasts are held
 * back) marked on the status bar's bell. The notification centre opened before it arrives can
 * stay empty, so open it after this.
 */
export async function notificationArrived(page, text, timeout = 30_000) {
  await page
    .locator(
      `.notification-toast .notification-list-item:has-text(${JSON.stringify(text)}), .statusbar-item .codicon-bell-dot`,
    )
    .first()
    .waitFor({ timeout });
}
