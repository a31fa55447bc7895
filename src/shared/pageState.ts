// What the comparison page saves with VS Code's setState, so a hidden or reloaded panel comes
// back as it was: the one home of that shape. The page validates what it gets back with this
// schema (webview/checks.ts), and the host reads the tab from it when it revives a panel
// (comparisonPanel.ts). A panel opened afresh starts from freshPageState() (pageStateFresh.ts),
// which the page's script loads without zod; each field falls back to the same values.
import { z } from 'zod';
import { PayKindChoice, RegionChoice, Tab } from './protocol';
import { FRESH_PAGE_STATE } from './pageStateFresh';

const Fields = z.object({
  tab: Tab.catch(FRESH_PAGE_STATE.tab),
  scroll: z.record(z.string(), z.number()).catch(() => ({})),
  payKind: PayKindChoice.optional().catch(undefined),
  region: RegionChoice.optional().catch(undefined),
  payView: z.enum(['chart', 'table']).catch(FRESH_PAGE_STATE.payView),
  /** A quiz in progress: where the user is and what they answered so far. */
  quiz: z
    .object({ index: z.number().int().nonnegative(), answers: z.record(z.string(), z.string().nullable()) })
    .nullable()
    .catch(null),
});

/** What survives a hidden tab or a window reload; anything else in saved state is ignored. */
export const PageState = Fields.catch(() => Fields.parse({}));
export type PageState = z.infer<typeof PageState>;
