// Every figure in data/ is checked against the article it cites (../shared/seeds): each row's
// quote must appear in its article and contain the row's numbers; pay rows are pinned to
// their role by the article's headings or table columns; metric rows state the roles the
// article gives; and every number in the data, in fields or inside text, must be covered by
// a checked row of the same source, unless the statement is marked editorial. The mutation
// tests below prove the check fails on each kind of wrong table or data.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Dataset } from '../../src/core/schema';
import { figureProblems, figures, type Row } from './figureCheck';
import { ROWS } from './figureRows';
import { loadArticles, SEEDS } from './articles';
import { builtIn, REPO } from './fixtures';

describe('figures: every number in data/ is read off its article', function () {
  let articles: Record<string, string> | null = null;
  before(function () {
    articles = loadArticles(SEEDS, Boolean(process.env.CI));
    if (!articles) this.skip();
  });

  it('reads figures the way the articles write them', () => {
    assert.deepEqual(
      figures('$115K-$150K base, ₦3.5m / month, 48% of postings, p99 < 100ms at L5, $105 billion, 3.2:1'),
      [115000, 150000, 3500000, 48, 100, 105, 3.2, 1],
    );
  });

  it('has rows for all 33 pay figures, every metric and every transition time', () => {
    const d = builtIn();
    assert.equal(ROWS.filter((r) => r.kind === 'pay').length, d.compensation.length);
    assert.equal(ROWS.filter((r) => r.kind === 'metric').length, d.metrics.length);
    assert.equal(
      ROWS.filter((r) => r.kind === 'months').length,
      d.transitions.filter((t) => t.monthsMin !== null).length,
    );
  });

  it('finds no problem in the data or the table', () => {
    assert.deepEqual(figureProblems(builtIn(), ROWS, articles!), []);
  });

  describe('fails on each mutation (run on copies)', () => {
    const problems = (mutateData: (d: Dataset) => void, mutateRows: (rows: Row[]) => Row[] = (r) => r) => {
      const d = structuredClone(builtIn());
      mutateData(d);
      return figureProblems(d, mutateRows(structuredClone(ROWS)), articles!);
    };
    const setPay = (d: Dataset, id: string, n: number) => {
      const c = d.compensation.find((x) => x.id === id)!;
      c.min = n;
      c.max = n;
    };

    it('a changed figure in the data', () => {
      assert.ok(
        problems((d) => {
          d.compensation.find((c) => c.id === 'ap-de-junior-base')!.min = 101000;
        }).length > 0,
      );
    });

    it('DE and MLE entry pay swapped in both the data and the table', () => {
      const found = problems(
        (d) => {
          setPay(d, 'cc-de-entry', 105000);
          setPay(d, 'cc-mle-entry', 85000);
        },
        (rows) =>
          rows.map((r) =>
            r.kind === 'pay' && r.level === 'entry'
              ? {
                  ...r,
                  min: r.role === 'data-engineer' ? 105000 : 85000,
                  max: r.role === 'data-engineer' ? 105000 : 85000,
                }
              : r,
          ),
      );
      assert.ok(
        found.some((p) => /column/.test(p)),
        found.join('\n'),
      );
    });

    it('AI Pulse staff pay moved to the other role, table and all', () => {
      const found = problems(
        (d) => {
          for (const c of d.compensation)
            if (c.source === 'ai-pulse' && c.level === 'staff')
              c.role = c.role === 'data-engineer' ? 'ml-engineer' : 'data-engineer';
        },
        (rows) =>
          rows.map((r) =>
            r.kind === 'pay' && r.source === 'ai-pulse' && r.level === 'staff'
              ? { ...r, role: r.role === 'data-engineer' ? 'ml-engineer' : 'data-engineer' }
              : r,
          ),
      );
      assert.ok(
        found.some((p) => /another role's heading/.test(p)),
        found.join('\n'),
      );
    });

    it('an invented 57% metric for a hybrid role', () => {
      const found = problems((d) => {
        d.metrics.push({
          id: 'invented',
          kind: 'posting-growth',
          label: 'Invented',
          roles: ['ml-platform-engineer'],
          min: 57,
          max: 57,
          unit: 'percent',
          year: null,
          source: 'ai-pulse',
        });
      });
      assert.ok(
        found.some((p) => /57 .*not covered/.test(p)),
        found.join('\n'),
      );
    });

    it("a metric's role list extended", () => {
      const found = problems((d) => {
        d.metrics.find((m) => m.id === 'mlops-posting-growth')!.roles.push('ml-platform-engineer');
      });
      assert.ok(
        found.some((p) => /roles/.test(p)),
        found.join('\n'),
      );
    });

    it('a figure added inside a sourced sentence', () => {
      const found = problems((d) => {
        d.faq[0]!.answer += ' About 73% of teams agree.';
      });
      assert.ok(
        found.some((p) => /73/.test(p)),
        found.join('\n'),
      );
    });

    it("a quote that is not in the article, or lacks its row's numbers", () => {
      assert.ok(
        problems(
          () => {},
          (rows) => [...rows, { kind: 'text', source: 'ai-pulse', quote: 'a sentence AI Pulse never wrote' }],
        ).length > 0,
      );
      assert.ok(
        problems(
          () => {},
          (rows) =>
            rows.map((r) =>
              r.kind === 'metric' && r.id === 'de-remote-share'
                ? { ...r, quote: 'Remote availability sits at 44%' }
                : r,
            ),
        ).length > 0,
      );
    });

    it('the seeds folder deleted: skipped loudly, and a failure in CI', () => {
      assert.equal(loadArticles(join(REPO, 'no-such-seeds'), false), null);
      assert.throws(() => loadArticles(join(REPO, 'no-such-seeds'), true), /CI must have/);
    });
  });
});
