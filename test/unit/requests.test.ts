import * as assert from 'node:assert/strict';
import type { ToHost, ToWebview } from '../../src/shared/protocol';
import { Requests } from '../../webview/requests';

const plan = (requestId: number): ToWebview => ({ type: 'plan', requestId, gap: null, current: null, target: null, currentChoices: [], targetChoices: [], marks: {} });

describe('webview requests: one request(), replies by id', () => {
  it('sends the request with a fresh id and resolves with the matching reply', async () => {
    const sent: ToHost[] = [];
    const r = new Requests((m) => sent.push(m));
    const reply = r.request('requestPlan', {});
    assert.deepEqual(sent, [{ type: 'requestPlan', requestId: 1 }]);
    assert.equal(r.receive(plan(1)), true);
    assert.equal((await reply).type, 'plan');
  });

  it('drops a stale reply: a newer request of the same kind wins, the older never settles', async () => {
    const r = new Requests(() => undefined);
    let oldSettled = false;
    void r.request('requestPlan', {}).then(() => { oldSettled = true; }, () => { oldSettled = true; });
    const newer = r.request('requestPlan', {});
    assert.equal(r.receive(plan(1)), true, 'the stale reply is consumed, not handled elsewhere');
    r.receive(plan(2));
    await newer;
    await new Promise((res) => setTimeout(res, 0));
    assert.equal(oldSettled, false);
  });

  it('keeps kinds apart: a what-if does not make a submitted quiz stale', async () => {
    const sent: ToHost[] = [];
    const r = new Requests((m) => sent.push(m));
    const submitted = r.request('submitQuiz', { answers: {} });
    const whatIf = r.request('whatIf', { answers: {}, questionId: 'q', optionId: null });
    const result = { answered: 0, skipped: 0, total: 0, scale: 0, fits: [], verdict: 'no-answers' as const, margin: 0, threshold: 10, raised: [], favouredRunnerUp: [], closeCall: null, startingPoint: null };
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
