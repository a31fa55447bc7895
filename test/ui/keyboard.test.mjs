// The whole journey with no mouse: the palette opens the comparison, arrow keys visit every
// tab, a role is changed, the whole quiz is taken, the plan is opened from its result and a
// skill is marked. At every step the focused element must show a visible focus indicator,
// and focus must never fall back to the page after a re-render.
import assert from 'node:assert/strict';
import { screenshot, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';
import { QUIZ, TABS, deOption } from './product.mjs';

/**
 * What has keyboard focus in the webview: the element the document reports (a toolkit
 * component's host) and, through open shadow roots, the element that really holds it, with
 * whether it matches :focus-visible and what its outline or shadow draws.
 */
function focused(frame) {
  return frame.evaluate(() => {
    const { document, getComputedStyle } = globalThis;
    let el = document.activeElement;
    const host = el;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { host: null };
    const drawn = (x) => {
      const cs = getComputedStyle(x);
      return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
    };
    return {
      host: { id: host.id, tag: host.tagName.toLowerCase(), role: host.getAttribute('role') },
      inner: { tag: el.tagName.toLowerCase(), id: el.id, type: el.getAttribute('type'), name: el.getAttribute('name') },
      visible: el.matches(':focus-visible') && (drawn(el) || drawn(host)),
      inView: (() => {
        const r = host.getBoundingClientRect();
        return r.bottom > 0 && r.top < globalThis.innerHeight;
      })(),
      text: (host.getAttribute('aria-label') || host.textContent || '').trim().slice(0, 60),
    };
  });
}

/** Asserts focus is on something, visibly, and returns what. */
async function visibleFocus(frame, step) {
  const f = await focused(frame);
  assert.ok(f.host, `${step}: focus fell back to the page`);
  assert.ok(f.visible, `${step}: ${f.host.tag}#${f.host.id} "${f.text}" has focus but no visible indicator`);
  assert.ok(f.inView, `${step}: ${f.host.tag}#${f.host.id} "${f.text}" has focus but is scrolled out of sight`);
  return f;
}

/** Presses `key` until `done(focus)` holds, checking visible focus at every stop on the way. */
async function pressUntil(page, frame, key, done, step, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await visibleFocus(frame, `${step}, ${key} #${i + 1}`);
    if (done(f)) return f;
  }
  throw new Error(`${step}: ${max} presses of ${key} never got there`);
}

/** Waits until the focused element satisfies `done` (focus may move after a reply arrives). */
async function focusSettles(frame, done, step) {
  const deadline = Date.now() + 10_000;
  let f;
  while (Date.now() < deadline) {
    f = await focused(frame);
    if (f.host && done(f)) return visibleFocus(frame, step);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${step}: focus is on ${JSON.stringify(f)}`);
}

/** The index of the quiz option that favours Data Engineer most. */
const deIndex = (q) => q.options.findIndex((o) => o.id === deOption(q));

describe('keyboard only, with visible focus (real workbench)', () => {
  useWorkbench();
  let frame;
  const heading = () => frame.locator('h1').innerText();

  it('opens the comparison from the palette and reaches the tabs with Tab', async () => {
    const { page } = ui();
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.type('>Career Lens: Open Comparison');
    await page
      .locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'Career Lens: Open Comparison' })
      .waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    frame = await webviewFrame(page, '[data-testid="overview-table"]');
    const stops = [];
    await pressUntil(
      page,
      frame,
      'Tab',
      (f) => {
        stops.push(f.host.id);
        return f.host.id === 'tab-overview';
      },
      'into the page',
    );
    assert.deepEqual(stops, ['role-a', 'swap', 'role-b', 'tab-overview'], 'the role pickers, then the tabs');
  });

  it('visits every tab with the arrow keys, each shown with its tab focused', async () => {
    const { page } = ui();
    for (const tab of TABS.slice(1)) {
      const f = await pressUntil(page, frame, 'ArrowRight', () => true, `to ${tab}`, 1);
      assert.equal(f.host.id, `tab-${tab}`);
      assert.equal(f.host.role, 'tab');
      await frame.waitForSelector(`[data-testid="panel-${tab}"]`, { state: 'visible', timeout: 10_000 });
      assert.equal(await frame.getAttribute(`#tab-${tab}`, 'aria-selected'), 'true');
    }
    await page.keyboard.press('Home');
    await frame.waitForSelector('[data-testid="panel-overview"]', { state: 'visible' });
    await visibleFocus(frame, 'Home');
  });

  it('changes a role from its picker and keeps focus there while the comparison reloads', async () => {
    const { page } = ui();
    const before = await heading();
    assert.equal(before, 'Data Engineer compared with Machine Learning Engineer');
    await pressUntil(page, frame, 'Shift+Tab', (f) => f.host.id === 'role-b', 'back to the second role');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await frame.waitForFunction(
      (b) =>
        globalThis.document.querySelector('h1')?.textContent !== b &&
        globalThis.document.querySelector('[data-testid="overview-table"]'),
      before,
      { timeout: 10_000 },
    );
    assert.match(await heading(), /^Data Engineer compared with (?!Machine Learning Engineer$)/);
    await focusSettles(frame, (f) => f.host.id === 'role-b', 'after the comparison reloaded');
    await screenshot(page, 'keyboard-role-changed');
  });

  it('takes the whole quiz from the keyboard', async () => {
    const { page } = ui();
    await pressUntil(page, frame, 'Tab', (f) => f.host.role === 'tab', 'to the tabs');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await focusSettles(frame, (f) => f.host.id === 'tab-quiz', 'the quiz tab');
    await pressUntil(page, frame, 'Tab', (f) => f.host.id === 'quiz-start', 'to Start');
    await page.keyboard.press('Enter');
    for (const [i, q] of QUIZ.entries()) {
      await frame.waitForSelector(`[data-question="${q.id}"]`);
      await focusSettles(frame, (f) => f.inner.id === 'quiz-prompt', `question ${i + 1} announced`);
      await pressUntil(page, frame, 'Tab', (f) => f.inner.type === 'radio', `question ${i + 1}'s options`);
      await page.keyboard.press('Space');
      for (let k = 0; k < deIndex(q); k++) await page.keyboard.press('ArrowDown');
      const f = await visibleFocus(frame, `question ${i + 1}'s choice`);
      assert.equal(f.inner.id, `opt-${q.options[deIndex(q)].id}`);
      assert.ok(await frame.isChecked(`#opt-${q.options[deIndex(q)].id}`));
      await page.keyboard.press('Enter');
    }
    await frame.waitForSelector('[data-testid="quiz-verdict"]');
    assert.match(await frame.locator('[data-testid="quiz-verdict"]').innerText(), /Best fit: Data Engineer/);
    assert.match(await frame.locator('.quiz-result').innerText(), new RegExp(`${QUIZ.length} questions you answered`));
  });

  it('opens the plan from the result and marks a skill, with focus kept on the mark', async () => {
    const { page } = ui();
    await pressUntil(page, frame, 'Tab', (f) => f.host.id === 'quiz-plan', 'to Plan towards');
    await page.keyboard.press('Enter');
    await focusSettles(frame, (f) => f.host.id === 'tab-plan', 'the plan tab, shown');
    await frame.waitForSelector('[data-testid="plan-missing"] .marks input', { timeout: 10_000 });
    const covered = await frame.locator('[data-testid="plan-coverage"]').innerText();
    const first = await pressUntil(
      page,
      frame,
      'Tab',
      (f) => f.inner.type === 'radio' && f.inner.name?.startsWith('mark-'),
      "to a skill's marks",
    );
    const skill = first.inner.name.slice('mark-'.length);
    assert.equal(first.inner.id, `mark-${skill}-have`);
    await page.keyboard.press('Space');
    // The host saves the mark and sends the plan again: the skill moves to what transfers.
    await frame.waitForSelector(`[data-testid="plan-transfers"] [data-skill="${skill}"] #mark-${skill}-have:checked`, {
      timeout: 10_000,
    });
    assert.notEqual(await frame.locator('[data-testid="plan-coverage"]').innerText(), covered);
    await focusSettles(frame, (f) => f.inner.id === `mark-${skill}-have`, 'the mark, after the plan re-rendered');
    await page.keyboard.press('ArrowDown');
    await frame.waitForSelector(`[data-skill="${skill}"] #mark-${skill}-learning:checked`, { timeout: 10_000 });
    await focusSettles(frame, (f) => f.inner.id === `mark-${skill}-learning`, 'the next mark');
    await screenshot(page, 'keyboard-plan-marked');
  });
});
