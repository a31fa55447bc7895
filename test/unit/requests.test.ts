import * as assert from 'node:assert/strict';
import type { ToHost, ToWebview } from '../../src/shared/protocol';
import { isSuperseded, Requests, Superseded } from '../../webview/requests';

const plan = (requestId: number): ToWebview => ({
  type: 'plan',
  requestId,
  gap: null,
  current: null,
  target: null,
  currentChoices: [],
  targetChoices: [],
  marks: {},
});

describe('webview requests: one request(), replies by id', () => {
  it('sends the request with a fresh id and resolves with the matching reply', async () => {
    const sent: ToHost[] = [];
    const r = new Requests((m) => sent.push(m));
    const reply = r.request('requestPlan', {});
    assert.deepEqual(sent, [{ type: 'requestPlan', requestId: 1 }]);
    assert.equal(r.receive(plan(1)), true);
    assert.equal((await reply).type, 'plan');
  });

  it('rejects a superseded request with a reason callers recognise, and drops its late reply', async () => {
    const r = new Requests(() => undefined);
    const older = r.request('requestPlan', {});
    const newer = r.request('requestPlan', {});
    await assert.rejects(older, (err) => err instanceof Superseded && isSuperseded(err));
    assert.equal(r.receive(plan(1)), true, 'the late reply is consumed, not handled elsewhere');
    r.receive(plan(2));
    assert.equal((await newer).requestId, 2);
    assert.equal(r.waiting, 0);
  });

  it('settles both of two consumers asking for one kind at once, when each has its own lane', async () => {
    const sent: ToHost[] = [];
    const r = new Requests((m) => sent.push(m));
    // The page's background fetch and the bench's probe, overlapping.
    const page = r.request('requestComparison', { roleA: 'a', roleB: 'b' }, { lane: null });
    const probe = r.request(
      'requestComparison',
      { roleA: 'a', roleB: 'b', parts: ['overview'] },
      { lane: 'round-trips' },
    );
    const comparison = (requestId: number): ToWebview => ({
      type: 'comparison',
      requestId,
      comparison: { roles: [] } as never,
    });
    // Answered out of order.
    r.receive(comparison(2));
    r.receive(comparison(1));
    assert.deepEqual([(await page).requestId, (await probe).requestId], [1, 2]);
    assert.equal(r.waiting, 0);
  });

  it('settles both of two consumers sharing a lane: the older is superseded, never left waiting', async () => {
    const r = new Requests(() => undefined);
    const outcomes: string[] = [];
    const first = r.request('requestPay', { roleA: 'a', roleB: 'b', kind: 'total', region: 'us' }).then(
      () => 'reply',
      (e) => (isSuperseded(e) ? 'superseded' : 'failed'),
    );
    const second = r.request('requestPay', { roleA: 'a', roleB: 'b', kind: 'base', region: 'us' }).then(
      () => 'reply',
      (e) => (isSuperseded(e) ? 'superseded' : 'failed'),
    );
    r.receive({ type: 'pay', requestId: 2, rows: [] });
    outcomes.push(await first, await second);
    assert.deepEqual(outcomes, ['superseded', 'reply']);
  });

  it('cancels through an AbortSignal, before or after sending', async () => {
    const sent: ToHost[] = [];
    const r = new Requests((m) => sent.push(m));
    const gone = new AbortController();
    gone.abort();
    await assert.rejects(r.request('requestPlan', {}, { signal: gone.signal }), (err) => isSuperseded(err));
    assert.equal(sent.length, 0, 'an aborted request is not sent');
    const later = new AbortController();
    const reply = r.request('requestPlan', {}, { signal: later.signal });
    later.abort();
    await assert.rejects(reply, (err) => isSuperseded(err));
    assert.equal(r.waiting, 0);
  });

  it('rejects a request nobody answers, after its time', async () => {
    const r = new Requests(() => undefined, 20);
    await assert.rejects(r.request('ping', {}), /no answer to 'ping'/);
    assert.equal(r.waiting, 0);
  });

  it('rejects a request that could not be sent (the outgoing check threw)', async () => {
    const r = new Requests(() => {
      throw new Error('roleA: Invalid');
    });
    await assert.rejects(r.request('requestComparison', { roleA: '', roleB: 'b' }), /roleA: Invalid/);
    assert.equal(r.waiting, 0);
  });

  it('keeps kinds apart: a what-if does not make a submitted quiz stale', async () => {
    const sent: ToHost[] = [];
    const r = new Requests((m) => sent.push(m));
    const submitted = r.request('submitQuiz', { answers: {} });
    const whatIf = r.request('whatIf', { answers: {}, questionId: 'q', optionId: null });
    const result = {
      answered: 0,
      skipped: 0,
      total: 0,
      scale: 0,
      fits: [],
      verdict: 'no-answers' as const,
      margin: 0,
      threshold: 10,
      raised: [],
      favouredRunnerUp: [],
      closeCall: null,
      startingPoint: null,
    };
    r.receive({ type: 'quizResult', requestId: 2, result });
    r.receive({ type: 'quizResult', requestId: 1, result });
    assert.equal((await submitted).type, 'quizResult');
    assert.equal((await whatIf).type, 'quizResult');
  });

  it('rejects on an error reply, which is still shown by the shell', async () => {
    const r = new Requests(() => undefined);
    const reply = r.request('requestComparison', { roleA: 'a', roleB: 'b' });
    assert.equal(r.receive({ type: 'error', requestId: 1, message: "unknown role 'b'" }), false);
    await assert.rejects(reply, /unknown role 'b'/);
  });

  it('rejects a reply of the wrong type for its request', async () => {
    const r = new Requests(() => undefined);
    const reply = r.request('requestComparison', { roleA: 'a', roleB: 'b' });
    r.receive(plan(1));
    await assert.rejects(reply, /expected 'comparison'/);
  });

  it('leaves messages that answer no request to the shell', () => {
    const r = new Requests(() => undefined);
    assert.equal(r.receive({ type: 'profileChanged' }), false);
    assert.equal(r.receive({ type: 'focusTab', tab: 'pay' }), false);
  });
});
