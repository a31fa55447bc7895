// Figures read off the five seed articles, checked against the loaded dataset. Each row also
// carries the literal text from its article; where ../shared/seeds is present, that text must
// appear in the right article, so a typo in either the data or this table fails.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtIn, REPO } from './fixtures';

const SEED_FILES: Record<string, string> = {
  'ai-pulse': '000_64789134f3a4e68c.txt',
  'interview-kickstart': '001_0ceb925ab888d280.txt',
  datadriven: '002_94b9677f370ef727.txt',
  'career-compare': '003_26d036c5a2845c48.txt',
  skilldential: '004_244f67de3ab877e0.txt',
};
const SEEDS = join(REPO, '..', 'shared', 'seeds');

type PayRow = ['pay', string, string, string, string, number | null, number | null, string, string];
type MetricRow = ['metric', string, number, number, string, string, string];
type MonthsRow = ['months', string, string, number, number, string, string];
type Row = PayRow | MetricRow | MonthsRow;

const DE = 'data-engineer';
const MLE = 'ml-engineer';
const rows: Row[] = [
  // kind, role, level, pay kind, region, min, max, source, quote
  ['pay', MLE, 'junior', 'base', 'unstated', 115000, 150000, 'ai-pulse', 'Junior (0-2 years): $115K-$150K base'],
  ['pay', MLE, 'junior', 'total', 'unstated', 130000, 185000, 'ai-pulse', 'Total comp: $130K-$185K'],
  ['pay', MLE, 'mid', 'base', 'unstated', 150000, 200000, 'ai-pulse', 'Mid-level (3-5 years): $150K-$200K base'],
  ['pay', MLE, 'mid', 'total', 'unstated', 190000, 300000, 'ai-pulse', 'Total comp: $190K-$300K'],
  ['pay', MLE, 'senior', 'base', 'unstated', 200000, 270000, 'ai-pulse', 'Senior (5-8 years): $200K-$270K base'],
  ['pay', MLE, 'senior', 'total', 'unstated', 300000, 480000, 'ai-pulse', 'Total comp: $300K-$480K'],
  ['pay', MLE, 'staff', 'base', 'unstated', 260000, 340000, 'ai-pulse', 'Staff (8+ years): $260K-$340K base'],
  ['pay', MLE, 'staff', 'total', 'unstated', 420000, 650000, 'ai-pulse', 'Total comp: $420K-$650K'],
  ['pay', DE, 'junior', 'base', 'unstated', 100000, 135000, 'ai-pulse', 'Junior (0-2 years): $100K-$135K base'],
  ['pay', DE, 'junior', 'total', 'unstated', 110000, 160000, 'ai-pulse', 'Total comp: $110K-$160K'],
  ['pay', DE, 'mid', 'base', 'unstated', 135000, 180000, 'ai-pulse', 'Mid-level (3-5 years): $135K-$180K base'],
  ['pay', DE, 'mid', 'total', 'unstated', 165000, 270000, 'ai-pulse', 'Total comp: $165K-$270K'],
  ['pay', DE, 'senior', 'base', 'unstated', 180000, 245000, 'ai-pulse', 'Senior (5-8 years): $180K-$245K base'],
  ['pay', DE, 'senior', 'total', 'unstated', 260000, 420000, 'ai-pulse', 'Total comp: $260K-$420K'],
  ['pay', DE, 'staff', 'base', 'unstated', 235000, 310000, 'ai-pulse', 'Staff (8+ years): $235K-$310K base'],
  ['pay', DE, 'staff', 'total', 'unstated', 370000, 580000, 'ai-pulse', 'Total comp: $370K-$580K'],
  ['pay', DE, 'average', 'average', 'us', 104000, 171000, 'interview-kickstart', '$104K – $171K'],
  ['pay', MLE, 'average', 'average', 'us', 129000, 203000, 'interview-kickstart', '$129K – $203K'],
  ['pay', MLE, 'senior', 'total', 'us', 300000, null, 'interview-kickstart', 'regularly exceeding $300,000'],
  ['pay', DE, 'faang-l5', 'unspecified', 'us', 280000, 450000, 'datadriven', 'Comp at L5 (US, FAANG)$280K - $450K'],
  ['pay', MLE, 'faang-l5', 'unspecified', 'us', 340000, 550000, 'datadriven', '$340K - $550K'],
  ['pay', DE, 'faang-l6', 'unspecified', 'us', 420000, 620000, 'datadriven', 'Comp at L6 (US, FAANG)$420K - $620K'],
  ['pay', MLE, 'faang-l6', 'unspecified', 'us', 500000, 750000, 'datadriven', '$500K - $750K'],
  ['pay', DE, 'entry', 'unspecified', 'unstated', 85000, 85000, 'career-compare', '| Entry Salary | $85,000 | $105,000 |'],
  ['pay', MLE, 'entry', 'unspecified', 'unstated', 105000, 105000, 'career-compare', '| Entry Salary | $85,000 | $105,000 |'],
  ['pay', DE, 'senior', 'unspecified', 'unstated', 270000, 270000, 'career-compare', '| Senior Salary | $270,000 | $350,000 |'],
  ['pay', MLE, 'senior', 'unspecified', 'unstated', 350000, 350000, 'career-compare', '| Senior Salary | $270,000 | $350,000 |'],
  ['pay', MLE, 'mid-senior', 'unspecified', 'us', 185000, 275000, 'skilldential', '$185,000 – $275,000+'],
  ['pay', DE, 'mid-senior', 'unspecified', 'us', 160000, 240000, 'skilldential', '$160,000 – $240,000+'],
  ['pay', MLE, 'mid-senior', 'unspecified', 'nigeria', 700000, 3500000, 'skilldential', '₦700k – ₦3.5m / month'],
  ['pay', DE, 'mid-senior', 'unspecified', 'nigeria', 500000, 3000000, 'skilldential', '₦500k – ₦3.0m / month'],
  ['pay', MLE, 'mid-senior', 'unspecified', 'remote-global', 6000, 15000, 'skilldential', '$6,000 – $15,000 / month'],
  ['pay', DE, 'mid-senior', 'unspecified', 'remote-global', 5000, 12000, 'skilldential', '$5,000 – $12,000 / month'],
  // kind, metric id, min, max, unit, source, quote
  ['metric', 'hybrid-premium', 10, 15, 'percent', 'ai-pulse', 'pay a 10-15% premium'],
  ['metric', 'de-salary-growth', 12, 12, 'percent', 'ai-pulse', '12% vs 9% for ML engineers'],
  ['metric', 'mle-salary-growth', 9, 9, 'percent', 'ai-pulse', '12% vs 9% for ML engineers'],
  ['metric', 'mle-posting-growth', 22, 22, 'percent', 'ai-pulse', 'grew 22% year-over-year'],
  ['metric', 'de-posting-growth', 18, 18, 'percent', 'ai-pulse', 'grew 18% year-over-year'],
  ['metric', 'llm-mle-posting-growth', 45, 45, 'percent', 'ai-pulse', 'LLM-focused ML engineering (up 45%)'],
  ['metric', 'mlops-posting-growth', 38, 38, 'percent', 'ai-pulse', 'MLOps (up 38%)'],
  ['metric', 'mle-remote-share', 44, 44, 'percent', 'ai-pulse', 'Remote availability sits at 44%'],
  ['metric', 'de-remote-share', 48, 48, 'percent', 'ai-pulse', 'higher at 48% of postings'],
  ['metric', 'mle-gap-same-level', 10, 20, 'percent', 'datadriven', 'typically 10-20% higher than DE at the same level'],
  ['metric', 'de-bls-projection', 30, 30, 'percent', 'career-compare', 'The BLS projects 30% growth through 2032'],
  ['metric', 'mle-bls-projection', 40, 40, 'percent', 'career-compare', '40% growth in related roles through 2032'],
  ['metric', 'mle-demand-supply', 3.2, 3.2, 'ratio', 'skilldential', 'a ratio of 3.2:1'],
  ['metric', 'de-market-size', 105, 105, 'usd-billion', 'skilldential', 'estimated at $105 billion'],
  ['metric', 'llmops-premium', 40, 60, 'percent', 'skilldential', 'Increases base compensation by 40–60%'],
  ['metric', 'mlops-premium', 25, 40, 'percent', 'skilldential', 'Adds a 25–40% premium'],
  ['metric', 'split-track-completion', 32, 32, 'percent', 'skilldential', '32% Improvement in Course Completion'],
  ['metric', 'split-track-clarity', 24, 24, 'percent', 'skilldential', '24% Improvement in Role Clarity'],
  // kind, from, to, months min, months max, source, quote
  ['months', DE, MLE, 6, 9, 'ai-pulse', 'Plan for 6-9 months of study'],
  ['months', DE, MLE, 6, 12, 'interview-kickstart', 'within 6 to 12 months'],
  ['months', DE, MLE, 12, 18, 'datadriven', 'Plan 12-18 months of focused learning'],
  ['months', MLE, DE, 3, 4, 'ai-pulse', 'The transition is faster (3-4 months)'],
  ['months', 'backend-engineer', DE, 2, 3, 'ai-pulse', 'with 2-3 months of focused learning'],
  ['months', 'database-administrator', DE, 2, 3, 'ai-pulse', 'database administration with 2-3 months'],
];

describe('figures read off the seeds', () => {
  const d = builtIn();
  const seedsPresent = existsSync(SEEDS);

  // Never silently: without the articles the quote checks are skipped, and the run says so.
  // CI always has ../shared beside the clone, so there a missing folder is a failure.
  before(() => {
    if (seedsPresent) return;
    console.log(`SKIPPED: ../shared/seeds not found at ${SEEDS}; the quote checks did not run`);
    if (process.env.CI) throw new Error('CI must have ../shared/seeds beside the clone');
  });

  it('covers at least 40 figures', () => assert.ok(rows.length >= 40, `${rows.length} rows`));

  for (const row of rows) {
    const quote = row[row.length - 1] as string;
    const source = row[row.length - 2] as string;
    it(`${row.slice(0, -1).join(' ')}`, () => {
      if (row[0] === 'pay') {
        const [, role, level, kind, region, min, max] = row;
        const hits = d.compensation.filter((c) => c.role === role && c.level === level && c.kind === kind && c.region === region && c.source === source);
        assert.equal(hits.length, 1, 'exactly one matching figure');
        assert.equal(hits[0]!.min, min);
        assert.equal(hits[0]!.max, max);
        assert.equal(hits[0]!.currency, region === 'nigeria' ? 'NGN' : 'USD');
        assert.equal(hits[0]!.period, region === 'nigeria' || region === 'remote-global' ? 'month' : 'year');
      } else if (row[0] === 'metric') {
        const [, id, min, max, unit] = row;
        const m = d.metrics.find((x) => x.id === id);
        assert.ok(m, `metric ${id}`);
        assert.deepEqual([m.min, m.max, m.unit, m.source], [min, max, unit, source]);
      } else {
        const [, from, to, lo, hi] = row;
        const t = d.transitions.filter((x) => x.from === from && x.to === to && x.source === source);
        assert.equal(t.length, 1);
        assert.deepEqual([t[0]!.monthsMin, t[0]!.monthsMax], [lo, hi]);
      }
    });
    it(`the article says it: ${source}, "${quote}"`, function () {
      if (!seedsPresent) this.skip();
      const text = readFileSync(join(SEEDS, SEED_FILES[source]!), 'utf8');
      assert.ok(text.includes(quote), `"${quote}" is not in ${source}'s article`);
    });
  }
});
