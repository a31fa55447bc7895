import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

// `npm run test:unit` builds first, without minifying: each bundled module keeps its path in a
// comment, which is what these look for.
describe('bundles: what the activation entry carries', () => {
  const entry = readFileSync(join(root, 'dist', 'extension.js'), 'utf8');

  it('is built unminified here, with the module paths these checks read', () => {
    assert.match(entry, /\/\/ src\/extension\.ts/);
  });

  // Activation registers commands and views and draws the Roles view's first rows; zod, the
  // schemas and the rest of core load with dist/host.js on first use (src/extension.ts). A new
  // import from the row builder's files pulled them all in once (about 200 KB minified).
  it('bundles neither zod nor core modules that need it', () => {
    for (const heavy of ['node_modules/zod/', 'src/core/schema.ts', 'src/core/compare.ts', 'jsonc-parser']) {
      assert.ok(!entry.includes(`// ${heavy}`) && !entry.includes(heavy), `dist/extension.js bundles ${heavy}`);
    }
  });
});
