import * as assert from 'node:assert/strict';
import { compare } from '../../src/core/compare';
import {
  COMPARISON_PARTS,
  DATA_PARTS,
  TAB_PARTS,
  keepDataParts,
  missingParts,
  partsFor,
  pickParts,
} from '../../src/shared/comparisonParts';
import { TABS } from '../../src/shared/protocolValues';
import { builtIn } from './fixtures';

describe('comparison parts', () => {
  const whole = compare(builtIn(), 'data-engineer', 'ml-engineer');

  it('names every part of a comparison but the roles, which come with every reply', () => {
    assert.deepEqual([...COMPARISON_PARTS, 'roles'].sort(), Object.keys(whole).sort());
  });

  it('picks the named parts and the roles, and only those', () => {
    const picked = pickParts(whole, ['overview', 'guidance']);
    assert.deepEqual(Object.keys(picked).sort(), ['guidance', 'overview', 'roles']);
    assert.equal(picked.overview, whole.overview);
    assert.deepEqual(pickParts(whole), whole, 'none named: all of it');
  });

  it('keeps across a pair change only what depends on the data alone', () => {
    const kept = keepDataParts(whole);
    assert.deepEqual(Object.keys(kept).sort(), [...DATA_PARTS].sort());
    // The parts kept are the same for any pair; a part that differs between pairs is never kept.
    const other = compare(builtIn(), 'ml-platform-engineer', 'ai-infrastructure-engineer');
    for (const part of DATA_PARTS) assert.deepEqual(other[part], whole[part], part);
    assert.notDeepEqual(other.overview, whole.overview);
    assert.deepEqual(keepDataParts({ roles: whole.roles, overview: whole.overview }), {});
  });

  it('asks a new pair on the overview tab for its own parts less those kept', () => {
    assert.deepEqual(missingParts(keepDataParts(whole), TAB_PARTS.overview), ['overview', 'guidance']);
    assert.deepEqual(missingParts({}, ['skills', 'sources', 'skills']), ['skills', 'sources'], 'each part once');
    assert.deepEqual(missingParts(whole, COMPARISON_PARTS), []);
  });

  it('gives a tab its view only once it has the roles and every part the tab draws', () => {
    assert.equal(partsFor({}, 'overview'), undefined);
    assert.equal(partsFor(pickParts(whole, ['overview', 'guidance', 'faq']), 'overview'), undefined, 'no sources yet');
    assert.ok(partsFor(pickParts(whole, ['overview', 'guidance', 'faq', 'sources']), 'overview'));
    const { roles: _, ...noRoles } = whole;
    assert.equal(partsFor(noRoles, 'overview'), undefined, 'no roles');
    for (const tab of TABS) assert.ok(partsFor(whole, tab), `${tab}: the whole comparison is enough`);
  });
});
