// Small DOM builders. Text from data always goes in through text nodes, never as HTML.
import type { Cited, SourceInfo } from '../src/core/results';
import * as l10n from '@vscode/l10n';
import { EDITORIAL } from '../src/core/editorial';
import { labelOfSource } from '../src/core/format';

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/**
 * Runs a re-render, then puts keyboard focus back on the element with the same id if the new
 * content has one: replacing a focused node drops focus to the page, and a keyboard user
 * who just marked a skill or chose a role would have to find their place again. The element may
 * be a toolkit control just created: the toolkit's tabs take focus only once their list has been
 * read, on the slot change that follows in a microtask, so focus is given again then (and no
 * input can come before it).
 */
export function keepingFocus(render: () => void): void {
  const before = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
  const id = before?.id ?? '';
  const wasInSight = before ? inSight(before) : false;
  render();
  if (!id) return;
  const give = () => {
    const el = document.getElementById(id);
    if (!el || el === document.activeElement) return true;
    el.focus({ preventScroll: true });
    if (el !== document.activeElement) return false;
    // Kept in sight only if it was: a marked skill moves to the other list and focus follows it,
    // but a tab the user has scrolled away from does not pull the page back up.
    if (wasInSight) el.scrollIntoView({ block: 'nearest' });
    return true;
  };
  if (!give())
    queueMicrotask(() => {
      if (!give()) queueMicrotask(give);
    });
}

function inSight(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
}

/** Cuts text to `max` characters with an ellipsis; for SVG labels, which cannot wrap. */
export function fit(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

let measure: CanvasRenderingContext2D | null | undefined;

/**
 * Cuts text with an ellipsis so that it is at most `maxPx` wide in the page's font at `sizePx`,
 * measured with a canvas, so wide glyphs and long names are handled alike.
 */
export function fitWidth(text: string, maxPx: number, sizePx: number): string {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return fit(text, Math.floor(maxPx / (sizePx * 0.75)));
  measure.font = `${sizePx}px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  if (measure.measureText(text).width <= maxPx) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure.measureText(`${text.slice(0, mid)}…`).width <= maxPx) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(
  tag: string,
  attrs: Record<string, string | number> = {},
  ...children: (SVGElement | string)[]
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** Resolves source ids to short labels ("AI Pulse (2026)") and full titles for tooltips. */
export class Sources {
  private readonly byId: Map<string, SourceInfo>;
  constructor(list: SourceInfo[]) {
    this.byId = new Map(list.map((s) => [s.id, s]));
  }
  label(id: string): string {
    return labelOfSource(this.byId.get(id), id, l10n);
  }
  title(id: string): string {
    if (id === EDITORIAL) return l10n.t("Career Lens's reading, not a figure from a source");
    const s = this.byId.get(id);
    return s ? `${s.title}${s.basis ? ` — ${s.basis}` : ''}` : id;
  }
  /** A small citation chip; Career Lens's own reading gets a mark of its own. */
  chip(id: string, reason?: string): HTMLElement {
    const editorial = id === EDITORIAL;
    return h(
      'cite',
      {
        class: editorial ? 'src editorial' : 'src',
        title: editorial && reason ? `${this.title(id)}: ${reason}` : this.title(id),
        'data-source': id,
      },
      this.label(id),
    );
  }
}

export function noData(text = l10n.t('no data in sources')): HTMLElement {
  return h('span', { class: 'nodata' }, text);
}

/** A list of cited values, or "no data in sources" when the list is empty. */
export function citedList(cited: Cited[], sources: Sources): HTMLElement {
  if (cited.length === 0) return noData();
  return h(
    'ul',
    { class: 'cited' },
    cited.map((c) => h('li', {}, h('span', {}, c.value), ' ', sources.chip(c.source))),
  );
}

export function section(title: string, ...children: (Child | Child[])[]): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children);
}
