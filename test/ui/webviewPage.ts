// The comparison page exactly as the host builds it (src/core/webviewDocument.ts), with the
// first state and comparison of the default pair from the built-in data, for the suite that
// runs the webview's own script against a stand-in host (webviewAlone.test.mjs).
import { buildWebviewHtml } from '../../src/core/webviewDocument';
import { compare } from '../../src/core/compare';
import { pickParts, type ComparisonPart } from '../../src/shared/comparisonParts';
import { builtIn } from '../unit/fixtures';

// The comparison's tabs in order, for the UI suites' .mjs files, which cannot import TypeScript.
export { TABS } from '../../src/shared/protocolValues';

export function firstState(): { state: Record<string, unknown>; comparison: Record<string, unknown> } {
  const d = builtIn();
  const state = {
    type: 'state',
    roles: d.roles.map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
    pair: ['data-engineer', 'ml-engineer'],
    payKind: 'total',
    region: 'us',
    dataVersion: 1,
    warnings: [],
    l10n: {},
  };
  return JSON.parse(JSON.stringify({ state, comparison: compare(d, 'data-engineer', 'ml-engineer') })) as ReturnType<
    typeof firstState
  >;
}

/** The stand-in host's reply to a page's request for some parts of a comparison. */
export function partsOf(roleA: string, roleB: string, parts?: ComparisonPart[]): Record<string, unknown> {
  return JSON.parse(JSON.stringify(pickParts(compare(builtIn(), roleA, roleB), parts))) as Record<string, unknown>;
}

/** The page, with its assets under `base` (a URL ending in '/'). */
export function pageHtml(base: string, initial: unknown): string {
  return buildWebviewHtml({
    cspSource: new URL(base).origin,
    nonce: 'c3RhbmQtaW4taG9zdC1ub25jZQ==',
    scriptUri: `${base}webview.js`,
    styleUri: `${base}webview.css`,
    title: 'Career Lens',
    lang: 'en',
    initial,
  });
}
