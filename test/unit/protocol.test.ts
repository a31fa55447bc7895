import * as assert from 'node:assert/strict';
import { ToHost, ToWebview } from '../../src/shared/protocol';

describe('protocol: webview → host', () => {
  const valid: unknown[] = [
    { type: 'ready' },
    { type: 'swapRoles' },
    { type: 'selectRoles', roleA: 'data-engineer', roleB: 'ml-platform-engineer' },
  ];
  for (const msg of valid) {
    it(`accepts ${JSON.stringify(msg)}`, () => assert.ok(ToHost.safeParse(msg).success));
  }

  const invalid: [string, unknown][] = [
    ['null', null],
    ['an array', []],
    ['a string', 'ready'],
    ['no type', { roleA: 'data-engineer' }],
    ['an unknown type', { type: 'rm -rf' }],
    ['a prototype-polluting type', { type: '__proto__' }],
    ['a role id with markup', { type: 'selectRoles', roleA: '<img src=x onerror=alert(1)>', roleB: 'ml-engineer' }],
    ['a missing role', { type: 'selectRoles', roleA: 'data-engineer' }],
    ['a numeric role', { type: 'selectRoles', roleA: 1, roleB: 2 }],
    ['an over-long id', { type: 'selectRoles', roleA: 'a'.repeat(81), roleB: 'ml-engineer' }],
  ];
  for (const [label, msg] of invalid) {
    it(`rejects ${label}`, () => assert.equal(ToHost.safeParse(msg).success, false));
  }
});

describe('protocol: host → webview', () => {
  it('accepts a state message', () => {
    const msg = { type: 'state', roles: [{ id: 'data-engineer', name: 'Data Engineer', kind: 'core' }], pair: ['data-engineer', 'ml-engineer'] };
    assert.ok(ToWebview.safeParse(msg).success);
  });
  it('rejects a state whose pair has three roles', () => {
    const msg = { type: 'state', roles: [], pair: ['a', 'b', 'c'] };
    assert.equal(ToWebview.safeParse(msg).success, false);
  });
  it('rejects a role with an unknown kind', () => {
    const msg = { type: 'state', roles: [{ id: 'x', name: 'X', kind: 'wizard' }], pair: ['x', 'x'] };
    assert.equal(ToWebview.safeParse(msg).success, false);
  });
});
