// The probe behind `npm run bench` #4. A `career-lens:round-trips` event dispatched in this frame
// sends `count` pings (answered by the host at once) interleaved with as many of each comparison
// request, one at a time: the one a pair change sends from the overview tab (its parts less those
// kept, see comparisonParts.ts), and one for the whole comparison. It answers with a
// `career-lens:round-trips-done` event carrying each kind's times in ms. Only our own script or
// a debugger can dispatch events here: the page's CSP admits no other script, so this gives no
// one a way to send messages they could not already. Its requests go in a lane of their own
// (requests.ts): it cannot supersede the page's requests, nor they its.
import { keepDataParts, missingParts, TAB_PARTS } from '../src/shared/comparisonParts';
import type { Comparison } from '../src/core/results';
import type { App } from './app';

export const ROUND_TRIPS_EVENT = 'career-lens:round-trips';
const LANE = { lane: 'round-trips' } as const;

export function listenForRoundTrips(app: App): void {
  window.addEventListener(ROUND_TRIPS_EVENT, (event) => {
    const count = Math.min(Math.max(Number((event as CustomEvent<{ count?: unknown }>).detail?.count) || 0, 1), 1000);
    // Every request settles, so the bench always gets an answer: its times, or what failed.
    void measure(app, count).then(
      (times) => window.dispatchEvent(new CustomEvent(`${ROUND_TRIPS_EVENT}-done`, { detail: times })),
      (err: unknown) =>
        window.dispatchEvent(new CustomEvent(`${ROUND_TRIPS_EVENT}-done`, { detail: { error: String(err) } })),
    );
  });
}

type Times = { ping: number[]; pairChange: number[]; whole: number[] };

async function measure(app: App, count: number): Promise<Times> {
  const times: Times = { ping: [], pairChange: [], whole: [] };
  const pair = app.pair();
  if (!pair) return times;
  // What the page asks on a pair change (comparisonPage.ts): the tab's parts, less those it keeps.
  const parts = missingParts(keepDataParts(await wholeComparison(app, pair)), TAB_PARTS.overview);
  for (let i = 0; i < count; i++) {
    let t = performance.now();
    await app.request('ping', {}, LANE);
    times.ping.push(performance.now() - t);
    t = performance.now();
    await app.request('requestComparison', { roleA: pair[0], roleB: pair[1], parts }, LANE);
    times.pairChange.push(performance.now() - t);
    t = performance.now();
    await app.request('requestComparison', { roleA: pair[0], roleB: pair[1] }, LANE);
    times.whole.push(performance.now() - t);
  }
  return times;
}

async function wholeComparison(app: App, pair: [string, string]): Promise<Partial<Comparison>> {
  return (await app.request('requestComparison', { roleA: pair[0], roleB: pair[1] }, LANE)).comparison;
}
