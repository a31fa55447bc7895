// The same extension in the browser's web worker extension host, as on vscode.dev: the trees,
// the palette and the comparison all work, and the log says which host it is.
import assert from 'node:assert/strict';
import { findSkill, openJuniorMlePay, runFromPalette, screenshot, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';

describe('web worker extension host (real workbench)', () => {
  useWorkbench({ web: true });

  it('shows the Roles tree with pay from the bundled data', async () => {
    const junior = await openJuniorMlePay(ui().page);
    assert.match(await junior.innerText(), /\$130K–\$185K total/);
  });

  it('runs in the web worker extension host, not Node', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Show Log');
    const output = page.locator('.output-view, .panel .monaco-editor').first();
    await output
      .locator('.view-lines', { hasText: 'started in the web worker extension host' })
      .first()
      .waitFor({ timeout: 20_000 });
    assert.equal(await output.locator('.view-lines', { hasText: 'started in the Node extension host' }).count(), 0);
  });

  it('finds a skill from the palette and reveals it in the Skills view', async () => {
    const row = await findSkill(ui().page, 'airflow', 'Workflow orchestration');
    assert.match(await row.innerText(), /DE ✓ · MLE —/);
  });

  it('opens the comparison, switches tabs and scores the quiz', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    const frame = await webviewFrame(page, '[data-testid="overview-table"]', 60_000);
    assert.match(
      await frame.locator('[data-testid="overview-table"] thead').innerText(),
      /Data Engineer[\s\S]*Machine Learning Engineer/,
    );
    // The first script and stylesheet came inside the page (read by the host), not as fetches.
    assert.deepEqual(
      await frame.evaluate(() => [
        !!globalThis.document.querySelector('link[rel="stylesheet"], script[src]'),
        !!globalThis.document.querySelector('style[nonce]'),
        globalThis.document.querySelectorAll('script[type="module"]:not([src])').length,
      ]),
      [false, true, 1],
    );
    await frame.click('[data-testid="tab-pay"]');
    await frame.locator('[data-testid="panel-pay"]').waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await frame.locator('[data-testid="panel-pay"]').innerText(), /AI Pulse/);
    await frame.click('[data-testid="tab-quiz"]');
    await frame.click('#quiz-start');
    // Each question's first option, then Next (the last one's Next shows the result).
    const total = Number(/of (\d+)/.exec(await frame.locator('#quiz-progress').innerText())?.[1]);
    assert.ok(total > 5, `the quiz has its questions (${total})`);
    for (let i = 1; i <= total; i++) {
      await frame.locator('#quiz-progress', { hasText: `Question ${i} of ${total}` }).waitFor({ timeout: 10_000 });
      await frame.locator('[data-question] label.option').first().click();
      await frame.click('#quiz-next');
    }
    await frame.waitForSelector('[data-testid="quiz-verdict"]', { timeout: 10_000 });
    assert.match(await frame.locator('[data-testid="quiz-verdict"]').innerText(), /Best fit: /);
    await screenshot(page, 'web-worker-quiz-result');
  });
});
