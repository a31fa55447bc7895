// Direct disk access for `file:` URIs in the Node extension host (see fileAccess.ts). The web
// build replaces this module with diskAccess.web.ts (esbuild.mjs).
import { lstat, readFile } from 'node:fs/promises';
import type { FileAccess } from './fileAccess';

export const disk: FileAccess | undefined = {
  // lstat: a symbolic link is reported as one, not as what it points to.
  stat: async (uri) => {
    const s = await lstat(uri.fsPath);
    return { link: s.isSymbolicLink(), size: s.size };
  },
  read: async (uri) => readFile(uri.fsPath),
};
