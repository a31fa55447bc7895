// Untrusted text (data packs, workspace files, settings values) made inert for each place the
// extension writes to. Each VS Code surface gives meaning to different characters:
// notifications turn `[text](command:…)` into live links, quick picks and the status bar render
// `$(icon)`, Markdown renders links, autolinks and entities, and any of them shows bidi
// overrides that can reorder what a reader sees. One function per kind of sink, so a call site
// says which surface it writes to and cannot forget a rule.

/** Longest untrusted string a one-line sink shows; the rest is cut with an ellipsis. */
export const MAX_INLINE = 200;

// Bidi embeddings, overrides and isolates, plus the marks: they can make text read differently
// from what it is ("Trojan Source"). C0/C1 controls other than tab are dropped too.
const BIDI_AND_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ZERO_WIDTH_SPACE = '\u200b';

/** One line of plain text: controls and bidi marks removed, line breaks folded, length capped. */
export function plainLine(text: string, max = MAX_INLINE): string {
  const flat = String(text)
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(BIDI_AND_CONTROLS, '');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Breaks `$(name)` so quick picks, the status bar and tree labels show it as text, not an icon. */
function breakCodicons(text: string): string {
  return text.replace(/\$\(/g, `$${ZERO_WIDTH_SPACE}(`);
}

/**
 * Notification and modal text. VS Code links `[label](target)` in messages (command:, file:,
 * http…); a zero-width space between `]` and `(` leaves the text readable and the link dead.
 * Autolinked bare URLs are broken the same way after the scheme.
 */
export function forNotification(text: string, max = 400): string {
  return breakCodicons(plainLine(text, max))
    .replace(/\]\s*\(/g, `]${ZERO_WIDTH_SPACE}(`)
    .replace(/([A-Za-z][\w+.-]*):(?=\/\/)/g, `$1${ZERO_WIDTH_SPACE}:`);
}

/** Quick pick labels, descriptions and details, tree labels and descriptions, status bar text. */
export function forLabel(text: string, max = MAX_INLINE): string {
  return breakCodicons(plainLine(text, max));
}

/**
 * A line for the Output channel. The log is plain text, but one line per event matters: a
 * newline in a pack key must not forge a second log line.
 */
export function forLog(text: string, max = 2000): string {
  return plainLine(text, max);
}

/**
 * Inline Markdown (exports, tree tooltips): every character that can start inline structure is
 * backslash-escaped, including `&` (entities), `@` and `www.` (autolinks) and `:` before `//`
 * (URL autolinks), so the text renders as exactly its characters and never as a link, an
 * image, HTML or an entity. Parentheses need no escape once brackets are escaped.
 * `atLineStart` also escapes list and heading markers.
 */
export function forMarkdown(text: string, { max = 20_000, atLineStart = false } = {}): string {
  const escaped = plainLine(text, max)
    .replace(atLineStart ? /[\\`*_{}[\]()<>#|!&@~+\-.=]/g : /[\\`*_{}[\]<>#|!&@~]/g, (c) => `\\${c}`)
    .replace(/:(?=\/\/)/g, '\\:');
  return atLineStart ? escaped : escaped.replace(/\bwww\./gi, (w) => `${w.slice(0, -1)}\\.`);
}

/** A JSON-looking quote of an untrusted key for messages: short, one line, visibly quoted. */
export function quoteKey(key: string, max = 60): string {
  return JSON.stringify(plainLine(key, max));
}

/** For tree tooltips: escapes everything except the `**bold**` our outline puts around labels. */
export function escapeMarkdownKeepingBold(text: string): string {
  return text
    .split('**')
    .map((part) => forMarkdown(part, { atLineStart: true }))
    .join('**');
}
