import * as assert from 'node:assert/strict';
import { builtIn } from './fixtures';

describe('built-in dataset', () => {
  it('loads and validates every data file', () => {
    const d = builtIn();
    assert.equal(d.sources.length, 5);
    assert.deepEqual(d.roles.map((r) => r.id), ['data-engineer', 'ml-engineer', 'ml-platform-engineer', 'ai-infrastructure-engineer']);
  });
});
