// Everything the webview validates: the messages from the host, the first state in the page,
// the saved state, and its own messages before they leave. This module brings zod and the
// protocol's schemas, most of the webview's script, so the boot (boot.ts) loads it last, in its handshake.
import { Tab, ToHost, ToWebview, describeIssues, type ComparisonParts } from '../src/shared/protocol';

/** The saved-state schema (src/shared/pageState.ts), under the name the page uses. */
export { PageState as Saved } from '../src/shared/pageState';

/** The first state and comparison as the page carries them (read by boot.ts), not yet checked. */
export type FirstStateInPage = { state?: unknown; comparison?: unknown; tab?: unknown };

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

export function checkMessage(data: unknown): Checked<ToWebview> {
  const parsed = ToWebview.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: describeIssues(parsed.error) };
}

/** `changed`: the checked data differs from what was painted from the unchecked JSON. */
export type FirstState = {
  state: Extract<ToWebview, { type: 'state' }>;
  comparison: ComparisonParts;
  tab?: Tab;
  changed: boolean;
};

/** The first state and comparison the host put into the page (see comparisonPanel.ts). */
export function checkFirstState(raw: FirstStateInPage): Checked<FirstState> {
  const s = checkMessage(raw.state);
  if (!s.ok) return { ok: false, reason: `state: ${s.reason}` };
  if (s.value.type !== 'state')
    return { ok: false, reason: `state: expected a 'state' message, got '${s.value.type}'` };
  const c = checkMessage({ type: 'comparison', requestId: 0, comparison: raw.comparison });
  if (!c.ok) return { ok: false, reason: c.reason };
  const comparison = (c.value as Extract<ToWebview, { type: 'comparison' }>).comparison;
  const tab = Tab.optional().safeParse(raw.tab);
  if (!tab.success) return { ok: false, reason: `tab: ${describeIssues(tab.error)}` };
  return {
    ok: true,
    value: {
      state: s.value,
      comparison,
      tab: tab.data,
      changed: !holds(raw.state, s.value) || !holds(raw.comparison, comparison),
    },
  };
}

/**
 * Whether `raw` holds every value `checked` has, in any key order. Parsing drops unknown keys,
 * which nothing draws; a default or a transform in a schema would show up here as a change.
 */
export function holds(raw: unknown, checked: unknown): boolean {
  if (checked === null || typeof checked !== 'object') return Object.is(raw, checked);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) !== Array.isArray(checked)) return false;
  if (Array.isArray(checked))
    return (raw as unknown[]).length === checked.length && checked.every((v, i) => holds((raw as unknown[])[i], v));
  const r = raw as Record<string, unknown>;
  return Object.entries(checked).every(([k, v]) =>
    v === undefined ? r[k] === undefined : Object.hasOwn(r, k) && holds(r[k], v),
  );
}

/** Our own message, checked before it leaves: a webview bug is caught here, not in the host. */
export function checkOutgoing(msg: ToHost): ToHost {
  return ToHost.parse(msg);
}
