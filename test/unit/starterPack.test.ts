import * as assert from 'node:assert/strict';
import { EDITORIAL } from '../../src/core/editorial';
import { applyUserPacks } from '../../src/core/packs';
import { SECTION_NAMES } from '../../src/core/schema';
import { STARTER_SOURCE, starterPack } from '../../src/core/starterPack';
import { builtIn } from './fixtures';

describe('the starter data pack', () => {
  const pack = starterPack(builtIn(), 'file:///ext/dist/data-pack.schema.json');

  it('has the schema attached and one example of every kind of entry', () => {
    assert.equal(pack.$schema, 'file:///ext/dist/data-pack.schema.json');
    for (const section of SECTION_NAMES) assert.equal((pack[section] as unknown[] | undefined)?.length, 1, section);
  });

  it('applies cleanly on the built-in data, adding entries and replacing none', () => {
    const r = applyUserPacks(builtIn(), [{ name: 'starter.careerlens.json', bytes: new TextEncoder().encode(JSON.stringify(pack, null, 2)) }]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.applied[0]!.overrides, []);
    assert.equal(r.applied[0]!.added, SECTION_NAMES.length);
  });

  it('cites only its own source, so every example reads as the team\'s', () => {
    const cited = JSON.stringify(pack).match(/"sources?":\s*(?:"[^"]*"|\[[^\]]*\])/g) ?? [];
    for (const c of cited) if (!c.startsWith('"sources":[{')) assert.ok(c.includes(STARTER_SOURCE), c);
    assert.ok(!JSON.stringify(pack).includes(`"${EDITORIAL}"`), 'no example is Career Lens\'s own reading');
  });
});
