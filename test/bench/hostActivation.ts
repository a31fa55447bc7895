// Runs inside the extension host (as an extensionTestsPath module) once the window has opened
// and settled: a warm-up extension first, then the empty extension, an extension that registers
// one command, and Career Lens, in a rotation that starts where the workspace's bench-order.txt
// says (a different place each launch). Each activate() includes loading the extension's code.
// Then the heap Career Lens adds doing a compare, a quiz and a scan.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import type { CareerLensApi, CareerLensTestHooks } from '../../src/extension';

async function timeActivation(id: string): Promise<number> {
  const ext = vscode.extensions.getExtension(id);
  if (!ext) throw new Error(`${id} is not installed`);
  if (ext.isActive) throw new Error(`${id} was already active`);
  const t = performance.now();
  await ext.activate();
  return performance.now() - t;
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  // Each launch starts the rotation at a different extension, so none is always first or last.
  const turn = Number(readFileSync(join(folder, 'bench-order.txt'), 'utf8').trim());
  // As the issue measured it, "after the host settled": built-in extensions activating at
  // start-up share this thread, and timing into them made the ratio swing from 0.8 to 2.3.
  await new Promise((r) => setTimeout(r, 3000));
  await timeActivation('career-lens.career-lens-bench-warmup');
  const times: Record<string, number> = {};
  const order: [string, string][] = [['empty', 'career-lens.career-lens-bench-empty'], ['oneCommand', 'career-lens.career-lens-bench-one-command'], ['ours', 'career-lens.career-lens']];
  for (const [name, id] of [...order.slice(turn % 3), ...order.slice(0, turn % 3)]) {
    times[name] = await timeActivation(id);
  }
  const api = await vscode.extensions.getExtension<CareerLensApi & { testHooks?: () => Promise<CareerLensTestHooks> }>('career-lens.career-lens')!.activate();
  // A full collection before each reading, so the difference is what stays, not garbage.
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const d = await api.getDataset();
  for (const a of d.roles) for (const b of d.roles) if (a.id !== b.id) await api.compare(a.id, b.id);
  await api.scoreQuiz(Object.fromEntries(d.quiz.map((q) => [q.id, q.options[0]!.id])));
  await (await api.testHooks!()).scan();
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  console.log(`__CAREER_LENS_BENCH__${JSON.stringify({ ...times, heapMb })}`);
}
