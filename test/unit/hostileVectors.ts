// Hostile strings every sink must render inert. Shared by the unit matrix and (copied into a
// data pack at run time) the integration and UI suites.

export const LINK_TARGETS = [
  'command:workbench.action.terminal.new?%7B%22config%22%3A%7B%22executable%22%3A%22%2Fbin%2Fsh%22%7D%7D',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'https://example.com/x',
] as const;

export const HOSTILE_VECTORS: Record<string, string> = {
  ...Object.fromEntries(
    LINK_TARGETS.map((target) => [`markdown link to ${target.split(':')[0]}:`, `[Fix this pack](${target})`]),
  ),
  'link with a title': '[click](command:workbench.action.reloadWindow "Reload")',
  'image link': '![x](https://example.com/x.png)',
  'angle autolink': '<command:workbench.action.reloadWindow>',
  'bare URL': 'see https://example.com/a_b',
  'www autolink': 'www.example.com',
  'email autolink': 'me@example.com',
  codicon: '$(warning) $(loading~spin) urgent',
  HTML: '<img src=x onerror=alert(1)><script>alert(1)</script>',
  entity: 'AT&amp;T &lt;b&gt;',
  'bidi override': 'safe\u202Etxt.exe\u202C and \u2066isolate\u2069',
  'newline forging a log line': 'ok\n[error] forged line\r\nanother',
  '100 KB string': `${'[x](command:a)'.repeat(2000)}${'A'.repeat(100_000)}`,
};

/** What no inert text may contain, per concern. */
export const LIVE_LINK = /\]\s*\((?:command|javascript|file|https?):/i;
export const LIVE_CODICON = /\$\([a-z0-9-~]+\)/i;
export const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
