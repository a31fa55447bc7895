// The web worker host has no processes and no git: history cannot be read there (esbuild.mjs
// swaps this module in for historyAccess.ts).
import type { HistoryMessage, HistoryRequest } from '../cli/historyChild';
import type { HistoryReport } from '../core/evidence/history/report';

export const historyUnavailable: string | null =
  'this editor runs in a browser, where there is no git to read your commits with';

export function hasRepositories(_folders: readonly string[]): boolean {
  return false;
}

export interface HistoryRun {
  done: Promise<HistoryReport | { error: string } | { cancelled: true }>;
  cancel(): void;
}

export function readHistory(
  _req: HistoryRequest,
  _onProgress: (m: Extract<HistoryMessage, { type: 'progress' }>) => void,
): HistoryRun {
  return { done: Promise.resolve({ error: historyUnavailable! }), cancel: () => undefined };
}
