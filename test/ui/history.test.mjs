// "From your commits" in the real workbench: the evidence command offers both sources when the
// workspace holds a git repository; the person's commits (found by the repository's user.email)
// become suggestions whose detail reads "N commits · N lines · dates · e.g. file (hash)".
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSkill, runFromPalette, screenshot } from '../harness/workbench.mjs';
import { ui, useWorkbench } from './hooks.mjs';

const ME = 'me@example.org';

/** A repository in the workspace with three of the person's Airflow commits and a teammate's. */
function planted(workspace) {
  const repo = join(workspace, 'clones', 'pipelines');
  mkdirSync(join(repo, 'dags'), { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const git = (args, extra = {}) => execFileSync('git', args, { cwd: repo, env: { ...env, ...extra } });
  git(['init', '-q']);
  git(['config', 'user.email', ME]);
  const commit = (email, day, file, lines, subject) => {
    writeFileSync(join(repo, file), `from airflow import DAG\n${lines.join('\n')}\n`);
    git(['add', '-A']);
    const date = new Date(Date.now() - day * 86_400_000).toISOString();
    git(['-c', `user.email=${email}`, '-c', 'user.name=N', 'commit', '-q', '-m', subject], {
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    });
  };
  const body = (n) => Array.from({ length: n }, (_, k) => `task_${k} = ${k}`);
  commit(ME, 40, 'dags/load.py', body(6), 'Add the load DAG');
  commit('teammate@example.org', 30, 'dags/theirs.py', body(3), 'Theirs');
  commit(ME, 20, 'dags/load.py', body(12), 'More tasks');
  commit(ME, 5, 'dags/more.py', body(8), 'Another DAG');
}

describe('evidence from your commits (real workbench)', () => {
  useWorkbench({ setup: planted });
  it("offers both sources, reads the person's commits, and marks the accepted ones", async () => {
    const { page } = ui();
    await runFromPalette(page, 'Career Lens: Find Skill Evidence in Workspace…');
    const commits = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'From your commits' }).first();
    await commits.waitFor({ timeout: 20_000 });
    assert.equal(
      await page
        .locator('.quick-input-widget .monaco-list-row', { hasText: "From this workspace's manifests" })
        .count(),
      1,
    );
    await commits.click();
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Workflow orchestration' }).first();
    await row.waitFor({ timeout: 60_000 });
    const text = await row.innerText();
    assert.match(text, /3 commits · \d+ lines · \w{3} \d{4}–\w{3} \d{4} · e\.g\. dags\/\w+\.py \([0-9a-f]{7}\)/, text);
    assert.match(
      (await page.locator('.quick-input-widget input').first().getAttribute('placeholder')) ?? '',
      /Read 3 of your commits in 1 repository, .* for .*me@example\.org/,
    );
    await screenshot(page, 'history-suggestions');
    await page.locator('.quick-input-widget input').press('Enter');
    const treeRow = await findSkill(page, 'orchestration', 'Workflow orchestration');
    await treeRow.locator('.custom-view-tree-node-item-checkbox[aria-checked="true"]').waitFor({ timeout: 10_000 });
  });
});
