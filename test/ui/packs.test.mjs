// A team's survey pack, signed with the real minisign and trusted in the user's settings, in
// the real comparison webview: the pay chart draws its percentiles as a box plot whose spoken
// label says every number and who signed it; the table view shows every number and the chip.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeKey, sign } from '../harness/minisign.mjs';
import { runFromPalette, webviewFrame } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';

const PACK = {
  sources: [
    {
      id: 'acme-survey',
      publisher: 'Acme People team',
      title: 'Acme pay survey',
      asOf: '2026',
      basis: 'Internal survey (test fixture)',
    },
  ],
  levels: [{ company: 'IC3', level: 'mid', source: 'acme-survey' }],
  compensation: [
    {
      id: 'acme-de-ic3',
      role: 'data-engineer',
      companyLevel: 'IC3',
      region: 'us',
      currency: 'USD',
      period: 'year',
      kind: 'total',
      percentiles: { p10: 120000, p25: 135000, p50: 150000, p75: 168000, p90: 185000 },
      sampleSize: 6,
      surveyDate: '2026-03',
      source: 'acme-survey',
    },
  ],
};
const NUMBERS =
  'p10 $120K · p25 $135K · p50 $150K · p75 $168K · p90 $185K total (IC3, small sample: 6 data points, surveyed 2026-03)';

describe('a signed survey pack in the comparison webview (real workbench)', () => {
  let fingerprint = '';
  useWorkbench({
    settings: { 'careerLens.dataPacks': ['packs/acme-survey.careerlens.json'] },
    setup: (workspace) => {
      const file = join(workspace, 'packs', 'acme-survey.careerlens.json');
      mkdirSync(join(workspace, 'packs'), { recursive: true });
      writeFileSync(file, JSON.stringify(PACK, null, 2));
      const key = makeKey();
      sign(key, file, 'pack:acme-survey version:1.4.0');
      fingerprint = /minisign public key ([0-9A-F]+)/.exec(readFileSync(key.publicFile, 'utf8'))[1];
      // The trusted key goes in the user's settings (code-server's user-data beside the workspace).
      const userSettings = join(workspace, '..', 'user-data', 'User', 'settings.json');
      const settings = JSON.parse(readFileSync(userSettings, 'utf8'));
      writeFileSync(
        userSettings,
        JSON.stringify({
          ...settings,
          'careerLens.trustedPublishers': [{ name: 'Acme People', publicKey: key.publicKey }],
        }),
      );
    },
  });

  it('draws the percentiles as a box plot whose spoken label says every number and the signer', async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Open Comparison');
    const frame = await webviewFrame(page, '[data-testid="tab-overview"]');
    await frame.click('[data-testid="tab-pay"]');
    await frame.waitForSelector('[data-testid="panel-pay"]', { state: 'visible', timeout: 10_000 });
    if (await frame.locator('#pay-view-toggle', { hasText: 'Show as chart' }).count())
      await frame.click('#pay-view-toggle');
    const box = frame.locator('svg g.bar[data-figure="acme-de-ic3"]');
    await box.waitFor({ state: 'attached', timeout: 15_000 });
    assert.deepEqual(
      await box.evaluate((g) => [
        g.querySelectorAll('rect.box').length,
        g.querySelectorAll('line.median').length,
        g.querySelectorAll('line.whisker').length,
      ]),
      [1, 1, 4],
    );
    const spoken = await box.getAttribute('aria-label');
    assert.ok(spoken.includes(NUMBERS), spoken);
    assert.ok(spoken.includes(`Acme People team (2026) · signed by Acme People · ${fingerprint} · v1.4.0`), spoken);
    // Public sources keep their range bars beside it.
    assert.ok((await frame.locator('svg g.bar:not([data-figure="acme-de-ic3"]) rect').count()) > 0);
  });

  it('the table view shows every number and the signed chip', async () => {
    const { page } = ui();
    const frame = await webviewFrame(page, '[data-testid="tab-overview"]');
    await frame.click('#pay-view-toggle');
    await frame.waitForSelector('[data-testid="pay-table"]');
    const cell = await frame.locator('[data-testid="pay-table"] [data-figure="acme-de-ic3"]').innerText();
    assert.ok(cell.includes(NUMBERS), cell);
    assert.ok(cell.includes(`signed by Acme People · ${fingerprint} · v1.4.0`), cell);
  });

  it("the Sources tab says who signed the team's source", async () => {
    const { page } = ui();
    const frame = await webviewFrame(page, '[data-testid="tab-overview"]');
    await frame.click('[data-testid="tab-sources"]');
    const card = frame.locator('#source-acme-survey');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(
      await card.locator('[data-testid="source-trust"]').innerText(),
      `signed by Acme People · ${fingerprint} · v1.4.0`,
    );
  });
});
