import * as assert from 'node:assert/strict';
import { applyUserPacks, loadBuiltIn, MAX_PACK_BYTES, parsePack, type PackError } from '../../src/core/packs';
import { builtIn, dataFiles, packFile } from './fixtures';

const SOURCE = { id: 'my-survey', publisher: 'My team', title: 'Internal pay survey', asOf: '2026', basis: null };

function refused(content: string | object | Uint8Array, name = 'packs/bad.json'): PackError {
  const r = applyUserPacks(builtIn(), [packFile(name, content)]);
  assert.equal(r.applied.length, 0, 'the pack must not apply');
  assert.equal(r.errors.length, 1, 'exactly one error');
  assert.equal(r.dataset, builtIn(), 'the built-in dataset is untouched');
  assert.equal(r.errors[0]!.file, name);
  return r.errors[0]!;
}

describe('user data packs: refused with file, JSON path and reason', () => {
  it('empty file', () => assert.match(refused('').reason, /empty/));
  it('whitespace only', () => assert.match(refused('  \n\t ').reason, /empty/));
  it('a BOM and nothing else', () => assert.match(refused('\uFEFF').reason, /empty/));
  it('invalid JSON, with line and column', () => {
    const e = refused('{\n  "roles": [,]\n}');
    assert.equal(e.path, '$');
    assert.match(e.reason, /invalid JSON at line 2, column \d+/);
  });
  it('trailing garbage', () => assert.match(refused('{"roles": []} trailing').reason, /invalid JSON/));
  it('invalid UTF-8', () => assert.match(refused(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])).reason, /UTF-8/));
  it('a top-level array', () => assert.match(refused('[]').reason, /JSON object, not an array/));
  it('null', () => assert.match(refused('null').reason, /not null/));
  it('a schema failure names the JSON path', () => {
    const e = refused({
      roles: [{ id: 'x', name: 'X', kind: 'wizard', aliases: [], summary: 's', coreFocus: 'c', sources: ['ai-pulse'] }],
    });
    assert.equal(e.path, '$.roles[0].kind');
  });
  it('an unknown section', () => {
    const e = refused({ rolez: [] });
    assert.equal(e.path, '$');
    assert.match(e.reason, /rolez/);
  });
  it('an id with markup', () =>
    assert.equal(refused({ sources: [{ ...SOURCE, id: '<script>' }] }).path, '$.sources[0].id'));
  it('duplicate ids inside the pack', () => {
    const e = refused({ sources: [SOURCE, SOURCE] });
    assert.equal(e.path, '$.sources[1]');
    assert.match(e.reason, /duplicate of \$\.sources\[0\]/);
  });
  it('an unknown source reference', () => {
    const e = refused({
      metrics: [
        {
          id: 'x',
          kind: 'premium',
          label: 'X',
          roles: ['data-engineer'],
          min: 1,
          max: 2,
          unit: 'percent',
          year: null,
          source: 'nowhere',
        },
      ],
    });
    assert.equal(e.path, '$.metrics[0].source');
    assert.match(e.reason, /unknown source 'nowhere'/);
  });
  it('an unknown role reference', () => {
    const e = refused({
      compensation: [
        {
          id: 'x',
          role: 'astronaut',
          level: 'mid',
          region: 'us',
          currency: 'USD',
          period: 'year',
          kind: 'base',
          min: 1,
          max: 2,
          source: 'ai-pulse',
        },
      ],
    });
    assert.equal(e.path, '$.compensation[0].role');
  });
  it('min above max', () => {
    const e = refused({
      compensation: [
        {
          id: 'x',
          role: 'data-engineer',
          level: 'mid',
          region: 'us',
          currency: 'USD',
          period: 'year',
          kind: 'base',
          min: 9,
          max: 2,
          source: 'ai-pulse',
        },
      ],
    });
    assert.match(e.reason, /min must not exceed max/);
  });
  it('over 5 MB, before parsing', () => {
    const e = refused(new Uint8Array(MAX_PACK_BYTES + 1).fill(0x20));
    assert.match(e.reason, /limit is 5 MB/);
  });
  it('nested 10,000 deep, without recursing', () => {
    const e = refused(`{"roles":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    assert.match(e.reason, /deeper than 64 levels at line 1/);
  });
  it('brackets inside strings do not count as nesting', () => {
    const r = parsePack(packFile('ok.json', { sources: [{ ...SOURCE, title: '[[[[{{{{'.repeat(20) }] }));
    assert.ok(r.ok);
  });
});

describe('user data packs: applied whole', () => {
  it('accepts a BOM before valid JSON (RFC 8259 lets readers skip it)', () => {
    const r = applyUserPacks(builtIn(), [packFile('bom.json', `\uFEFF${JSON.stringify({ sources: [SOURCE] })}`)]);
    assert.deepEqual(r.errors, []);
    assert.ok(r.dataset.sources.some((s) => s.id === 'my-survey'));
  });

  it('adds entries and overrides by id, reporting what it replaced', () => {
    const base = builtIn();
    const pack = {
      sources: [SOURCE],
      compensation: [
        {
          id: 'ap-de-junior-base',
          role: 'data-engineer',
          level: 'junior',
          region: 'unstated',
          currency: 'USD',
          period: 'year',
          kind: 'base',
          min: 1,
          max: 2,
          source: 'my-survey',
        },
      ],
    };
    const r = applyUserPacks(base, [packFile('mine.json', pack)]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.applied[0]!.overrides, ['compensation:ap-de-junior-base']);
    assert.equal(r.applied[0]!.added, 1);
    const fig = r.dataset.compensation.find((c) => c.id === 'ap-de-junior-base')!;
    assert.equal(fig.source, 'my-survey');
    assert.equal(r.dataset.compensation.length, base.compensation.length);
    assert.equal(
      base.compensation.find((c) => c.id === 'ap-de-junior-base')!.min,
      100000,
      'the base dataset is not mutated',
    );
  });

  it('a pack with one bad entry applies nothing of itself, and the next pack still applies', () => {
    const bad = {
      sources: [SOURCE],
      roles: [
        { id: 'ghost', name: 'Ghost', kind: 'core', aliases: [], summary: 's', coreFocus: 'c', sources: ['missing'] },
      ],
    };
    const good = { sources: [{ ...SOURCE, id: 'other-survey' }] };
    const r = applyUserPacks(builtIn(), [packFile('bad.json', bad), packFile('good.json', good)]);
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0]!.path, '$.roles[0].sources[0]');
    assert.ok(!r.dataset.sources.some((s) => s.id === 'my-survey'), 'nothing from the bad pack leaked in');
    assert.ok(r.dataset.sources.some((s) => s.id === 'other-survey'));
  });

  it('a later pack may reference what an earlier one added', () => {
    const first = { sources: [SOURCE] };
    const second = {
      metrics: [
        {
          id: 'team-growth',
          kind: 'posting-growth',
          label: 'Team',
          roles: [],
          min: 5,
          max: 5,
          unit: 'percent',
          year: '2026',
          source: 'my-survey',
        },
      ],
    };
    const r = applyUserPacks(builtIn(), [packFile('a.json', first), packFile('b.json', second)]);
    assert.deepEqual(r.errors, []);
    assert.equal(r.applied.length, 2);
  });

  it('keeps hostile strings as plain data', () => {
    const title = '<img src=x onerror=alert(1)>"; DROP TABLE roles; --\u202E';
    const r = applyUserPacks(builtIn(), [packFile('x.json', { sources: [{ ...SOURCE, title }] })]);
    assert.equal(r.dataset.sources.find((s) => s.id === 'my-survey')!.title, title);
  });
});

describe('built-in data integrity', () => {
  it('refuses a key defined twice across built-in files', () => {
    const files = [
      ...dataFiles(),
      packFile('data/zz-dup.json', { sources: [SOURCE, { ...SOURCE, id: 'x2' }] }),
      packFile('data/zz-dup2.json', { sources: [SOURCE] }),
    ];
    assert.throws(() => loadBuiltIn(files), /'sources:my-survey' is already defined/);
  });
  it('refuses a dangling reference', () => {
    const files = [
      ...dataFiles(),
      packFile('data/zz.json', {
        roleSkills: [{ role: 'data-engineer', skill: 'juggling', depth: 'core', term: 'Core', source: 'ai-pulse' }],
      }),
    ];
    assert.throws(() => loadBuiltIn(files), /data\/zz\.json: \$\.roleSkills\[0\]\.skill: unknown skill 'juggling'/);
  });
  it('every role, skill and source is used somewhere', () => {
    const d = builtIn();
    const text = JSON.stringify({ ...d, roles: [], skills: [], sources: [] });
    for (const s of d.sources) assert.ok(text.includes(`"${s.id}"`), `source ${s.id} is never cited`);
    for (const s of d.skills) assert.ok(text.includes(`"${s.id}"`), `skill ${s.id} is never used`);
  });
  it('every role cites at least one source and has duties', () => {
    const d = builtIn();
    for (const r of d.roles)
      assert.ok(
        d.duties.some((x) => x.role === r.id),
        `${r.id} has no duties`,
      );
  });
  it('the stated FAANG time split adds up to 100%', () => {
    const split = builtIn().duties.filter((x) => x.percent !== undefined);
    assert.equal(
      split.reduce((n, x) => n + x.percent!, 0),
      100,
    );
  });
});

describe('JSON syntax errors (jsonc-parser, strict JSON)', () => {
  // Imported lazily to keep this block self-contained.
  const { findJsonSyntaxError, tooDeepAt } =
    require('../../src/core/jsonErrors') as typeof import('../../src/core/jsonErrors');
  const cases: [string, number, RegExp][] = [
    ['{"a": 1,}', 8, /expected a quoted property name/],
    ['{"a" 1}', 5, /expected ':'/],
    ['[1 2]', 3, /expected ',', found "2"/],
    ['{"a": "x\ny"}', 6, /unterminated string .*line break/],
    ['{"a": tru}', 6, /unexpected "tru"/],
    ['{"a": 01}', 7, /expected ','/],
    ['{"a": "\\q"}', 6, /invalid escape/],
    ['{"a": 1} 2', 9, /after the end/],
    ['{"a": 1} x', 9, /unexpected "x"/],
    ['{"a": [1, 2', 11, /end of file/],
    ['{"a": 1 // note\n}', 8, /comments are not allowed/],
    ["{'a': 1}", 1, /unexpected "'a'"/],
  ];
  for (const [text, offset, message] of cases) {
    it(`locates the error in ${JSON.stringify(text)}`, () => {
      const e = findJsonSyntaxError(text);
      assert.ok(e);
      assert.equal(e.offset, offset);
      assert.match(e.message, message);
    });
  }
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]}', ' 0 '])
      assert.equal(findJsonSyntaxError(text), undefined, text);
  });
  it('finds nesting deeper than the limit without recursing, and ignores brackets inside strings', () => {
    assert.equal(tooDeepAt('[[[1]]]', 2), 2);
    assert.equal(tooDeepAt('{"a": "[[[[[[", "b": [1]}', 2), undefined);
    assert.equal(tooDeepAt('['.repeat(200_000), 64), 64);
  });
});

describe('provenance is part of the schema', () => {
  const duty = (extra: object) => ({
    duties: [{ id: 'x-duty', role: 'data-engineer', kind: 'task', title: 'Something', ...extra }],
  });
  const reason = (content: object) => {
    const r = applyUserPacks(builtIn(), [packFile('packs/p.json', content)]);
    return r.errors[0] ? `${r.errors[0].path}: ${r.errors[0].reason}` : '';
  };

  it('refuses a statement with no source', () => assert.match(reason(duty({})), /^\$\.duties\[0\]\.source: /));
  it('refuses an editorial statement without a reason', () =>
    assert.match(reason(duty({ source: 'career-lens' })), /editorial statement/));
  it('refuses a reason on a sourced statement', () =>
    assert.match(reason(duty({ source: 'ai-pulse', editorial: 'because' })), /editorial statement/));
  it('accepts an editorial statement with its reason, and a sourced one', () => {
    assert.equal(reason(duty({ source: 'career-lens', editorial: 'Our reading of the role.' })), '');
    assert.equal(reason(duty({ source: 'ai-pulse' })), '');
  });
  it('refuses a skill without the reason its description is editorial', () => {
    assert.match(
      reason({ skills: [{ id: 'x-skill', name: 'X', category: 'practice', description: 'x', keywords: [] }] }),
      /^\$\.skills\[0\]\.editorial: /,
    );
  });
});
