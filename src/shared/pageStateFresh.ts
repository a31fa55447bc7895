// The saved state of a comparison panel opened afresh (its shape: pageState.ts, whose fields fall
// back to these values). Apart from the schema so that the page's script, which runs before zod
// is loaded, can start from it.
import type { PageState } from './pageState';

export const FRESH_PAGE_STATE = { tab: 'overview', payView: 'chart' } as const;

export function freshPageState(): PageState {
  return { tab: FRESH_PAGE_STATE.tab, scroll: {}, payView: FRESH_PAGE_STATE.payView, quiz: null };
}
