import * as assert from 'node:assert/strict';
import { defaultState, restoreState, STATE_VERSION } from '../../src/core/profile';

describe('saved state', () => {
  const good = { ...defaultState(), skills: { sql: 'have' }, target: 'ml-engineer' };

  it('restores a valid state unchanged', () => {
    assert.deepEqual(restoreState(good), { state: good, problem: null });
  });

  it('reads a profile saved with a scored quiz result: keeps the answers and marks, drops the stale result', () => {
    const old = {
      ...good,
      quiz: {
        answers: { 'pay-ceiling': 'pay-top' },
        takenAt: '2026-11-01T00:00:00Z',
        result: { verdict: 'too-close', margin: 0.0999 },
      },
    };
    const r = restoreState(old);
    assert.equal(r.problem, null);
    assert.deepEqual(r.state.quiz, { answers: { 'pay-ceiling': 'pay-top' }, takenAt: '2026-11-01T00:00:00Z' });
    assert.deepEqual(r.state.skills, { sql: 'have' });
  });

  it('starts fresh and silently when nothing was saved', () => {
    assert.deepEqual(restoreState(undefined), { state: defaultState(), problem: null });
  });

  const corrupted: [string, unknown, RegExp][] = [
    ['garbage text', '}{not json', /was string/],
    ['null', null, /was null/],
    ['a number', 42, /was number/],
    ['an array', [good], /was an array/],
    ['an old shape', { profile: { sql: true } }, /version null/],
    ['a future version', { ...good, version: STATE_VERSION + 1 }, /version 2/],
    ['a bad mark', { ...good, skills: { sql: 'expert' } }, /at skills\.sql/],
    ['an unknown key', { ...good, extra: 1 }, /invalid/],
    ['a hostile key', JSON.parse('{"__proto__": {"polluted": true}, "version": 1}'), /invalid/],
  ];
  for (const [label, raw, reason] of corrupted) {
    it(`recovers from ${label} with a reason`, () => {
      const r = restoreState(raw);
      assert.deepEqual(r.state, defaultState());
      assert.match(r.problem ?? '', reason);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
  }
});
