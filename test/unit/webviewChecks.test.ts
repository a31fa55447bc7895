import * as assert from 'node:assert/strict';
import { compare } from '../../src/core/compare';
import { checkFirstState, holds, Saved } from '../../webview/checks';
import { freshSaved } from '../../webview/app';
import { builtIn } from './fixtures';

// The webview paints the first state the host put into the page before checking it (see
// webview/boot.ts); these are the checks its handshake runs after that paint.
const state = {
  type: 'state',
  roles: [
    { id: 'data-engineer', name: 'Data Engineer', kind: 'core' },
    { id: 'ml-engineer', name: 'Machine Learning Engineer', kind: 'core' },
  ],
  pair: ['data-engineer', 'ml-engineer'],
  payKind: 'total',
  region: 'us',
  dataVersion: 1,
  warnings: [],
  l10n: {},
};
/** As the page carries it: JSON, with the key order of the host's objects. */
const first = () =>
  JSON.parse(JSON.stringify({ state, comparison: compare(builtIn(), 'data-engineer', 'ml-engineer') })) as {
    state: Record<string, unknown>;
    comparison: Record<string, unknown>;
  };

describe('webview checks: the first state in the page', () => {
  it("accepts the host's first state, unchanged by checking, so the painted page stands", () => {
    const r = checkFirstState(first());
    assert.ok(r.ok, r.ok ? '' : r.reason);
    assert.equal(r.value.changed, false);
    assert.deepEqual(r.value.state.pair, ['data-engineer', 'ml-engineer']);
    assert.equal(r.value.comparison.roles[1].id, 'ml-engineer');
  });

  it('ignores extra keys: nothing draws them, and the checked data drops them', () => {
    const raw = first();
    raw.state.extra = '<img src=x onerror=alert(1)>';
    const r = checkFirstState(raw);
    assert.ok(r.ok);
    assert.equal(r.value.changed, false);
    assert.equal('extra' in r.value.state, false);
  });

  it('refuses a malformed state or comparison, naming the field', () => {
    const badState = first();
    badState.state.roles = 'not a list';
    const a = checkFirstState(badState);
    assert.equal(a.ok, false);
    assert.match(a.ok ? '' : a.reason, /^state: roles: /);

    const badComparison = first();
    (badComparison.comparison.roles as { name: unknown }[])[0]!.name = 42;
    const b = checkFirstState(badComparison);
    assert.equal(b.ok, false);
    assert.match(b.ok ? '' : b.reason, /comparison\.roles\.0\.name/);

    const notState = first();
    notState.state = { type: 'profileChanged' };
    const c = checkFirstState(notState);
    assert.equal(c.ok, false);
    assert.match(c.ok ? '' : c.reason, /expected a 'state' message, got 'profileChanged'/);

    assert.equal(checkFirstState({}).ok, false);
  });

  it('carries the tab a new panel opens on, and refuses an unknown one, naming it', () => {
    const r = checkFirstState({ ...first(), tab: 'quiz' });
    assert.ok(r.ok);
    assert.equal(r.value.tab, 'quiz');
    const none = checkFirstState(first());
    assert.ok(none.ok);
    assert.equal(none.value.tab, undefined);
    const bad = checkFirstState({ ...first(), tab: '<img src=x onerror=alert(1)>' });
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.reason, /^tab: /);
  });
});

describe('webview checks: holds()', () => {
  it('is true when every checked value is in the raw data, in any key order', () => {
    assert.equal(holds({ b: [1, { c: null }], a: 'x', extra: 1 }, { a: 'x', b: [1, { c: null }] }), true);
    assert.equal(holds({ a: undefined }, { a: undefined }), true);
    assert.equal(holds({}, { a: undefined }), true);
  });

  it('is false for any difference a schema default or transform would make', () => {
    assert.equal(holds({}, { openEnded: false }), false);
    assert.equal(holds({ a: '1' }, { a: 1 }), false);
    assert.equal(holds({ a: [1, 2] }, { a: [1] }), false);
    assert.equal(holds({ a: { 0: 1 } }, { a: [1] }), false);
    assert.equal(holds(null, {}), false);
    assert.equal(holds({ a: NaN }, { a: NaN }), true);
  });
});

describe('webview checks: saved state', () => {
  it('keeps what is valid and resets only what is not', () => {
    const s = Saved.parse({
      tab: 'pay',
      scroll: { pay: 120 },
      payKind: 'base',
      region: 'mars',
      payView: 'table',
      quiz: { index: -1, answers: {} },
    });
    assert.deepEqual(s, {
      tab: 'pay',
      scroll: { pay: 120 },
      payKind: 'base',
      region: undefined,
      payView: 'table',
      quiz: null,
    });
  });

  it('starts afresh from saved state that is not an object, and a fresh panel starts the same', () => {
    for (const junk of [undefined, null, 'x', 42, [1, 2], {}, { tab: { toString: 1 } }]) {
      assert.deepEqual(Saved.parse(junk), freshSaved(), JSON.stringify(junk));
    }
    assert.deepEqual(Saved.parse(freshSaved()), freshSaved());
  });
});
