import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltIn, type PackFile } from '../../src/core/packs';
import type { Dataset } from '../../src/core/schema';

export const REPO = join(__dirname, '..', '..', '..');
export const DATA_DIR = join(REPO, 'data');

export function dataFiles(): PackFile[] {
  return readdirSync(DATA_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ name: `data/${name}`, bytes: readFileSync(join(DATA_DIR, name)) }));
}

let cached: Dataset | undefined;
export function builtIn(): Dataset {
  cached ??= loadBuiltIn(dataFiles());
  return cached;
}

export function packFile(name: string, content: string | object | Uint8Array): PackFile {
  const bytes =
    content instanceof Uint8Array
      ? content
      : new TextEncoder().encode(typeof content === 'string' ? content : JSON.stringify(content));
  return { name, bytes };
}
