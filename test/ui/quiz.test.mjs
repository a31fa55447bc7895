import assert from 'node:assert/strict';
import { pickRow, runFromPalette, screenshot, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';
import { QUIZ, deOption } from './product.mjs';

describe('fit quiz and plan (real workbench)', () => {
  useWorkbench();
  let frame;

  it('takes the whole quiz by keyboard and clicks, with back and skip', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Take the Fit Quiz');
    frame = await webviewFrame(page, '#quiz-start');
    await frame.click('#quiz-start');
    for (const [i, q] of QUIZ.entries()) {
      await frame.waitForSelector(`[data-question="${q.id}"]`);
      assert.match(
        await frame.locator('#quiz-progress').innerText(),
        new RegExp(`Question ${i + 1} of ${QUIZ.length}`),
      );
      if (i === QUIZ.length - 1) {
        await frame.click('#quiz-skip');
        break;
      }
      const want = deOption(q);
      if (i < 3) {
        // Keyboard only: focus the first option, arrow to the wanted one, Enter to go on.
        await frame.focus(`[data-question="${q.id}"] input[type=radio]`);
        await page.keyboard.press('Space');
        const ids = q.options.map((o) => o.id);
        for (let k = 0; k < ids.indexOf(want); k++) await page.keyboard.press('ArrowDown');
        assert.ok(await frame.isChecked(`#opt-${want}`));
        await page.keyboard.press('Enter');
      } else {
        await frame.click(`label[for="opt-${want}"]`);
        if (i === 4) {
          await frame.click('#quiz-back');
          await frame.waitForSelector(`[data-question="${QUIZ[3].id}"]`);
          assert.ok(await frame.isChecked(`#opt-${deOption(QUIZ[3])}`), 'going back keeps the earlier answer');
          await frame.click('#quiz-next');
          await frame.waitForSelector(`[data-question="${q.id}"]`);
          assert.ok(await frame.isChecked(`#opt-${want}`));
        }
        if (i === 6) await screenshot(page, 'quiz-question');
        await frame.click('#quiz-next');
      }
    }
    await frame.waitForSelector('[data-testid="quiz-verdict"]');
  });

  it('shows the result with its explanation', async () => {
    const { page } = ui();
    const top = await frame.locator('[data-testid="quiz-fits"] li').first().getAttribute('data-role');
    assert.equal(top, 'data-engineer');
    assert.match(await frame.locator('[data-testid="quiz-verdict"]').innerText(), /Best fit: Data Engineer/);
    assert.match(
      await frame.locator('.quiz-result').innerText(),
      new RegExp(`${QUIZ.length - 1} questions you answered \\(1 skipped\\)`),
    );
    const raised = frame.locator('[data-testid="quiz-raised"] li');
    assert.ok((await raised.count()) >= 1);
    assert.ok(await raised.first().locator('cite.src').count(), 'each reason cites a source');
    assert.match(await raised.first().innerText(), /gave Data Engineer \d+ more points than /);
    assert.match(
      await frame.locator('[data-testid="quiz-fit-meaning"]').innerText(),
      /the scale is the same for every role/,
    );
    await screenshot(page, 'quiz-result');
  });

  it('answers a what-if without losing the real result', async () => {
    await frame.selectOption('#whatif-question', 'models-or-substrate');
    await frame.selectOption('#whatif-option', 'models');
    await frame.click('#whatif-run');
    await frame.waitForSelector('[data-testid="whatif-result"]');
    assert.ok((await frame.locator('[data-testid="whatif-result"] li').count()) >= 2);
    assert.match(await frame.locator('[data-testid="quiz-verdict"]').innerText(), /Best fit: Data Engineer/);
  });

  it('plans towards the result, and the gap updates when skills are ticked in the tree', async () => {
    const { page } = ui();
    await frame.click('#quiz-plan');
    await frame.waitForFunction(
      () => globalThis.document.querySelector('[data-testid="plan-coverage"]')?.textContent === '0% covered',
      undefined,
      { timeout: 10_000 },
    );
    // Reveal SQL first: the tree is virtualised, so an off-screen row does not exist to click.
    await runFromPalette(page, 'Career Lens: Find Skill…');
    await page.locator('.quick-input-widget input').fill('SQL');
    await pickRow(page, 'SQL');
    const row = page
      .locator('.pane-body .monaco-list-row.selected', { has: page.locator('.label-name', { hasText: /^SQL$/ }) })
      .first();
    await row.locator('.custom-view-tree-node-item-checkbox').click();
    await frame.waitForFunction(
      () =>
        /^[1-9]\d*% covered$/.test(
          globalThis.document.querySelector('[data-testid="plan-coverage"]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 10_000 },
    );
    const afterTree = await frame.locator('[data-testid="plan-coverage"]').innerText();
    assert.ok(await frame.locator('[data-testid="plan-transfers"] [data-skill="sql"]').count(), 'SQL now transfers');
    await frame.click('label[for="mark-python-learning"]');
    await frame.waitForFunction(
      (before) => globalThis.document.querySelector('[data-testid="plan-coverage"]')?.textContent !== before,
      afterTree,
      { timeout: 10_000 },
    );
    await screenshot(page, 'plan');
  });

  it("a tie shows the close call with each source's advice", async () => {
    const { page } = ui();
    await frame.click('#tab-quiz');
    await frame.click('#quiz-retake');
    // Answer only that models and the substrate appeal equally; skip the rest.
    for (const q of QUIZ) {
      await frame.waitForSelector(`[data-question="${q.id}"]`);
      if (q.id === 'models-or-substrate') {
        await frame.click('label[for="opt-both"]');
        await frame.click('#quiz-next');
      } else await frame.click('#quiz-skip');
    }
    await frame.waitForSelector('[data-testid="quiz-close-call"]');
    assert.match(
      await frame.locator('[data-testid="quiz-verdict"]').innerText(),
      /Too close to call\. .* are level, under the 10-point line/,
    );
    const advice = await frame.locator('[data-testid="quiz-close-call"] li').allInnerTexts();
    assert.ok(advice.length >= 2, advice.join('\n'));
    assert.ok(await frame.locator('#quiz-hybrid').count(), 'offers to compare the hybrid');
    await screenshot(page, 'quiz-close-call');
  });
});
