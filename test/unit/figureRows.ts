// The checked rows: every figure in data/ read off its article, with the article's own words.
// Pay rows say where the figure sits (under which role heading, or in which table column), so
// a figure moved to the other role fails even if the table is changed with it.
import type { Row } from './figureCheck';

const DE = 'data-engineer';
const MLE = 'ml-engineer';
const MLP = 'ml-platform-engineer';
const H = { heading: true } as const;
const pay = (role: string, level: string, payKind: string, region: string, min: number | null, max: number | null, source: string, quote: string, place: Row extends infer R ? R extends { kind: 'pay'; place: infer P } ? P : never : never): Row =>
  ({ kind: 'pay', role, level, pay: payKind, region, min, max, source, quote, place });
const metric = (id: string, min: number, max: number, unit: string, roles: string[], source: string, quote: string): Row => ({ kind: 'metric', id, min, max, unit, roles, source, quote });
const months = (from: string, to: string, min: number, max: number, source: string, quote: string): Row => ({ kind: 'months', from, to, min, max, source, quote });
const text = (source: string, quote: string): Row => ({ kind: 'text', source, quote });

export const ROWS: Row[] = [
  pay(MLE, 'junior', 'base', 'unstated', 115000, 150000, 'ai-pulse', 'Junior (0-2 years): $115K-$150K base', H),
  pay(MLE, 'junior', 'total', 'unstated', 130000, 185000, 'ai-pulse', 'Total comp: $130K-$185K', H),
  pay(MLE, 'mid', 'base', 'unstated', 150000, 200000, 'ai-pulse', 'Mid-level (3-5 years): $150K-$200K base', H),
  pay(MLE, 'mid', 'total', 'unstated', 190000, 300000, 'ai-pulse', 'Total comp: $190K-$300K', H),
  pay(MLE, 'senior', 'base', 'unstated', 200000, 270000, 'ai-pulse', 'Senior (5-8 years): $200K-$270K base', H),
  pay(MLE, 'senior', 'total', 'unstated', 300000, 480000, 'ai-pulse', 'Total comp: $300K-$480K', H),
  pay(MLE, 'staff', 'base', 'unstated', 260000, 340000, 'ai-pulse', 'Staff (8+ years): $260K-$340K base', H),
  pay(MLE, 'staff', 'total', 'unstated', 420000, 650000, 'ai-pulse', 'Total comp: $420K-$650K', H),
  pay(DE, 'junior', 'base', 'unstated', 100000, 135000, 'ai-pulse', 'Junior (0-2 years): $100K-$135K base', H),
  pay(DE, 'junior', 'total', 'unstated', 110000, 160000, 'ai-pulse', 'Total comp: $110K-$160K', H),
  pay(DE, 'mid', 'base', 'unstated', 135000, 180000, 'ai-pulse', 'Mid-level (3-5 years): $135K-$180K base', H),
  pay(DE, 'mid', 'total', 'unstated', 165000, 270000, 'ai-pulse', 'Total comp: $165K-$270K', H),
  pay(DE, 'senior', 'base', 'unstated', 180000, 245000, 'ai-pulse', 'Senior (5-8 years): $180K-$245K base', H),
  pay(DE, 'senior', 'total', 'unstated', 260000, 420000, 'ai-pulse', 'Total comp: $260K-$420K', H),
  pay(DE, 'staff', 'base', 'unstated', 235000, 310000, 'ai-pulse', 'Staff (8+ years): $235K-$310K base', H),
  pay(DE, 'staff', 'total', 'unstated', 370000, 580000, 'ai-pulse', 'Total comp: $370K-$580K', H),
  pay(DE, 'average', 'average', 'us', 104000, 171000, 'interview-kickstart', '$104K – $171K', H),
  pay(MLE, 'average', 'average', 'us', 129000, 203000, 'interview-kickstart', '$129K – $203K', H),
  pay(MLE, 'senior', 'total', 'us', 300000, null, 'interview-kickstart', 'total compensation packages for senior ML engineers regularly exceeding $300,000', { mentions: 'senior ML engineers' }),
  pay(DE, 'faang-l5', 'unspecified', 'us', 280000, 450000, 'datadriven', 'Comp at L5 (US, FAANG)$280K - $450K$340K - $550K', { column: 0 }),
  pay(MLE, 'faang-l5', 'unspecified', 'us', 340000, 550000, 'datadriven', 'Comp at L5 (US, FAANG)$280K - $450K$340K - $550K', { column: 1 }),
  pay(DE, 'faang-l6', 'unspecified', 'us', 420000, 620000, 'datadriven', 'Comp at L6 (US, FAANG)$420K - $620K$500K - $750K', { column: 0 }),
  pay(MLE, 'faang-l6', 'unspecified', 'us', 500000, 750000, 'datadriven', 'Comp at L6 (US, FAANG)$420K - $620K$500K - $750K', { column: 1 }),
  pay(DE, 'entry', 'unspecified', 'unstated', 85000, 85000, 'career-compare', '| Entry Salary | $85,000 | $105,000 |', { column: 0 }),
  pay(MLE, 'entry', 'unspecified', 'unstated', 105000, 105000, 'career-compare', '| Entry Salary | $85,000 | $105,000 |', { column: 1 }),
  pay(DE, 'senior', 'unspecified', 'unstated', 270000, 270000, 'career-compare', '| Senior Salary | $270,000 | $350,000 |', { column: 0 }),
  pay(MLE, 'senior', 'unspecified', 'unstated', 350000, 350000, 'career-compare', '| Senior Salary | $270,000 | $350,000 |', { column: 1 }),
  pay(MLE, 'mid-senior', 'unspecified', 'us', 185000, 275000, 'skilldential', '| United States | $185,000 – $275,000+ | $160,000 – $240,000+ |', { column: 0 }),
  pay(DE, 'mid-senior', 'unspecified', 'us', 160000, 240000, 'skilldential', '| United States | $185,000 – $275,000+ | $160,000 – $240,000+ |', { column: 1 }),
  pay(MLE, 'mid-senior', 'unspecified', 'nigeria', 700000, 3500000, 'skilldential', '| Nigeria (Local) | ₦700k – ₦3.5m / month | ₦500k – ₦3.0m / month |', { column: 0 }),
  pay(DE, 'mid-senior', 'unspecified', 'nigeria', 500000, 3000000, 'skilldential', '| Nigeria (Local) | ₦700k – ₦3.5m / month | ₦500k – ₦3.0m / month |', { column: 1 }),
  pay(MLE, 'mid-senior', 'unspecified', 'remote-global', 6000, 15000, 'skilldential', '| Remote (Global) | $6,000 – $15,000 / month | $5,000 – $12,000 / month |', { column: 0 }),
  pay(DE, 'mid-senior', 'unspecified', 'remote-global', 5000, 12000, 'skilldential', '| Remote (Global) | $6,000 – $15,000 / month | $5,000 – $12,000 / month |', { column: 1 }),

  metric('hybrid-premium', 10, 15, 'percent', [MLP], 'ai-pulse', 'pay a 10-15% premium'),
  metric('de-salary-growth', 12, 12, 'percent', [DE], 'ai-pulse', '12% vs 9% for ML engineers'),
  metric('mle-salary-growth', 9, 9, 'percent', [MLE], 'ai-pulse', '12% vs 9% for ML engineers'),
  metric('mle-posting-growth', 22, 22, 'percent', [MLE], 'ai-pulse', 'grew 22% year-over-year'),
  metric('de-posting-growth', 18, 18, 'percent', [DE], 'ai-pulse', 'grew 18% year-over-year'),
  metric('llm-mle-posting-growth', 45, 45, 'percent', [MLE], 'ai-pulse', 'LLM-focused ML engineering (up 45%)'),
  metric('mlops-posting-growth', 38, 38, 'percent', [MLE], 'ai-pulse', 'MLOps (up 38%)'),
  metric('mle-remote-share', 44, 44, 'percent', [MLE], 'ai-pulse', 'Remote availability sits at 44%'),
  metric('de-remote-share', 48, 48, 'percent', [DE], 'ai-pulse', 'higher at 48% of postings'),
  metric('mle-gap-same-level', 10, 20, 'percent', [MLE, DE], 'datadriven', 'typically 10-20% higher than DE at the same level'),
  metric('de-bls-projection', 30, 30, 'percent', [DE], 'career-compare', 'The BLS projects 30% growth through 2032'),
  metric('mle-bls-projection', 40, 40, 'percent', [MLE], 'career-compare', '40% growth in related roles through 2032'),
  metric('mle-demand-supply', 3.2, 3.2, 'ratio', [MLE], 'skilldential', 'a ratio of 3.2:1'),
  metric('de-market-size', 105, 105, 'usd-billion', [DE], 'skilldential', 'estimated at $105 billion'),
  metric('llmops-premium', 40, 60, 'percent', [MLE], 'skilldential', 'Increases base compensation by 40–60%'),
  metric('mlops-premium', 25, 40, 'percent', [MLE], 'skilldential', 'Adds a 25–40% premium'),
  metric('split-track-completion', 32, 32, 'percent', [], 'skilldential', '32% Improvement in Course Completion'),
  metric('split-track-clarity', 24, 24, 'percent', [], 'skilldential', '24% Improvement in Role Clarity'),

  months(DE, MLE, 6, 9, 'ai-pulse', 'Plan for 6-9 months of study'),
  months(DE, MLE, 6, 12, 'interview-kickstart', 'within 6 to 12 months'),
  months(DE, MLE, 12, 18, 'datadriven', 'Plan 12-18 months of focused learning'),
  months(MLE, DE, 3, 4, 'ai-pulse', 'The transition is faster (3-4 months)'),
  months('backend-engineer', DE, 2, 3, 'ai-pulse', 'with 2-3 months of focused learning'),
  months('database-administrator', DE, 2, 3, 'ai-pulse', 'database administration with 2-3 months'),

  // Figures inside text, and the years the articles date their figures with.
  text('ai-pulse', 'ML Engineer Salary (2026)'),
  text('interview-kickstart', 'FAANG and Tier-1 tech companies'),
  text('datadriven', 'At FAANG: 50% experimentation (training, evaluation), 30% productionization (deployment, monitoring), 20% collaboration (cross-functional alignment).'),
  text('datadriven', 'p99 < 100ms for online inference'),
  text('datadriven', 'demand grew significantly through 2023-2025'),
  text('datadriven', 'expect rapid evolution through 2027'),
  text('datadriven', 'growing faster than either pure role in 2026'),
  text('career-compare', 'ML engineering headcount has exploded since 2022'),
  text('skilldential', '2026 Salary Benchmarks'),
  text('skilldential', 'Ensuring 99.9% uptime for critical ETL'),
];
