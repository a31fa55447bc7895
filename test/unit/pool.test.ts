import * as assert from 'node:assert/strict';
import { drain, taking } from '../../src/core/pool';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('drain: bounded async work', () => {
  it('never has more than `limit` calls in flight, and calls each item once', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await drain(taking([1, 2, 3, 4, 5, 6, 7]), 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await sleep(n % 3);
      seen.push(n);
      inFlight--;
    });
    assert.equal(most, 3);
    assert.deepEqual([...seen].sort(), [1, 2, 3, 4, 5, 6, 7]);
  });

  it('lets the other slots go on past a slow call (no batch waits for its slowest)', async () => {
    const done: string[] = [];
    await drain(taking(['slow', 'a', 'b', 'c', 'd']), 2, async (name) => {
      await sleep(name === 'slow' ? 200 : 1);
      done.push(name);
    });
    assert.deepEqual(done, ['a', 'b', 'c', 'd', 'slow']);
  });

  it('takes items added while it runs, and stops when take() says so', async () => {
    const queue = [1];
    let next = 0;
    const seen: number[] = [];
    await drain(
      () => (next < queue.length ? queue[next++] : undefined),
      4,
      async (n) => {
        seen.push(n);
        if (n < 5) queue.push(n + 1);
      },
    );
    assert.deepEqual(seen, [1, 2, 3, 4, 5]);

    let calls = 0;
    let stop = false;
    await drain(
      taking([1, 2, 3, 4, 5], () => stop),
      1,
      async (n) => {
        calls++;
        if (n === 2) stop = true;
      },
    );
    assert.equal(calls, 2);
  });
});
