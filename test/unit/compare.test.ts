import * as assert from 'node:assert/strict';
import { compare, UnknownRoleError } from '../../src/core/compare';
import { knownPair } from '../../src/core/pair';
import { formatRange } from '../../src/core/format';
import { payByLevel } from '../../src/core/pay';
import { searchSkills } from '../../src/core/skills';
import { builtIn } from './fixtures';

describe('compare: Data Engineer vs ML Engineer', () => {
  const c = compare(builtIn(), 'data-engineer', 'ml-engineer');
  const skill = (id: string) => c.skills.find((s) => s.skill.id === id)!;

  it('puts the two roles in order', () =>
    assert.deepEqual(
      c.roles.map((r) => r.id),
      ['data-engineer', 'ml-engineer'],
    ));

  it('classes shared and unique skills', () => {
    assert.equal(skill('python').overlap, 'shared');
    assert.equal(skill('sql').overlap, 'shared');
    assert.equal(skill('dbt-transformation').overlap, 'only-a');
    assert.equal(skill('workflow-orchestration').overlap, 'only-a');
    assert.equal(skill('model-evaluation').overlap, 'only-b');
    assert.equal(skill('llm-applications').overlap, 'only-b');
  });

  it("computes depth deltas from each source's grade", () => {
    // SQL: DE Strong (5) and Deep (6) -> 5.5; MLE Moderate (4) twice -> 4.
    assert.deepEqual(skill('sql').meanDepth, [5.5, 4]);
    assert.equal(skill('sql').delta, 1.5);
    assert.deepEqual(
      skill('sql')
        .depths[0].map((d) => d.term)
        .sort(),
      ['Deep', 'Strong'],
    );
  });

  it('keeps disagreeing overlap claims: Spark is unique to DE for one source, shared for another', () => {
    const claims = skill('apache-spark').claims;
    assert.ok(claims.some((x) => x.overlap === 'unique' && x.role === 'data-engineer' && x.source === 'ai-pulse'));
    assert.ok(claims.some((x) => x.overlap === 'shared' && x.source === 'interview-kickstart'));
  });

  it('shows how each role uses a shared skill', () => {
    assert.ok(skill('sql').usage[1].some((u) => u.value.includes('training') && u.source === 'interview-kickstart'));
  });

  it('gives pay by level with one entry per source and the spread', () => {
    const senior = c.pay.find((p) => p.level === 'senior')!;
    const mleSources = senior.figures[1].map((f) => f.source).sort();
    assert.deepEqual(mleSources, ['ai-pulse', 'ai-pulse', 'career-compare', 'interview-kickstart']);
    assert.deepEqual(senior.spread[1], { min: 200000, max: 480000, sources: 3 });
  });

  it("lists transitions both ways with every source's months", () => {
    assert.deepEqual(
      c.transitions.aToB.map((t) => [t.monthsMin, t.monthsMax]).sort(),
      [
        [12, 18],
        [6, 12],
        [6, 9],
      ].sort(),
    );
    assert.ok(c.transitions.bToA.some((t) => t.monthsMin === 3 && t.monthsMax === 4));
    assert.ok(
      c.transitions.bToA.some((t) => t.monthsMin === null && t.source === 'datadriven'),
      'a source without months stays without',
    );
  });

  it('has tools side by side by category', () => {
    const orch = c.tools.find((t) => t.category === 'Pipeline orchestration')!;
    assert.ok(orch.tools[0].some((g) => g.tools.includes('Dagster')));
    assert.ok(orch.tools[1].some((g) => g.tools.includes('Metaflow')));
  });

  it('has demand figures for both roles', () => {
    const ids = c.metrics.map((m) => m.id);
    for (const id of [
      'de-posting-growth',
      'mle-posting-growth',
      'de-remote-share',
      'mle-remote-share',
      'de-bls-projection',
      'mle-demand-supply',
    ])
      assert.ok(ids.includes(id), id);
  });

  it('orders the overview rows and cites every cell', () => {
    assert.deepEqual(
      c.overview.slice(0, 3).map((r) => r.id),
      ['primary-work', 'sql-depth', 'python-depth'],
    );
    for (const row of c.overview)
      for (const cell of row.cells.flat()) assert.ok(cell.source, `${row.id} cell without source`);
    assert.ok(
      c.overview
        .find((r) => r.id === 'certification')!
        .cells[0].some((x) => x.value === 'Google Professional Data Engineer'),
    );
  });

  it('carries the guidance for each role and every FAQ answer, cited', () => {
    assert.deepEqual(
      c.guidance[0]
        .filter((g) => g.kind === 'choose-if')
        .map((g) => g.source)
        .sort(),
      ['ai-pulse', 'datadriven', 'interview-kickstart'],
    );
    assert.ok(c.guidance[1].some((g) => g.kind === 'persona' && g.source === 'skilldential'));
    assert.equal(c.faq.length, 17);
    assert.ok(c.faq.every((f) => f.sources.length > 0));
  });

  it('reports what each source contributed', () => {
    const ap = c.sources.find((s) => s.id === 'ai-pulse')!;
    assert.equal(ap.contributes.compensation, 16);
  });
});

describe('compare: hybrid pair', () => {
  const c = compare(builtIn(), 'ml-platform-engineer', 'ai-infrastructure-engineer');

  it('works for two hybrids', () =>
    assert.deepEqual(
      c.roles.map((r) => r.kind),
      ['hybrid', 'hybrid'],
    ));

  it('says "no data" (empty cells) instead of inventing', () => {
    const sql = c.overview.find((r) => r.id === 'sql-depth')!;
    assert.deepEqual(sql.cells, [[], []]);
    assert.equal(c.pay.length, 0, 'no source gives pay figures for either hybrid');
  });

  it('shares model serving, with no graded depth on either side', () => {
    const serving = c.skills.find((s) => s.skill.id === 'model-serving')!;
    assert.equal(serving.overlap, 'shared');
    assert.deepEqual(serving.meanDepth, [null, null]);
    assert.equal(serving.delta, null);
  });

  it('includes the hybrid premium', () => assert.ok(c.metrics.some((m) => m.id === 'hybrid-premium')));
});

describe('queries', () => {
  it('compare refuses an unknown role by name', () => {
    assert.throws(
      () => compare(builtIn(), 'data-engineer', 'wizard'),
      (e: unknown) => e instanceof UnknownRoleError && /unknown role 'wizard'/.test(e.message),
    );
  });

  it('payByLevel filters by kind and region', () => {
    const total = payByLevel(builtIn(), 'ml-engineer', { kind: 'total', region: 'us' });
    const staff = total.find((l) => l.level === 'staff')!;
    assert.deepEqual(
      staff.figures.map((f) => [f.min, f.max]),
      [[420000, 650000]],
    );
    assert.ok(!total.some((l) => l.figures.some((f) => f.kind === 'base')));
    const ng = payByLevel(builtIn(), 'data-engineer', { region: 'nigeria' });
    assert.deepEqual(
      ng.map((l) => l.level),
      ['mid-senior'],
    );
    assert.equal(ng[0]!.figures[0]!.currency, 'NGN');
  });

  it('formats ranges without inventing numbers', () => {
    assert.equal(
      formatRange({ min: 130000, max: 185000, currency: 'USD', period: 'year', openEnded: false }),
      '$130K–$185K',
    );
    assert.equal(formatRange({ min: 300000, max: null, currency: 'USD', period: 'year', openEnded: false }), '$300K+');
    assert.equal(
      formatRange({ min: 700000, max: 3500000, currency: 'NGN', period: 'month', openEnded: false }),
      '₦700K–₦3.5M / month',
    );
    assert.equal(
      formatRange({ min: 185000, max: 275000, currency: 'USD', period: 'year', openEnded: true }),
      '$185K–$275K+',
    );
    assert.equal(formatRange({ min: null, max: null, currency: 'USD', period: 'year', openEnded: false }), 'no data');
  });

  it('searchSkills ranks name matches first and finds by keyword', () => {
    assert.equal(searchSkills(builtIn(), 'sql')[0]!.id, 'sql');
    assert.ok(searchSkills(builtIn(), 'airflow').some((s) => s.id === 'workflow-orchestration'));
    assert.deepEqual(searchSkills(builtIn(), 'zzz-nothing'), []);
  });
});

describe('knownPair: a saved or configured pair read back', () => {
  const ids = ['data-engineer', 'ml-engineer', 'ml-platform-engineer'];

  it('keeps a pair of two different known roles, in its order', () => {
    assert.deepEqual(knownPair(['ml-engineer', 'data-engineer'], ids), ['ml-engineer', 'data-engineer']);
  });

  it('refuses a role no longer in the data, a repeated role, and anything that is not a pair of strings', () => {
    for (const bad of [
      ['data-engineer', 'astronaut'],
      ['ml-engineer', 'ml-engineer'],
      ['data-engineer'],
      ['data-engineer', 'ml-engineer', 'ml-platform-engineer'],
      'data-engineer',
      null,
      undefined,
      [1, 2],
      { 0: 'data-engineer', 1: 'ml-engineer', length: 2 },
    ]) {
      assert.equal(knownPair(bad, ids), undefined, JSON.stringify(bad));
    }
  });
});
