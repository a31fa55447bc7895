import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResult, resultLine } from '../harness/result.mjs';

const root = join(__dirname, '..', '..', '..');

// `npm run test:unit` builds the tests first (node esbuild.mjs --tests), so the bundles are fresh.
describe('integration suites: found from their files', () => {
  const files = readdirSync(join(root, 'test', 'integration')).filter((f) => f.endsWith('.test.ts'));

  it('puts every test/integration/*.test.ts into the Node and the web worker entries, with nothing to register', () => {
    assert.ok(files.length >= 9, `only ${files.length} suites`);
    for (const bundle of ['out/test/integration/index.js', 'out/test/web/index.js']) {
      const text = readFileSync(join(root, bundle), 'utf8');
      for (const f of files)
        assert.ok(
          text.includes(`${JSON.stringify(f.slice(0, -'.test.ts'.length))}: () =>`),
          `${f} is not in ${bundle}`,
        );
    }
  });
});

describe('integration result line', () => {
  it('is read back as the counts it was written with, and other lines are not results', () => {
    assert.deepEqual(readResult(`[log] ${resultLine({ passes: 12, failures: 1 })}`), { passes: 12, failures: 1 });
    assert.equal(readResult('passes: 12, failures: 1'), undefined);
  });
});
