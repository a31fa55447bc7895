import * as assert from 'node:assert/strict';
import BUILT_IN_ROLES from 'career-lens:built-in-roles';
import { BUILT_IN_DATASET } from '../../src/host/builtInDataset';
import { builtIn } from './fixtures';

describe('built-in dataset', () => {
  it('loads and validates every data file', () => {
    const d = builtIn();
    assert.equal(d.sources.length, 5);
    assert.deepEqual(
      d.roles.map((r) => r.id),
      ['data-engineer', 'ml-engineer', 'ml-platform-engineer', 'ai-infrastructure-engineer'],
    );
  });

  it('is embedded in the bundle exactly as data/ validates today (built by esbuild.mjs)', () => {
    // A stale or lossy embedding (a field dropped by JSON, data edited after the build) differs here.
    assert.deepEqual(BUILT_IN_DATASET, builtIn());
  });

  it('embeds the roles the Roles view first draws (src/extension.ts) with every field a row shows', () => {
    assert.deepEqual(
      BUILT_IN_ROLES,
      builtIn().roles.map((r) => ({ id: r.id, name: r.name, kind: r.kind, summary: r.summary, aliases: r.aliases })),
    );
  });
});

describe('data-pack JSON Schema for editors', () => {
  // Imported here so this block reads on its own.
  const { dataPackJsonSchema, SECTION_NAMES } =
    require('../../src/core/schema') as typeof import('../../src/core/schema');
  const schema = dataPackJsonSchema() as {
    properties: Record<string, { items?: { properties?: Record<string, unknown>; required?: string[] } }>;
    additionalProperties: boolean;
  };

  it('describes every section and refuses unknown ones, like the loader', () => {
    // Every section, and `$schema` (so an editor finds this schema from the pack itself).
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', ...SECTION_NAMES].sort());
    assert.equal(schema.additionalProperties, false);
  });

  it('carries enums and required fields into the editor', () => {
    assert.deepEqual(schema.properties.roles!.items!.properties!.kind, { type: 'string', enum: ['core', 'hybrid'] });
    assert.ok(schema.properties.compensation!.items!.required!.includes('source'));
  });
});
