// `npm start`: build, then serve a real VS Code (code-server) with Career Lens loaded on the
// sample workspace, until Ctrl-C. `npm start -- --desktop` uses a desktop `code` on PATH.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
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
  const server = await startCodeServer({ port: portArg ? Number(portArg.slice(7)) : undefined, workspace: FIXTURE_WORKSPACE });
  console.log(`\nCareer Lens is running in VS Code at:\n\n  ${server.workbenchUrl()}\n\nOpen that URL in a browser. Press Ctrl-C to stop.`);
  const stop = () => { server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
