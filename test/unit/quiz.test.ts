import * as assert from 'node:assert/strict';
import { computeGap, defaultState, restoreState, STATE_VERSION } from '../../src/core/profile';
import { emptyDataset } from '../../src/core/dataset';
import { QuizAnswerError, scoreQuiz, TOO_CLOSE, whatIf, type Answers } from '../../src/core/quiz';
import type { Dataset } from '../../src/core/schema';
import { builtIn } from './fixtures';

/** For each question, the option that favours `role` most over every other role. */
function allFor(d: Dataset, role: string): Answers {
  return Object.fromEntries(d.quiz.map((q) => {
    const best = [...q.options].sort((a, b) => {
      const edge = (o: typeof a) => (o.weights[role] ?? 0) - Math.max(0, ...Object.entries(o.weights).filter(([r]) => r !== role).map(([, w]) => w));
      return edge(b) - edge(a);
    })[0]!;
    return [q.id, best.id];
  }));
}

describe('quiz scoring', () => {
  const d = builtIn();

  it('has at least 10 questions, each option with a rationale and source', () => {
    assert.ok(d.quiz.length >= 10);
    for (const q of d.quiz) for (const o of q.options) assert.ok(o.rationale && o.source, `${q.id}/${o.id}`);
  });

  it('all-DE answers give Data Engineer, clearly', () => {
    const r = scoreQuiz(d, allFor(d, 'data-engineer'));
    assert.equal(r.fits[0]!.role, 'data-engineer');
    assert.equal(r.verdict, 'clear');
    assert.equal(r.fits[0]!.fit, 1);
  });

  it('all-MLE answers give ML Engineer, clearly', () => {
    const r = scoreQuiz(d, allFor(d, 'ml-engineer'));
    assert.equal(r.fits[0]!.role, 'ml-engineer');
    assert.equal(r.verdict, 'clear');
  });

  it('a balanced set is too close to call and suggests the hybrid, citing the source', () => {
    const de = allFor(d, 'data-engineer');
    const mle = allFor(d, 'ml-engineer');
    const balanced: Answers = Object.fromEntries(d.quiz.map((q, i) => [q.id, i % 2 === 0 ? de[q.id]! : mle[q.id]!]));
    const r = scoreQuiz(d, balanced);
    assert.equal(r.verdict, 'too-close', JSON.stringify(r.fits.map((f) => [f.role, f.fit.toFixed(3)])));
    assert.ok(r.margin < TOO_CLOSE);
    assert.deepEqual([r.suggestion?.role, r.suggestion?.source], ['ml-platform-engineer', 'datadriven']);
  });

  it('applies weights exactly (checked by hand)', () => {
    // Q1 "pipeline-reliability": DE 3, MLP 1 (MLP's bounds on Q1 are 1…3, AII's 0…1).
    // Q2 "stats-some": MLE 1 (bounds 0…3 for MLE and DE; the hybrids are not weighted on Q2).
    const r = scoreQuiz(d, { 'accuracy-or-reliability': 'pipeline-reliability', 'statistics-appetite': 'stats-some' });
    const fit = Object.fromEntries(r.fits.map((f) => [f.role, [f.raw, f.min, f.max, f.fit]]));
    assert.deepEqual(fit['data-engineer'], [3, 0, 6, 0.5]);
    assert.deepEqual(fit['ml-engineer'], [1, 0, 6, 1 / 6]);
    assert.deepEqual(fit['ml-platform-engineer'], [1, 1, 3, 0]);
    assert.deepEqual(fit['ai-infrastructure-engineer'], [0, 0, 1, 0]);
    // DE leads MLE by a third of the scale: a clear call.
    assert.deepEqual(r.fits.slice(0, 2).map((f) => f.role), ['data-engineer', 'ml-engineer']);
    assert.equal(r.verdict, 'clear');
    assert.equal(r.answered, 2);
    assert.equal(r.skipped, d.quiz.length - 2);
  });

  it('names the answers that moved the result most, with rationale and source', () => {
    const r = scoreQuiz(d, allFor(d, 'data-engineer'));
    assert.ok(r.drivers.length > 0 && r.drivers.length <= 3);
    assert.ok(r.drivers.every((x) => x.influence > 0 && x.rationale && x.source));
    const sorted = [...r.drivers].sort((a, b) => Math.abs(b.influence) - Math.abs(a.influence));
    assert.deepEqual(r.drivers, sorted);
  });

  it('what-if equals a full re-score with the changed answer', () => {
    const answers = allFor(d, 'data-engineer');
    const changed = whatIf(d, answers, 'models-or-substrate', 'models');
    assert.deepEqual(changed, scoreQuiz(d, { ...answers, 'models-or-substrate': 'models' }));
    assert.notDeepEqual(changed.fits, scoreQuiz(d, answers).fits);
  });

  it('treats skipped questions as unanswered and no answers as no result', () => {
    const r = scoreQuiz(d, { 'accuracy-or-reliability': null });
    assert.equal(r.verdict, 'no-answers');
    assert.equal(r.answered, 0);
  });

  it('refuses an unknown question or option by name', () => {
    assert.throws(() => scoreQuiz(d, { nope: 'x' }), (e: unknown) => e instanceof QuizAnswerError && /unknown question 'nope'/.test(e.message));
    assert.throws(() => scoreQuiz(d, { 'pay-ceiling': 'lots' }), /has no option 'lots'/);
  });
});

describe('skill gap', () => {
  // A tiny dataset whose coverage can be worked out by hand.
  const d: Dataset = {
    ...emptyDataset(),
    sources: [{ id: 's', publisher: 'S', title: 'T', asOf: null, basis: null }],
    roles: [{ id: 'target', name: 'Target', kind: 'hybrid', aliases: [], summary: 'x', coreFocus: 'x', sources: ['s'] }],
    skills: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase(), category: 'foundation' as const, description: 'x', keywords: [], editorial: 'test' })),
    roleSkills: [
      { role: 'target', skill: 'a', depth: 'core', term: 'Core', source: 's' }, // weight 6/6
      { role: 'target', skill: 'b', depth: 'moderate', term: 'Moderate', source: 's' }, // weight 4/6
      { role: 'target', skill: 'c', depth: null, term: null, source: 's' }, // named, ungraded: 4/6
      { role: 'target', skill: 'd', depth: 'rare', term: 'Rarely needed', source: 's' }, // peripheral: left out
    ],
  };

  it('weights coverage by depth, with learning at half (checked by hand)', () => {
    const gap = computeGap(d, { skills: { a: 'have', b: 'learning' }, current: null }, 'target');
    // (1×1 + 4/6×0.5 + 4/6×0) / (1 + 4/6 + 4/6) = (4/3) / (7/3) = 4/7
    assert.ok(Math.abs(gap.coverage - 4 / 7) < 1e-12, String(gap.coverage));
    assert.deepEqual(gap.missing.map((i) => i.skill.id), ['b', 'c']);
    assert.deepEqual(gap.transfers.map((i) => i.skill.id), ['a']);
    assert.ok(!gap.missing.some((i) => i.skill.id === 'd'), 'a rarely needed skill is not a gap');
  });

  it('is 0% with nothing marked and 100% with everything held', () => {
    assert.equal(computeGap(d, { skills: {}, current: null }, 'target').coverage, 0);
    assert.equal(computeGap(d, { skills: { a: 'have', b: 'have', c: 'have' }, current: null }, 'target').coverage, 1);
  });

  it('lists every source\'s time estimate for the move, without merging them', () => {
    const gap = computeGap(builtIn(), { skills: {}, current: 'data-engineer' }, 'ml-engineer');
    assert.deepEqual(gap.time.map((t) => [t.monthsMin, t.monthsMax, t.source]).sort(), [[12, 18, 'datadriven'], [6, 12, 'interview-kickstart'], [6, 9, 'ai-pulse']].sort());
    assert.deepEqual(computeGap(builtIn(), { skills: {}, current: 'backend-engineer' }, 'data-engineer').time.map((t) => [t.monthsMin, t.monthsMax]), [[2, 3]]);
    assert.deepEqual(computeGap(builtIn(), { skills: {}, current: 'ml-engineer' }, 'data-engineer').time.filter((t) => t.monthsMin !== null).map((t) => [t.monthsMin, t.monthsMax]), [[3, 4]]);
  });

  it('orders missing skills by weight for the real ML engineer target', () => {
    const gap = computeGap(builtIn(), { skills: { python: 'have', sql: 'have' }, current: 'data-engineer' }, 'ml-engineer');
    const weights = gap.missing.map((i) => i.weight);
    assert.deepEqual(weights, [...weights].sort((a, b) => b - a));
    assert.deepEqual(gap.transfers.map((i) => i.skill.id).sort(), ['python', 'sql']);
    assert.ok(gap.coverage > 0 && gap.coverage < 0.5);
  });
});

describe('saved state', () => {
  const good = { ...defaultState(), skills: { sql: 'have' }, target: 'ml-engineer' };

  it('restores a valid state unchanged', () => {
    assert.deepEqual(restoreState(good), { state: good, problem: null });
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
