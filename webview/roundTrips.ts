// The probe behind `npm run bench` #4. A `career-lens:round-trips` event dispatched in this frame
// sends `count` pings (answered by the host at once) interleaved with as many comparison
// requests, one at a time, and answers with a `career-lens:round-trips-done` event carrying each
// kind's times in ms. Only our own script or a debugger can dispatch events here: the page's CSP
// admits no other script, so this gives no one a way to send messages they could not already.
import type { App } from './app';

export const ROUND_TRIPS_EVENT = 'career-lens:round-trips';

export function listenForRoundTrips(app: App): void {
  window.addEventListener(ROUND_TRIPS_EVENT, (event) => {
    const count = Math.min(Math.max(Number((event as CustomEvent<{ count?: unknown }>).detail?.count) || 0, 1), 1000);
    void measure(app, count).then((times) => window.dispatchEvent(new CustomEvent(`${ROUND_TRIPS_EVENT}-done`, { detail: times })));
  });
}

async function measure(app: App, count: number): Promise<{ ping: number[]; comparison: number[] }> {
  const times = { ping: [] as number[], comparison: [] as number[] };
  const pair = app.pair();
  if (!pair) return times;
  for (let i = 0; i < count; i++) {
    let t = performance.now();
    await app.request('ping', {});
    times.ping.push(performance.now() - t);
    t = performance.now();
    await app.request('requestComparison', { roleA: pair[0], roleB: pair[1] });
    times.comparison.push(performance.now() - t);
  }
  return times;
}
