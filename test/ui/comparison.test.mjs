import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/codeServer.mjs';
import { runFromPalette, screenshot, setTheme, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';
import { TABS } from './product.mjs';
import { openTab, tabHasContent, themeApplied, togglePayView } from './waits.mjs';

/** The comparison's own tabs (the quiz and plan have suites of their own). */
const COMPARISON_TABS = TABS.filter((t) => t !== 'quiz' && t !== 'plan');
const compensation = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'compensation.json'), 'utf8')).compensation;
const k = (n) => `$${n / 1000}K`;

/** The same range text the dataset implies, computed independently of the extension's code. */
function expectedRange(id) {
  const c = compensation.find((x) => x.id === id);
  assert.ok(c, `no figure ${id} in data/compensation.json`);
  return `${k(c.min)}–${k(c.max)} ${c.kind}`;
}

async function choose(frame, dropdownId, optionText) {
  await frame.click(`#${dropdownId}`);
  await frame.locator(`#${dropdownId}`).getByRole('option', { name: optionText }).first().click();
}

describe('comparison webview (real workbench)', () => {
  useWorkbench();
  let frame;

  before(async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    frame = await webviewFrame(page, '[data-testid="tab-overview"]');
    await frame.waitForSelector('[data-testid="overview-table"]');
  });

  it('shows the default pair and a cited overview', async () => {
    const header = await frame.locator('[data-testid="overview-table"] thead').textContent();
    assert.match(header, /Data Engineer.*Machine Learning Engineer/);
    const sql = await frame.locator('[data-row="sql-depth"]').textContent();
    assert.match(sql, /Deep.*DataDriven/);
    // The first script and stylesheet came inside the page (read by the host), not as fetches.
    assert.deepEqual(
      await frame.evaluate(() => [
        !!globalThis.document.querySelector('link[rel="stylesheet"], script[src]'),
        !!globalThis.document.querySelector('style[nonce]'),
        globalThis.document.querySelectorAll('script[type="module"]:not([src])').length,
      ]),
      [false, true, 1],
    );
  });

  it('shows who each role suits and answers common questions, with sources', async () => {
    assert.match(await frame.locator('[data-testid="guidance"]').innerText(), /Choose Data Engineer if…/);
    const faq = frame
      .locator('[data-testid="faq"] details')
      .filter({ hasText: 'Can a data engineer become an ML engineer?' });
    await faq.locator('summary').click();
    const answer = await faq.innerText();
    assert.match(answer, /6–9 months.*6–12 months.*12–18 months/s);
    assert.ok((await faq.locator('cite.src').count()) >= 3);
  });

  it('switches to every tab and each has content', async () => {
    for (const tab of COMPARISON_TABS) {
      await openTab(frame, tab);
      const text = await frame.locator(`[data-testid="panel-${tab}"]`).innerText();
      assert.ok(text.trim().length > 40, `${tab} is empty`);
    }
  });

  it('shows the ML engineer staff total range from AI Pulse, as in the dataset', async () => {
    await openTab(frame, 'pay');
    if (await frame.locator('#pay-view-toggle', { hasText: 'Show as table' }).count())
      await frame.click('#pay-view-toggle');
    await frame.waitForSelector('[data-testid="pay-table"]');
    const cell = await frame.locator('[data-figure="ap-mle-staff-total"]').innerText();
    assert.ok(cell.includes(expectedRange('ap-mle-staff-total')), cell);
    assert.match(cell, /AI Pulse/);
  });

  it('switches to base pay and shows the DE junior base range from AI Pulse', async () => {
    await choose(frame, 'pay-kind', 'Base salary');
    await frame.waitForSelector('[data-figure="ap-de-junior-base"]', { timeout: 10_000 });
    const cell = await frame.locator('[data-figure="ap-de-junior-base"]').innerText();
    assert.ok(cell.includes(expectedRange('ap-de-junior-base')), cell);
    assert.equal(
      await frame.locator('[data-figure="ap-de-junior-total"]').count(),
      0,
      'total figures are filtered out',
    );
    await choose(frame, 'pay-kind', 'Total compensation');
    await frame.waitForSelector('[data-figure="ap-de-junior-total"]');
  });

  it('shows Nigeria monthly pay in naira', async () => {
    await choose(frame, 'pay-region', 'Nigeria');
    await frame.waitForSelector('[data-figure="sk-de-ng"]', { timeout: 10_000 });
    assert.match(await frame.locator('[data-figure="sk-de-ng"]').innerText(), /₦500K–₦3M \/ month/);
    await choose(frame, 'pay-region', 'United States');
    await frame.waitForSelector('[data-figure="ap-mle-staff-total"]');
  });

  it('changes the role pair to a hybrid and says "no data" instead of inventing pay', async () => {
    await choose(frame, 'role-b', 'ML Platform Engineer');
    // Tabs are built when first shown, so the overview is looked at once it is the open tab.
    await openTab(frame, 'overview');
    await frame.waitForFunction(
      () =>
        globalThis.document
          .querySelector('[data-testid="overview-table"] thead')
          ?.textContent?.includes('ML Platform Engineer'),
      undefined,
      { timeout: 10_000 },
    );
    const sqlRow = await frame.locator('[data-row="sql-depth"] td').nth(1).innerText();
    assert.match(sqlRow, /no data in sources/);
  });

  it('swaps the pair', async () => {
    await frame.click('#swap');
    await frame.waitForFunction(
      () =>
        globalThis.document.querySelector('[data-testid="overview-table"] thead th:nth-child(2)')?.textContent ===
        'ML Platform Engineer',
      undefined,
      { timeout: 10_000 },
    );
    await choose(frame, 'role-a', 'Data Engineer');
    await frame.waitForFunction(
      () =>
        globalThis.document.querySelector('[data-testid="overview-table"] thead th:nth-child(2)')?.textContent ===
        'Data Engineer',
      undefined,
      { timeout: 10_000 },
    );
    await choose(frame, 'role-b', 'Machine Learning Engineer');
    await frame.waitForFunction(
      () =>
        globalThis.document.querySelector('[data-testid="overview-table"] thead th:nth-child(3)')?.textContent ===
        'Machine Learning Engineer',
      undefined,
      { timeout: 10_000 },
    );
  });

  it('gives every tab its content when a person switches tabs as fast as they can while the rest of a new pair arrives', async () => {
    // A new pair: the page asks for the shown tab's parts, then the rest in the background;
    // every click below lands while those answers are on their way.
    await choose(frame, 'role-b', 'AI Infrastructure Engineer');
    for (let round = 0; round < 2; round++) {
      for (const tab of [...TABS].reverse()) await frame.click(`[data-testid="tab-${tab}"]`, { delay: 0 });
    }
    for (const tab of TABS) {
      await frame.click(`[data-testid="tab-${tab}"]`);
      await tabHasContent(frame, tab).catch((err) => {
        throw new Error(`the ${tab} tab never got its content: ${err.message}`);
      });
    }
    await frame.waitForFunction(
      () =>
        /AI Infrastructure Engineer/.test(
          globalThis.document.querySelector('[data-testid="overview-table"] thead')?.textContent ?? '',
        ),
      undefined,
      { timeout: 10_000 },
    );
    await choose(frame, 'role-b', 'Machine Learning Engineer');
    await openTab(frame, 'overview');
  });

  it('reveals a skill in the sidebar when clicked in the Skills tab', async () => {
    const { page } = ui();
    await openTab(frame, 'skills');
    await frame.click('[data-reveal="feature-stores"]');
    await page
      .locator('.monaco-list-row.selected', { hasText: 'Feature store architecture' })
      .waitFor({ timeout: 10_000 });
  });

  it('looks right in light, dark and high-contrast themes (screenshots)', async () => {
    const { page } = ui();
    for (const [theme, label, kind] of [
      ['light', 'Light 2026', 'light'],
      ['dark', 'Dark 2026', 'dark'],
      ['hc', 'Dark High Contrast', 'high-contrast'],
    ]) {
      await setTheme(page, label);
      await page.locator('.tab', { hasText: 'Career Lens' }).first().click();
      frame = await webviewFrame(page, '[data-testid="tab-overview"]');
      await themeApplied(frame, kind);
      for (const tab of COMPARISON_TABS) {
        await openTab(frame, tab);
        await screenshot(page, `webview-${tab}-${theme}`);
        if (tab === 'pay') {
          await togglePayView(frame);
          await screenshot(
            page,
            `webview-pay-${(await frame.locator('figure.chart').count()) ? 'chart' : 'table'}-${theme}`,
          );
          await togglePayView(frame);
        }
      }
    }
    await setTheme(page, 'Light 2026');
  });

  it('raised no uncaught errors in the page', () => {
    assert.deepEqual(ui().pageErrors, []);
  });
});
