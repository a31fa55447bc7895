import * as assert from 'node:assert/strict';
import { emptyDataset } from '../../src/core/dataset';
import { computeGap } from '../../src/core/profile';
import type { Dataset } from '../../src/core/schema';
import { builtIn } from './fixtures';

describe('skill gap', () => {
  // A tiny dataset whose coverage can be worked out by hand.
  const d: Dataset = {
    ...emptyDataset(),
    sources: [{ id: 's', publisher: 'S', title: 'T', asOf: null, basis: null }],
    roles: [
      { id: 'target', name: 'Target', kind: 'hybrid', aliases: [], summary: 'x', coreFocus: 'x', sources: ['s'] },
    ],
    skills: ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      name: id.toUpperCase(),
      category: 'foundation' as const,
      description: 'x',
      keywords: [],
      editorial: 'test',
    })),
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
    assert.deepEqual(
      gap.missing.map((i) => i.skill.id),
      ['b', 'c'],
    );
    assert.deepEqual(
      gap.transfers.map((i) => i.skill.id),
      ['a'],
    );
    assert.ok(!gap.missing.some((i) => i.skill.id === 'd'), 'a rarely needed skill is not a gap');
  });

  it('is 0% with nothing marked and 100% with everything held', () => {
    assert.equal(computeGap(d, { skills: {}, current: null }, 'target').coverage, 0);
    assert.equal(computeGap(d, { skills: { a: 'have', b: 'have', c: 'have' }, current: null }, 'target').coverage, 1);
  });

  it("lists every source's time estimate for the move, without merging them", () => {
    const gap = computeGap(builtIn(), { skills: {}, current: 'data-engineer' }, 'ml-engineer');
    assert.deepEqual(
      gap.time.map((t) => [t.monthsMin, t.monthsMax, t.source]).sort(),
      [
        [12, 18, 'datadriven'],
        [6, 12, 'interview-kickstart'],
        [6, 9, 'ai-pulse'],
      ].sort(),
    );
    assert.deepEqual(
      computeGap(builtIn(), { skills: {}, current: 'backend-engineer' }, 'data-engineer').time.map((t) => [
        t.monthsMin,
        t.monthsMax,
      ]),
      [[2, 3]],
    );
    assert.deepEqual(
      computeGap(builtIn(), { skills: {}, current: 'ml-engineer' }, 'data-engineer')
        .time.filter((t) => t.monthsMin !== null)
        .map((t) => [t.monthsMin, t.monthsMax]),
      [[3, 4]],
    );
  });

  it('orders missing skills by weight for the real ML engineer target', () => {
    const gap = computeGap(
      builtIn(),
      { skills: { python: 'have', sql: 'have' }, current: 'data-engineer' },
      'ml-engineer',
    );
    const weights = gap.missing.map((i) => i.weight);
    assert.deepEqual(
      weights,
      [...weights].sort((a, b) => b - a),
    );
    assert.deepEqual(gap.transfers.map((i) => i.skill.id).sort(), ['python', 'sql']);
    assert.ok(gap.coverage > 0 && gap.coverage < 0.5);
  });
});
