import * as assert from 'node:assert/strict';
import { applyUserPacks } from '../../src/core/packs';
import { compare } from '../../src/core/compare';
import { escapeMarkdownKeepingBold } from '../../src/core/inert';
import { comparisonMarkdown, md, payCsv, sourcesMarkdown } from '../../src/core/markdown';
import { sectionItems } from '../../src/core/outline';
import { builtIn, packFile } from './fixtures';

describe('Markdown and CSV export', () => {
  it('writes the comparison with every section and cited figures', () => {
    const text = comparisonMarkdown(
      builtIn(),
      compare(builtIn(), 'data-engineer', 'ml-engineer', { kind: 'total', region: 'us' }),
    ).join('\n');
    for (const h of [
      '## Data Engineer vs Machine Learning Engineer',
      '### At a glance',
      '### Pay by level',
      '### Skills',
      '### Moving between them',
      '### Demand and premiums',
    ])
      assert.ok(text.includes(h), h);
    assert.ok(text.includes('| Staff | $370K–$580K total (AI Pulse (2026)) | $420K–$650K total (AI Pulse (2026)) |'));
    assert.ok(text.includes('Data Engineer → Machine Learning Engineer: 12–18 months (DataDriven (April 2026))'));
    assert.ok(text.includes('**Choose Data Engineer if** (AI Pulse (2026)):'));
  });

  it('says so when sources are silent', () => {
    const text = comparisonMarkdown(
      builtIn(),
      compare(builtIn(), 'ml-platform-engineer', 'ai-infrastructure-engineer'),
    ).join('\n');
    assert.ok(text.includes('_No pay figures in the sources for these roles._'));
    assert.ok(text.includes('_no data in sources_'));
  });

  it('escapes hostile strings so they cannot add links, HTML or table cells', () => {
    assert.equal(md('[x](command:evil) <b>|</b>'), '\\[x\\](command:evil) \\<b\\>\\|\\</b\\>');
    assert.equal(md('line\nbreak'), 'line break');
    const hostile = applyUserPacks(builtIn(), [
      packFile('h.json', {
        sources: [{ id: 'h', publisher: 'P', title: 'T', asOf: null, basis: null }],
        roles: [
          {
            id: 'evil',
            name: '| cell | [link](javascript:x) <img>',
            kind: 'hybrid',
            aliases: [],
            summary: '# heading\n- list',
            coreFocus: 'x',
            sources: ['h'],
          },
        ],
      }),
    ]).dataset;
    const text = comparisonMarkdown(hostile, compare(hostile, 'evil', 'data-engineer')).join('\n');
    assert.ok(!text.includes('[link](javascript:x)'));
    assert.ok(!text.includes('<img>'));
    assert.ok(text.includes('\\| cell \\|'));
    assert.ok(!/\n# heading/.test(text));
  });

  it('escapes tooltip Markdown but keeps our own bold labels', () => {
    assert.equal(
      escapeMarkdownKeepingBold('**Label:** [x](command:y) <img>'),
      '**Label:** \\[x\\]\\(command:y\\) \\<img\\>',
    );
  });

  it('writes pay CSV with quoting and no formula injection', () => {
    const hostile = applyUserPacks(builtIn(), [
      packFile('h.json', {
        sources: [
          { id: 'h', publisher: '=HYPERLINK("http://x")', title: 'a, "quoted" title', asOf: null, basis: null },
        ],
        compensation: [
          {
            id: 'h-pay',
            role: 'data-engineer',
            level: 'mid',
            region: 'us',
            currency: 'USD',
            period: 'year',
            kind: 'base',
            min: 1,
            max: 2,
            source: 'h',
          },
        ],
      }),
    ]).dataset;
    const csv = payCsv(hostile, ['data-engineer']);
    const row = csv.split('\r\n').find((l) => l.includes('h-pay') || l.startsWith('data-engineer,mid,,base,us'))!;
    assert.ok(row.includes(`'=HYPERLINK`), row);
    assert.ok(row.includes('"a, ""quoted"" title"'), row);
  });
});

describe('provenance in the outline and the export', () => {
  it('labels an editorial statement and gives its reason in the tree tooltip', () => {
    const items = sectionItems(builtIn(), 'ai-infrastructure-engineer', 'responsibilities', {});
    const embeddings = items.find(
      (i) =>
        /Embedding pipelines/.test(i.label + (i.description ?? '')) ||
        i.tooltip.some((t) => /Embedding pipelines/.test(t)),
    )!;
    assert.ok(embeddings, 'the editorial duty is listed');
    assert.ok(
      embeddings.tooltip.some((t) =>
        t.startsWith("Career Lens's reading, not a figure from a source: Interview Kickstart places"),
      ),
      embeddings.tooltip.join(' | '),
    );
  });

  it('explains the editorial mark and the quiz weights in the export', () => {
    const text = sourcesMarkdown(builtIn()).join('\n');
    assert.match(text, /_Career Lens \(editorial\)_ marks/);
    assert.match(text, /weights are always Career Lens's own/);
  });
});
