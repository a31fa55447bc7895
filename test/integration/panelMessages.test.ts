// 10,000 generated messages into the panel's real message handler: random shapes, prototype
// keys, huge strings, deep nesting, and well-formed messages naming unknown or repeated ids.
// None of them is meant to change anything, so the saved profile and pair must come out
// byte-identical, no exception may escape, and the panel must still answer.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startsFresh, testHooks } from './helpers';

const COUNT = 10_000;

/** A small seeded generator, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every type except the three that are valid with no fields at all: swapRoles and retakeQuiz
// are meant to change saved state, and exportReport waits for a person to pick a format.
const TYPES = [
  'ready',
  'selectRoles',
  'tabChanged',
  'requestComparison',
  'requestPay',
  'revealSkill',
  'requestQuiz',
  'submitQuiz',
  'whatIf',
  'requestPlan',
  'setPlan',
  'markSkill',
  'nope',
  '__proto__',
  'constructor',
  '',
];
const UNKNOWN_IDS = ['zz-unknown', 'data-engineer-x', 'a', 'x'.repeat(80), '__proto__', 'constructor', 'toString'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

function generator(seed: number) {
  const r = prng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const str = (): string =>
    pick([
      () => '',
      () => 'data-engineer',
      () => pick(UNKNOWN_IDS),
      () => '<img src=x onerror=alert(1)>',
      () => '[x](command:workbench.action.quit)',
      () => 'A'.repeat(100_000),
      () => '\u202Eevil',
      () => String(r()),
    ])();
  const value = (depth: number): unknown => {
    if (depth > 4) return pick([null, 1, 'x', true]);
    switch (int(9)) {
      case 0:
        return null;
      case 1:
        return r() * 1e12 - 5e11;
      case 2:
        return str();
      case 3:
        return r() < 0.5;
      case 4:
        return Array.from({ length: int(5) }, () => value(depth + 1));
      case 5:
        return Object.fromEntries(
          Array.from({ length: int(5) }, () => [pick([...PROTO_KEYS, 'type', 'answers', str()]), value(depth + 1)]),
        );
      case 6: {
        // deep nesting
        let v: unknown = 'bottom';
        for (let i = 0; i < 500 + int(2000); i++) v = r() < 0.5 ? [v] : { a: v };
        return v;
      }
      case 7:
        return undefined;
      default:
        return Number.NaN;
    }
  };
  /** A message that must leave the saved state alone. */
  return (): unknown => {
    const type = pick(TYPES);
    switch (int(6)) {
      case 0:
        return value(0);
      case 1: {
        // the right type with random fields
        const msg: Record<string, unknown> = { type, requestId: pick([1, -1, 2 ** 60, 'x', 7]) };
        for (let i = int(4); i > 0; i--)
          msg[pick(['roleA', 'roleB', 'answers', 'skillId', 'mark', 'tab', 'current', 'target', str()])] = value(1);
        return msg;
      }
      case 2: // prototype keys where answers go; zod's record would silently drop __proto__
        return JSON.parse(
          `{"type":"${pick(['submitQuiz', 'whatIf'])}","requestId":1,"questionId":"pay-ceiling","optionId":null,"answers":{"${pick(PROTO_KEYS)}":"x"}}`,
        );
      case 3: // well-formed, unknown or repeated ids
        return pick([
          { type: 'selectRoles', roleA: pick(UNKNOWN_IDS), roleB: 'ml-engineer' },
          { type: 'selectRoles', roleA: 'data-engineer', roleB: pick(UNKNOWN_IDS) },
          { type: 'selectRoles', roleA: 'ml-engineer', roleB: 'ml-engineer' },
          { type: 'requestComparison', requestId: 3, roleA: 'data-engineer', roleB: pick(UNKNOWN_IDS) },
          {
            type: 'requestPay',
            requestId: 4,
            roleA: 'data-engineer',
            roleB: 'data-engineer',
            kind: 'total',
            region: 'us',
          },
          { type: 'markSkill', skillId: pick(UNKNOWN_IDS), mark: 'have' },
          { type: 'revealSkill', skillId: pick(UNKNOWN_IDS) },
          { type: 'setPlan', current: null, target: pick(UNKNOWN_IDS) },
          { type: 'setPlan', current: pick(UNKNOWN_IDS), target: 'ml-engineer' },
          { type: 'submitQuiz', requestId: 5, answers: { [pick(UNKNOWN_IDS)]: 'x' } },
          { type: 'submitQuiz', requestId: 6, answers: {} },
          { type: 'submitQuiz', requestId: 7, answers: { 'pay-ceiling': null } },
          { type: 'whatIf', requestId: 8, answers: {}, questionId: pick(UNKNOWN_IDS), optionId: null },
        ]);
      case 4: // read-only requests, valid
        return pick([
          { type: 'ready' },
          { type: 'requestQuiz', requestId: 9 },
          { type: 'requestPlan', requestId: 10 },
          { type: 'tabChanged', tab: 'pay' },
          { type: 'requestComparison', requestId: 11, roleA: 'ml-engineer', roleB: 'data-engineer' },
        ]);
      default: // huge strings in every field
        return {
          type,
          requestId: 1,
          roleA: 'A'.repeat(100_000),
          roleB: str(),
          answers: { [str()]: str() },
          skillId: str(),
          tab: str(),
        };
    }
  };
}

describe('message fuzzing (10,000 messages into the panel handler)', function () {
  startsFresh();
  this.timeout(600_000);

  it('changes nothing saved, lets no exception escape, and keeps answering', async () => {
    const hooks = await testHooks();
    await hooks.reset();
    // A real saved profile and pair to protect.
    await vscode.commands.executeCommand('careerLens.takeQuiz', {
      'pay-ceiling': 'pay-top',
      'accuracy-or-reliability': 'pipeline-reliability',
    });
    await vscode.commands.executeCommand('careerLens.markHave', 'python');
    await vscode.commands.executeCommand('careerLens.openComparison', {
      roles: ['ml-engineer', 'ai-infrastructure-engineer'],
    });
    const panel = hooks.panel()!;
    await panel.handleMessage({ type: 'setPlan', current: 'data-engineer', target: 'ml-engineer' });
    const before = JSON.stringify(hooks.saved());
    assert.match(before, /pay-top/);
    assert.match(before, /ai-infrastructure-engineer/);

    const next = generator(20261121);
    let escaped = 0;
    const firstEscapes: string[] = [];
    // Bad input is refused or dropped; a message handled as a bug of ours ('failed') is one.
    const failed: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const msg = next();
      try {
        if ((await panel.handleMessage(msg)) === 'failed' && failed.length < 3)
          failed.push(`#${i}: ${JSON.stringify(msg)?.slice(0, 200)}`);
      } catch (err) {
        escaped++;
        if (firstEscapes.length < 3) firstEscapes.push(`#${i}: ${String(err).slice(0, 200)}`);
      }
      const now = JSON.stringify(hooks.saved());
      if (now !== before) assert.fail(`message #${i} changed the saved state: ${JSON.stringify(msg)?.slice(0, 300)}`);
    }
    assert.equal(escaped, 0, firstEscapes.join('\n'));
    assert.deepEqual(failed, [], 'bad input handled as a bug instead of refused');

    const posted = panel.posted.length;
    await panel.handleMessage({
      type: 'requestComparison',
      requestId: 99,
      roleA: 'data-engineer',
      roleB: 'ml-engineer',
    });
    assert.equal(
      panel.posted.length > 0 && panel.posted.at(-1),
      'comparison',
      `the panel still answers (posted ${posted})`,
    );
  });

  it('refuses a pair with an unknown or repeated role with an error reply, leaving the pair alone', async () => {
    const hooks = await testHooks();
    await hooks.reset();
    await vscode.commands.executeCommand('careerLens.openComparison', { roles: ['ml-engineer', 'data-engineer'] });
    const panel = hooks.panel()!;
    const pair = JSON.stringify(hooks.saved().pair);
    for (const msg of [
      { type: 'selectRoles', roleA: 'zz-unknown', roleB: 'ml-engineer' },
      { type: 'selectRoles', roleA: 'ml-engineer', roleB: 'ml-engineer' },
    ]) {
      await panel.handleMessage(msg);
      assert.equal(panel.posted.at(-1), 'error');
      assert.equal(JSON.stringify(hooks.saved().pair), pair);
    }
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('careerLens.compareRoles', 'data-engineer', 'data-engineer')),
      /itself/,
    );
  });

  it('an empty quiz submission never replaces a saved result', async () => {
    const hooks = await testHooks();
    await hooks.reset();
    await vscode.commands.executeCommand('careerLens.takeQuiz', { 'pay-ceiling': 'pay-top' });
    await vscode.commands.executeCommand('careerLens.openComparison');
    const saved = JSON.stringify(hooks.saved().profile);
    await hooks.panel()!.handleMessage({ type: 'submitQuiz', requestId: 1, answers: { 'pay-ceiling': null } });
    assert.equal(hooks.panel()!.posted.at(-1), 'quizResult', 'the empty submission is still scored for the webview');
    assert.equal(JSON.stringify(hooks.saved().profile), saved);
  });
});
