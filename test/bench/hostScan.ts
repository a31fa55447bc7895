// Runs inside the extension host (as an extensionTestsPath module) on a generated workspace:
// the whole workspace scan against one findFiles of the same globs, alternating, median of 7;
// then how long the scan takes to stop after Cancel. Prints one marked JSON line.
import * as vscode from 'vscode';
import type { CareerLensApi, CareerLensTestHooks } from '../../src/extension';
import { LISTING_EXCLUDE, LISTING_GLOB } from '../../src/core/evidence/select';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<CareerLensApi & { testHooks?: () => Promise<CareerLensTestHooks> }>(
    'career-lens.career-lens',
  )!;
  const hooks = await (await ext.activate()).testHooks!();
  await vscode.workspace.findFiles(LISTING_GLOB, LISTING_EXCLUDE, 20_000); // warm the search service
  await hooks.scan();
  const base: number[] = [];
  const scan: number[] = [];
  let files = 0;
  let read = 0;
  for (let i = 0; i < 7; i++) {
    let t = performance.now();
    files = (await vscode.workspace.findFiles(LISTING_GLOB, LISTING_EXCLUDE, 20_000)).length;
    base.push(performance.now() - t);
    t = performance.now();
    read = (await hooks.scan()).filesRead;
    scan.push(performance.now() - t);
  }
  const cancel: number[] = [];
  for (let i = 0; i < 5; i++) {
    const source = new vscode.CancellationTokenSource();
    const running = hooks.scan(source.token);
    await new Promise((r) => setTimeout(r, 40 + 30 * i));
    const t = performance.now();
    source.cancel();
    await running;
    cancel.push(performance.now() - t);
  }
  console.log(
    `__CAREER_LENS_BENCH__${JSON.stringify({ findFiles: median(base), scan: median(scan), files, read, cancel: median(cancel), cancelMax: Math.max(...cancel) })}`,
  );
}
