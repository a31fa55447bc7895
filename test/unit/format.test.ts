import * as assert from 'node:assert/strict';
import { english, formatRange, levelLabel, monthsText, sourceLabel, type Translate } from '../../src/core/format';
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
    assert.equal(formatRange({ min: 700000, max: 3500000, currency: 'NGN', period: 'month', openEnded: false }), '₦700K–₦3.5M / month');
    assert.equal(formatRange({ min: 300000, max: null, currency: 'USD', period: 'year', openEnded: false }), '$300K+');
    assert.equal(formatRange({ min: null, max: null, currency: 'USD', period: 'year', openEnded: false }), 'no data');
  });

  it('labels sources one way everywhere: publisher and date, or "Unattributed article", or the editorial mark', () => {
    const d = builtIn();
    assert.equal(sourceLabel(d, 'ai-pulse'), 'AI Pulse (2026)');
    assert.equal(sourceLabel(d, 'career-compare'), 'Unattributed article');
    assert.equal(sourceLabel(d, 'career-lens'), 'Career Lens (editorial)');
  });

  it('translates through the function it is given', () => {
    const shout: Translate = (m, ...a) => english(m, ...a).toUpperCase();
    assert.equal(monthsText({ monthsMin: 6, monthsMax: 9 }, shout), '6–9 MONTHS');
    assert.equal(levelLabel('faang-l5', shout), 'FAANG L5');
  });
});

describe('depthSpoken (the Skills view for screen readers)', () => {
  it('says in words what "DE ✓ · MLE —" shows in symbols', () => {
    const d = builtIn();
    assert.equal(depthSummary(d, 'workflow-orchestration', ['data-engineer', 'ml-engineer']), 'DE ✓ · MLE —');
    assert.equal(depthSpoken(d, 'workflow-orchestration', ['data-engineer', 'ml-engineer']), 'Data Engineer: listed; Machine Learning Engineer: not listed');
  });
});
