// The web worker extension host has no disk: every read goes through workspace.fs.
import type { FileAccess } from './fileAccess';

export const disk: FileAccess | undefined = undefined;
