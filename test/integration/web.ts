// Entry loaded by the web worker extension host (vscode.dev-style): the same suites, with
// mocha's browser build, bundled into one file by esbuild.mjs. It must sit inside the extension
// folder: the workbench runs tests in the host of the extension that contains them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';
import { report, suitesToRun } from './suites';

interface MochaInstance {
  suite: { emit(event: string, context: unknown, file: null, mocha: MochaInstance): void };
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number } };
}
type MochaClass = (new (opts: object) => MochaInstance) & { reporters: { Spec: unknown } };

export function run(): Promise<void> {
  // Required here, not imported: its UMD wrapper assigns `module.exports`, which esbuild leaves
  // pointing at this bundle's own exports unless the file is wrapped as a CommonJS module.
  require('mocha/mocha.js');
  const { Mocha } = globalThis as unknown as { Mocha: MochaClass };
  // Our own instance with the spec reporter: the browser build's ready-made one reports as
  // HTML, which needs a document, and a worker has none.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: Mocha.reporters.Spec });
  mocha.suite.emit('pre-require', globalThis, null, mocha);
  describe('the web worker extension host', () => {
    it('runs the extension here, with no Node at all', async () => {
      assert.equal(typeof process, 'undefined', 'a Node global is present: this is not the web worker host');
      assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'not a worker');
      assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext?.isActive || (await ext?.activate()), 'the extension activated in this host');
    });
  });
  for (const load of suitesToRun(undefined)) load();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => report(runner.stats ?? { passes: 0, failures }, resolve, reject));
  });
}
