// `npm test`: lint, type check, build, then unit, integration, UI, the harness self-check,
// `npm start` as a newcomer meets it (and stopped cleanly), and the packaged .vsix installed
// into a fresh VS Code.
// Every phase runs even after a failure, so one run shows everything that is broken; the
// last line is the total, and the exit code is non-zero if anything failed.
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './codeServer.mjs';
import { ensureCodeServer } from './install.mjs';

/** Runs a command, echoing its output, and returns its exit code and output. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

// A check phase (lint, build) counts as one test; a suite reports its own counts.
function mochaCounts(out) {
  const passes = Number(/(\d+) passing/.exec(out)?.[1] ?? 0);
  const failures = Number(/(\d+) failing/.exec(out)?.[1] ?? 0);
  return { passes, failures };
}
function harnessCounts(out) {
  const m = /(\d+) passed, (\d+) failed/.exec(out);
  return m ? { passes: Number(m[1]), failures: Number(m[2]) } : { passes: 0, failures: 0 };
}

const phases = [
  { name: 'lint', cmd: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'build', cmd: 'node', args: ['esbuild.mjs', '--tests'] },
  { name: 'unit', cmd: 'npx', args: ['mocha', '--config', 'test/unit/.mocharc.json'], counts: mochaCounts },
  { name: 'integration', cmd: 'node', args: ['test/harness/integration.mjs'], counts: harnessCounts },
  { name: 'integration-web', cmd: 'node', args: ['test/harness/integration.mjs', '--web'], counts: harnessCounts },
  { name: 'ui', cmd: 'npx', args: ['mocha', '--config', 'test/ui/.mocharc.json'], counts: mochaCounts },
  { name: 'selfcheck', cmd: 'node', args: ['test/harness/selfcheck.mjs'], counts: harnessCounts },
  { name: 'start', cmd: 'node', args: ['test/harness/startcheck.mjs'], counts: harnessCounts },
  { name: 'packaged', cmd: 'node', args: ['test/harness/packaged.mjs'], counts: harnessCounts },
];

const only = process.argv.slice(2);
const summary = [];
let passed = 0;
let failed = 0;

try {
  ensureCodeServer();
} catch (err) {
  console.error(`\n[harness] cannot provision the test VS Code: ${err.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

for (const phase of phases) {
  if (only.length && !only.includes(phase.name)) continue;
  console.log(`\n=== ${phase.name} ===`);
  const started = Date.now();
  const { code, out } = await run(phase.cmd, phase.args);
  let { passes, failures } = phase.counts
    ? phase.counts(out)
    : { passes: code === 0 ? 1 : 0, failures: code === 0 ? 0 : 1 };
  if (code !== 0 && failures === 0) failures = 1;
  if (code === 0 && phase.counts && passes === 0) failures += 1; // a suite that ran nothing is a failure
  passed += passes;
  failed += failures;
  summary.push(
    `${phase.name.padEnd(12)} ${code === 0 && failures === 0 ? 'ok  ' : 'FAIL'} ${String(passes).padStart(4)} passed ${String(failures).padStart(3)} failed  ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
}

console.log(`\n=== summary ===\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
