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
    for (const section of SECTION_NAMES)
      assert.ok(((pack[section] as unknown[] | undefined)?.length ?? 0) >= 1, section);
    // A survey's percentiles with its company level, mapped through the levels table.
    assert.ok(
      (pack.compensation as { percentiles?: object; companyLevel?: string }[]).some(
        (c) => c.percentiles && c.companyLevel === 'IC3',
      ),
    );
  });

  it('applies cleanly on the built-in data, adding entries and replacing none', () => {
    const r = applyUserPacks(builtIn(), [
      { name: 'starter.careerlens.json', bytes: new TextEncoder().encode(JSON.stringify(pack, null, 2)) },
    ]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.applied[0]!.overrides, []);
    assert.equal(r.applied[0]!.added, SECTION_NAMES.length + 1);
    const survey = r.dataset.compensation.find((c) => c.id === 'example-survey-de-ic3');
    assert.equal(survey?.level, 'mid', 'IC3 is mapped to the product ladder by the levels table');
  });

  it("cites only its own source, so every example reads as the team's", () => {
    const cited = JSON.stringify(pack).match(/"sources?":\s*(?:"[^"]*"|\[[^\]]*\])/g) ?? [];
    for (const c of cited) if (!c.startsWith('"sources":[{')) assert.ok(c.includes(STARTER_SOURCE), c);
    assert.ok(!JSON.stringify(pack).includes(`"${EDITORIAL}"`), "no example is Career Lens's own reading");
  });
});
