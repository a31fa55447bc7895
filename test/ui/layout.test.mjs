// Long unbroken text from a data pack must never overflow: on every tab, every element's box is
// measured against the page width, and every SVG label against its chart's viewBox.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFromPalette, screenshot, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';
import { TABS } from './product.mjs';
import { openTab, togglePayView } from './waits.mjs';

const LABEL = `Unbroken${'X'.repeat(192)}`; // 200 characters, the schema's longest label
const TEXT = `Unbroken${'Y'.repeat(1992)}`; // 2000 characters, the longest text

function longPack() {
  const src = 'long-src';
  return {
    sources: [
      { id: src, publisher: LABEL, title: LABEL, asOf: '2026', basis: TEXT },
      // A real-world publisher name of about 25 characters, which used to run off the pay chart.
      {
        id: 'long-publisher',
        publisher: 'Interview Kickstart Global',
        title: 'Pay survey',
        asOf: 'April 2026',
        basis: null,
      },
    ],
    roles: [
      {
        id: 'long-role',
        name: LABEL,
        kind: 'hybrid',
        aliases: [LABEL],
        summary: TEXT,
        coreFocus: TEXT,
        sources: [src],
      },
    ],
    compensation: [
      {
        id: 'long-junior',
        role: 'long-role',
        level: 'junior',
        region: 'us',
        currency: 'USD',
        period: 'year',
        kind: 'total',
        min: 120000,
        max: 150000,
        employer: LABEL,
        note: TEXT,
        source: src,
      },
      {
        id: 'long-mid',
        role: 'long-role',
        level: 'mid',
        region: 'us',
        currency: 'USD',
        period: 'year',
        kind: 'total',
        min: 150000,
        max: 190000,
        source: 'long-publisher',
      },
    ],
    metrics: [
      {
        id: 'long-metric',
        kind: 'posting-growth',
        label: LABEL,
        roles: ['long-role'],
        min: 12,
        max: 12,
        unit: 'percent',
        year: '2026',
        note: TEXT,
        source: src,
      },
    ],
    transitions: [
      {
        id: 'long-move',
        from: 'data-engineer',
        to: 'long-role',
        monthsMin: 6,
        monthsMax: 9,
        gaps: [LABEL],
        note: TEXT,
        source: src,
      },
    ],
    ladders: [{ role: 'long-role', kind: 'levels', steps: [LABEL, LABEL], source: src }],
  };
}

/** Everything that sticks out: element boxes past the page width, SVG text past its viewBox. */
function overflowing() {
  const doc = globalThis.document;
  const width = doc.documentElement.clientWidth;
  const out = [];
  if (doc.documentElement.scrollWidth > width + 1)
    out.push(`page scrolls sideways by ${doc.documentElement.scrollWidth - width}px`);
  for (const el of doc.querySelectorAll('#app *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 1)
      out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} by ${Math.round(r.right - width)}px`);
  }
  for (const svg of doc.querySelectorAll('#app svg[viewBox]')) {
    if (!svg.getBoundingClientRect().width) continue;
    const vb = svg.viewBox.baseVal;
    for (const t of svg.querySelectorAll('text')) {
      const b = t.getBBox();
      if (b.x < vb.x - 1 || b.x + b.width > vb.x + vb.width + 1 || b.y + b.height > vb.y + vb.height + 2) {
        out.push(`svg text "${t.textContent.slice(0, 30)}" outside the viewBox`);
      }
    }
  }
  return [...new Set(out)].slice(0, 10);
}

describe('long text from a data pack never overflows (real workbench)', () => {
  useWorkbench({
    setup(workspace) {
      mkdirSync(join(workspace, 'packs'), { recursive: true });
      writeFileSync(join(workspace, 'packs', 'long.json'), JSON.stringify(longPack()));
    },
    settings: { 'careerLens.dataPacks': ['packs/long.json'] },
  });

  it('keeps every box inside the page on every tab, with the long role selected', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Compare Roles…');
    await page.locator('.quick-input-widget input').fill('Unbroken');
    await page.locator('.quick-input-widget .monaco-list-row').first().click();
    await page.locator('.quick-input-widget input').fill('Data Engineer');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Data Engineer' }).first().click();
    const frame = await webviewFrame(page, '[data-testid="overview-table"]');
    await frame.waitForFunction(
      () =>
        globalThis.document.querySelector('[data-testid="overview-table"] thead')?.textContent?.includes('UnbrokenXXX'),
      undefined,
      { timeout: 15_000 },
    );
    const problems = {};
    for (const tab of TABS) {
      await openTab(frame, tab);
      const found = await frame.evaluate(overflowing);
      if (found.length) problems[tab] = found;
      if (tab === 'pay') {
        // The chart and the table view both.
        await togglePayView(frame);
        const other = await frame.evaluate(overflowing);
        if (other.length) problems['pay (other view)'] = other;
        await togglePayView(frame);
      }
    }
    await frame.click('[data-testid="tab-pay"]');
    await screenshot(page, 'layout-long-text-pay');
    assert.deepEqual(problems, {});
  });
});
