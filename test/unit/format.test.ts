import * as assert from 'node:assert/strict';
import * as webviewL10n from '@vscode/l10n';
import {
  ENGLISH,
  formatRange,
  levelLabel,
  markChoices,
  monthsText,
  sourceLabel,
  type L10n,
} from '../../src/core/format';
import { builtIn } from './fixtures';
import { depthSpoken, depthSummary } from '../../src/core/outline';

describe('one formatter (core/format.ts)', () => {
  it('formats months for every shape a pack can give, never "null" (regression)', () => {
    assert.equal(monthsText({ monthsMin: 6, monthsMax: 9 }), '6–9 months');
    assert.equal(monthsText({ monthsMin: 6, monthsMax: null }), '6+ months');
    assert.equal(monthsText({ monthsMin: null, monthsMax: 9 }), 'Up to 9 months');
    assert.equal(monthsText({ monthsMin: 3, monthsMax: 3 }), '3 months');
    assert.equal(monthsText({ monthsMin: null, monthsMax: null }), 'No duration given');
  });

  it('formats pay ranges without inventing numbers', () => {
    assert.equal(
      formatRange({ min: 700000, max: 3500000, currency: 'NGN', period: 'month', openEnded: false }),
      '₦700K–₦3.5M / month',
    );
    assert.equal(formatRange({ min: 300000, max: null, currency: 'USD', period: 'year', openEnded: false }), '$300K+');
    assert.equal(formatRange({ min: null, max: null, currency: 'USD', period: 'year', openEnded: false }), 'no data');
  });

  it('labels sources one way everywhere: publisher and date, or "Unattributed article", or the editorial mark', () => {
    const d = builtIn();
    assert.equal(sourceLabel(d, 'ai-pulse'), 'AI Pulse (2026)');
    assert.equal(sourceLabel(d, 'career-compare'), 'Unattributed article');
    assert.equal(sourceLabel(d, 'career-lens'), 'Career Lens (editorial)');
  });

  it('translates through the l10n it is given', () => {
    const shout: L10n = { t: (m, ...a) => ENGLISH.t(m, ...a).toUpperCase() };
    assert.equal(monthsText({ monthsMin: 6, monthsMax: 9 }, shout), '6–9 MONTHS');
    assert.equal(levelLabel('faang-l5', shout), 'FAANG L5');
  });

  it('translates with @vscode/l10n and a bundle, as the webview does', () => {
    webviewL10n.config({ contents: { '{0}–{1} months': '{0} à {1} mois', 'Not yet': 'Pas encore' } });
    try {
      assert.equal(monthsText({ monthsMin: 6, monthsMax: 9 }, webviewL10n), '6 à 9 mois');
      assert.deepEqual(
        markChoices(webviewL10n).map(([, label]) => label),
        ['Have', 'Learning', 'Pas encore'],
      );
    } finally {
      webviewL10n.config({ contents: {} });
    }
  });
});

describe('depthSpoken (the Skills view for screen readers)', () => {
  it('says in words what "DE ✓ · MLE —" shows in symbols', () => {
    const d = builtIn();
    assert.equal(depthSummary(d, 'workflow-orchestration', ['data-engineer', 'ml-engineer']), 'DE ✓ · MLE —');
    assert.equal(
      depthSpoken(d, 'workflow-orchestration', ['data-engineer', 'ml-engineer']),
      'Data Engineer: listed; Machine Learning Engineer: not listed',
    );
  });
});
