import * as assert from 'node:assert/strict';
import { ToHost, ToWebview } from '../../src/shared/protocol';
import { REPLIES } from '../../src/shared/protocolValues';
import { compare } from '../../src/core/compare';
import { builtIn } from './fixtures';

describe('protocol: webview → host', () => {
  const valid: unknown[] = [
    { type: 'ready' },
    { type: 'ping', requestId: 7 },
    { type: 'swapRoles' },
    { type: 'selectRoles', roleA: 'data-engineer', roleB: 'ml-platform-engineer' },
    { type: 'tabChanged', tab: 'pay' },
    { type: 'requestComparison', requestId: 1, roleA: 'data-engineer', roleB: 'ml-engineer' },
    {
      type: 'requestComparison',
      requestId: 1,
      roleA: 'data-engineer',
      roleB: 'ml-engineer',
      parts: ['overview', 'guidance'],
    },
    { type: 'requestPay', requestId: 2, roleA: 'data-engineer', roleB: 'ml-engineer', kind: 'base', region: 'nigeria' },
    { type: 'revealSkill', skillId: 'sql' },
    { type: 'requestQuiz', requestId: 3 },
    { type: 'submitQuiz', requestId: 4, answers: { 'pay-ceiling': 'pay-top', ambiguity: null } },
    { type: 'whatIf', requestId: 5, answers: { 'pay-ceiling': 'pay-top' }, questionId: 'pay-ceiling', optionId: null },
    { type: 'retakeQuiz' },
    { type: 'requestPlan', requestId: 6 },
    { type: 'setPlan', current: null, target: 'ml-engineer' },
    { type: 'markSkill', skillId: 'sql', mark: 'learning' },
    { type: 'exportReport' },
  ];
  for (const msg of valid) {
    it(`accepts ${JSON.stringify(msg)}`, () => assert.ok(ToHost.safeParse(msg).success));
  }

  it('has an accepted example of every message type', () => {
    const covered = new Set(valid.map((m) => (m as { type: string }).type));
    const all = ToHost.options.map((o) => o.shape.type.value);
    assert.deepEqual(
      all.filter((t) => !covered.has(t)),
      [],
    );
  });

  it('pairs every request (a message with a requestId) with a reply type, and nothing else', () => {
    const requests = ToHost.options
      .filter((o) => 'requestId' in o.shape)
      .map((o) => o.shape.type.value)
      .sort();
    assert.deepEqual(Object.keys(REPLIES).sort(), requests);
    const replyTypes = new Set(ToWebview.options.map((o) => o.shape.type.value));
    for (const reply of Object.values(REPLIES)) assert.ok(replyTypes.has(reply), reply);
  });

  const invalid: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['an array', []],
    ['a string', 'ready'],
    ['no type', { roleA: 'data-engineer' }],
    ['an unknown type', { type: 'rm -rf' }],
    ['a prototype-polluting type', { type: '__proto__' }],
    ['a role id with markup', { type: 'selectRoles', roleA: '<img src=x onerror=alert(1)>', roleB: 'ml-engineer' }],
    ['a missing role', { type: 'selectRoles', roleA: 'data-engineer' }],
    ['a numeric role', { type: 'selectRoles', roleA: 1, roleB: 2 }],
    ['an over-long id', { type: 'selectRoles', roleA: 'a'.repeat(81), roleB: 'ml-engineer' }],
    ['an unknown tab', { type: 'tabChanged', tab: 'settings' }],
    ['a request without an id', { type: 'requestComparison', roleA: 'data-engineer', roleB: 'ml-engineer' }],
    [
      'a negative request id',
      { type: 'requestComparison', requestId: -1, roleA: 'data-engineer', roleB: 'ml-engineer' },
    ],
    [
      'a fractional request id',
      { type: 'requestComparison', requestId: 1.5, roleA: 'data-engineer', roleB: 'ml-engineer' },
    ],
    [
      'a string request id',
      { type: 'requestComparison', requestId: '1', roleA: 'data-engineer', roleB: 'ml-engineer' },
    ],
    [
      'an unknown part of a comparison',
      {
        type: 'requestComparison',
        requestId: 1,
        roleA: 'data-engineer',
        roleB: 'ml-engineer',
        parts: ['overview', 'constructor'],
      },
    ],
    [
      'an empty list of parts',
      { type: 'requestComparison', requestId: 1, roleA: 'data-engineer', roleB: 'ml-engineer', parts: [] },
    ],
    [
      'parts as a string',
      { type: 'requestComparison', requestId: 1, roleA: 'data-engineer', roleB: 'ml-engineer', parts: 'overview' },
    ],
    [
      'more parts than there are',
      {
        type: 'requestComparison',
        requestId: 1,
        roleA: 'data-engineer',
        roleB: 'ml-engineer',
        parts: Array(12).fill('overview'),
      },
    ],
    [
      'an unknown region',
      { type: 'requestPay', requestId: 2, roleA: 'data-engineer', roleB: 'ml-engineer', kind: 'base', region: 'mars' },
    ],
    [
      'an unknown pay kind',
      { type: 'requestPay', requestId: 2, roleA: 'data-engineer', roleB: 'ml-engineer', kind: 'equity', region: 'us' },
    ],
    ['a skill id with a path', { type: 'revealSkill', skillId: '../../etc/passwd' }],
    [
      'quiz answers with a __proto__ key',
      JSON.parse('{"type":"submitQuiz","requestId":1,"answers":{"__proto__":"x"}}'),
    ],
    ['a what-if without its question', { type: 'whatIf', requestId: 5, answers: {}, optionId: null }],
    ['a plan without a target', { type: 'setPlan', current: null }],
    ['an unknown mark', { type: 'markSkill', skillId: 'sql', mark: 'expert' }],
    ['a plan request without an id', { type: 'requestPlan' }],
  ];
  for (const [label, msg] of invalid) {
    it(`rejects ${label}`, () => assert.equal(ToHost.safeParse(msg).success, false));
  }
});

describe('protocol: host → webview', () => {
  const state = {
    type: 'state',
    roles: [{ id: 'data-engineer', name: 'Data Engineer', kind: 'core' }],
    pair: ['data-engineer', 'ml-engineer'],
    payKind: 'total',
    region: 'us',
    dataVersion: 1,
    warnings: [],
    l10n: {},
  };
  it('accepts a state message', () => assert.ok(ToWebview.safeParse(state).success));
  it('accepts a real comparison reply', () => {
    const comparison = compare(builtIn(), 'data-engineer', 'ml-engineer');
    assert.ok(ToWebview.safeParse({ type: 'comparison', requestId: 7, comparison }).success);
  });
  it('accepts a comparison of two hybrids (empty cells everywhere)', () => {
    const comparison = compare(builtIn(), 'ml-platform-engineer', 'ai-infrastructure-engineer');
    assert.ok(ToWebview.safeParse({ type: 'comparison', requestId: 8, comparison }).success);
  });
  it('rejects a state whose pair has three roles', () =>
    assert.equal(ToWebview.safeParse({ ...state, pair: ['a', 'b', 'c'] }).success, false));
  it('rejects a role with an unknown kind', () =>
    assert.equal(ToWebview.safeParse({ ...state, roles: [{ id: 'x', name: 'X', kind: 'wizard' }] }).success, false));
  it('rejects a comparison without its request id', () => {
    const comparison = compare(builtIn(), 'data-engineer', 'ml-engineer');
    assert.equal(ToWebview.safeParse({ type: 'comparison', comparison }).success, false);
  });
  it('accepts a reply with some parts of a comparison, and refuses one without the roles', () => {
    const { roles, overview } = compare(builtIn(), 'data-engineer', 'ml-engineer');
    assert.ok(ToWebview.safeParse({ type: 'comparison', requestId: 9, comparison: { roles, overview } }).success);
    assert.equal(ToWebview.safeParse({ type: 'comparison', requestId: 9, comparison: { overview } }).success, false);
  });
  it('rejects a state without its data version, or with a negative one', () => {
    const { dataVersion: _, ...unversioned } = state;
    assert.equal(ToWebview.safeParse(unversioned).success, false);
    assert.equal(ToWebview.safeParse({ ...state, dataVersion: -1 }).success, false);
  });
  it('rejects a focus on an unknown tab', () =>
    assert.equal(ToWebview.safeParse({ type: 'focusTab', tab: 'nope' }).success, false));
});
