// A survey's pay entry: percentiles, data points, survey date and the company's own level, from
// the pack's schema through the tree, the exports and the comparison.
import * as assert from 'node:assert/strict';
import { compare } from '../../src/core/compare';
import { payText, SMALL_SAMPLE } from '../../src/core/format';
import { comparisonMarkdown, payCsv } from '../../src/core/markdown';
import { sectionItems } from '../../src/core/outline';
import { applyUserPacks, type PackError } from '../../src/core/packs';
import { toFigure } from '../../src/core/pay';
import { dataPackJsonSchema, type Dataset } from '../../src/core/schema';
import { builtIn, packFile } from './fixtures';

const SOURCE = { id: 'acme-survey', publisher: 'Acme', title: 'Acme pay survey', asOf: '2026', basis: null };
const SURVEY = {
  id: 'acme-de-ic3',
  role: 'data-engineer',
  companyLevel: 'IC3',
  region: 'us',
  currency: 'USD',
  period: 'year',
  kind: 'total',
  percentiles: { p10: 120000, p25: 135000, p50: 150000, p75: 168000, p90: 185000 },
  sampleSize: 42,
  surveyDate: '2026-03',
  source: 'acme-survey',
};
const LEVELS = [{ company: 'IC3', level: 'mid', source: 'acme-survey' }];

function apply(pack: object): Dataset {
  const r = applyUserPacks(builtIn(), [packFile('acme.json', pack)]);
  assert.deepEqual(r.errors, []);
  return r.dataset;
}
function refused(pack: object): PackError {
  const r = applyUserPacks(builtIn(), [packFile('acme.json', pack)]);
  assert.equal(r.applied.length, 0);
  return r.errors[0]!;
}

describe('survey pay entries: percentiles, data points, company levels', () => {
  it("maps the company level through the pack's levels table and keeps every number", () => {
    const c = apply({ sources: [SOURCE], levels: LEVELS, compensation: [SURVEY] }).compensation.find(
      (e) => e.id === 'acme-de-ic3',
    )!;
    assert.equal(c.level, 'mid');
    assert.equal(c.companyLevel, 'IC3');
    assert.deepEqual([c.min, c.max], [null, null]);
    assert.deepEqual(c.percentiles, SURVEY.percentiles);
  });

  it('says every percentile, the sample and the date; the range is p10–p90 for spreads and scales', () => {
    const f = toFigure(
      apply({ sources: [SOURCE], levels: LEVELS, compensation: [SURVEY] }).compensation.find(
        (e) => e.id === 'acme-de-ic3',
      )!,
    );
    assert.deepEqual([f.min, f.max], [120000, 185000]);
    assert.equal(
      payText(f),
      'p10 $120K · p25 $135K · p50 $150K · p75 $168K · p90 $185K total (IC3, 42 data points, surveyed 2026-03)',
    );
  });

  it(`marks fewer than ${SMALL_SAMPLE} data points as a small sample; p10 is optional`, () => {
    const { p10: _drop, ...noP10 } = SURVEY.percentiles;
    const f = toFigure(
      apply({
        sources: [SOURCE],
        levels: LEVELS,
        compensation: [{ ...SURVEY, percentiles: noP10, sampleSize: 6 }],
      }).compensation.find((e) => e.id === 'acme-de-ic3')!,
    );
    assert.equal(f.min, 135000, 'without p10 the low end is p25');
    assert.match(
      payText(f),
      /^p25 \$135K · p50 \$150K · p75 \$168K · p90 \$185K total \(IC3, small sample: 6 data points, surveyed 2026-03\)$/,
    );
  });

  it('shows a range and percentiles side by side when an entry gives both', () => {
    const f = toFigure(
      apply({
        sources: [SOURCE],
        compensation: [
          {
            ...SURVEY,
            companyLevel: undefined,
            level: 'mid',
            min: 110000,
            max: 200000,
            sampleSize: undefined,
            surveyDate: undefined,
          },
        ],
      }).compensation.find((e) => e.id === 'acme-de-ic3')!,
    );
    assert.equal(payText(f), '$110K–$200K; p10 $120K · p25 $135K · p50 $150K · p75 $168K · p90 $185K total');
  });

  it('refuses percentiles out of order, an unmapped company level, and a level that disagrees with the table', () => {
    assert.match(
      refused({
        sources: [SOURCE],
        levels: LEVELS,
        compensation: [{ ...SURVEY, percentiles: { ...SURVEY.percentiles, p75: 130000 } }],
      }).reason,
      /must not decrease/,
    );
    const unmapped = refused({ sources: [SOURCE], compensation: [SURVEY] });
    assert.equal(unmapped.path, '$.compensation[0].companyLevel');
    assert.match(unmapped.reason, /"IC3" is not in this pack's "levels" table/);
    const clash = refused({ sources: [SOURCE], levels: LEVELS, compensation: [{ ...SURVEY, level: 'senior' }] });
    assert.equal(clash.path, '$.compensation[0].level');
    assert.match(
      refused({ sources: [SOURCE], levels: LEVELS, compensation: [{ ...SURVEY, sampleSize: 0 }] }).path,
      /sampleSize/,
    );
  });

  it('the tree, the Markdown export, the CSV and the comparison carry every number', () => {
    const d = apply({ sources: [SOURCE], levels: LEVELS, compensation: [SURVEY] });
    const tree = JSON.stringify(sectionItems(d, 'data-engineer', 'pay', { kind: 'total', region: 'us' }));
    assert.ok(
      tree.includes(
        'p10 $120K · p25 $135K · p50 $150K · p75 $168K · p90 $185K total (IC3, 42 data points, surveyed 2026-03)',
      ),
      tree.slice(0, 300),
    );
    const c = compare(d, 'data-engineer', 'ml-engineer', { kind: 'total', region: 'us' });
    const mid = c.pay.find((r) => r.level === 'mid')!;
    assert.deepEqual(mid.figures[0].find((f) => f.id === 'acme-de-ic3')?.percentiles, SURVEY.percentiles);
    const report = comparisonMarkdown(d, c).join('\n');
    assert.ok(
      report.includes(
        'p10 $120K · p25 $135K · p50 $150K · p75 $168K · p90 $185K total (IC3, 42 data points, surveyed 2026-03)',
      ),
    );
    const csv = payCsv(d, ['data-engineer']).split('\r\n');
    const header = csv[0]!.split(',');
    const row = csv.find((l) => l.includes('Acme pay survey'))!.split(',');
    const cell = (name: string) => row[header.indexOf(name)];
    assert.deepEqual(
      ['p10', 'p25', 'p50', 'p75', 'p90', 'data_points', 'small_sample', 'survey_date', 'level', 'min'].map(cell),
      ['120000', '135000', '150000', '168000', '185000', '42', 'no', '2026-03', 'mid', ''],
    );
  });

  it('the editor schema carries percentiles and levels, and lets companyLevel stand for level', () => {
    const schema = dataPackJsonSchema() as {
      properties: Record<string, { items: { properties: Record<string, unknown>; required?: string[] } }>;
    };
    const pay = schema.properties.compensation!.items;
    assert.ok(
      pay.properties.percentiles &&
        pay.properties.sampleSize &&
        pay.properties.surveyDate &&
        pay.properties.companyLevel,
    );
    assert.ok(!pay.required?.includes('level'));
    assert.ok(pay.required?.includes('source'));
    assert.ok(schema.properties.levels!.items.required?.includes('company'));
  });
});
