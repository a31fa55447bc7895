// `npm start`: build, then serve a real VS Code (code-server) with Career Lens loaded on the
// sample workspace, opened on the Career Lens view and the comparison, until Ctrl-C.
// `npm start -- --desktop` uses a desktop `code` on PATH.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURE_WORKSPACE, REPO_ROOT, startCodeServer } from './codeServer.mjs';

execFileSync('node', ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });

if (process.argv.includes('--desktop')) {
  if (spawnSync('code', ['--version']).status !== 0) {
    console.error('No desktop `code` CLI on PATH. Run `npm start` without --desktop for the browser VS Code.');
    process.exit(1);
  }
  const child = spawn('code', ['--extensionDevelopmentPath', REPO_ROOT, FIXTURE_WORKSPACE], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const portArg = process.argv.find((a) => a.startsWith('--port='));
  const server = await startCodeServer({
    port: portArg ? Number(portArg.slice(7)) : undefined,
    workspace: FIXTURE_WORKSPACE,
    // A helper extension of the harness opens the view and the comparison on startup.
    extraExtensions: [join(REPO_ROOT, 'test', 'fixtures', 'start-extension')],
  });
  console.log(
    `\nCareer Lens is running in VS Code at:\n\n  ${server.workbenchUrl()}\n\nOpen that URL in a browser. Press Ctrl-C to stop.`,
  );
  // For the harness's own check: which process group and files a stop must clean up.
  if (process.env.CAREER_LENS_START_REPORT)
    console.log(`[start] code-server pid ${server.pid} scratch ${server.scratch}`);
  // Ctrl-C and SIGTERM stop code-server and remove its files (see cleanup.mjs); keep running until then.
  setInterval(() => {}, 1 << 30);
}
