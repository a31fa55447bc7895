// The Overview tab: the two roles' cards and the dimension table, then guidance and the FAQ. The
// first screen draws it too (paint.ts); what starts below that screen waits until it is shown.
import type { Comparison } from '../../src/core/results';
import type { PartsFor } from '../../src/shared/comparisonParts';
import { citedList, h, type Sources } from '../dom';
import * as l10n from '@vscode/l10n';
import { belowFirstScreen, firstScreenRows } from '../afterShown';

export function overviewView(c: PartsFor<'overview'>, sources: Sources): HTMLElement {
  const [a, b] = c.roles;
  const summary = h(
    'div',
    { class: 'cards two' },
    c.roles.map((r) =>
      h(
        'article',
        { class: 'card' },
        h('h2', {}, r.name, r.kind === 'hybrid' ? h('span', { class: 'badge' }, l10n.t('hybrid')) : null),
        h('p', {}, r.summary),
        h('p', { class: 'muted' }, h('strong', {}, l10n.t('Core focus: ')), r.coreFocus),
        r.aliases.length
          ? h('p', { class: 'muted' }, h('strong', {}, l10n.t('Also called: ')), r.aliases.join(', '))
          : null,
      ),
    ),
  );
  const row = (r: Comparison['overview'][number]) =>
    h(
      'tr',
      { 'data-row': r.id },
      h('th', { scope: 'row' }, r.label),
      h('td', {}, citedList(r.cells[0], sources)),
      h('td', {}, citedList(r.cells[1], sources)),
    );
  const shown = firstScreenRows();
  const body = h('tbody', {}, c.overview.slice(0, shown).map(row));
  const table = h(
    'table',
    { class: 'grid', 'data-testid': 'overview-table' },
    h('caption', {}, l10n.t('{0} and {1}, dimension by dimension. Each cell names its source.', a.name, b.name)),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, l10n.t('Dimension')),
        h('th', { scope: 'col' }, a.name),
        h('th', { scope: 'col' }, b.name),
      ),
    ),
    body,
  );
  const page = h('div', {}, summary, table);
  belowFirstScreen(() => {
    body.append(...c.overview.slice(shown).map(row));
    page.append(...lowerSections(c, sources));
  });
  return page;
}

/** Who each role suits, and common questions: below the table, so built after the first paint. */
function lowerSections(c: PartsFor<'overview'>, sources: Sources): HTMLElement[] {
  const kindTitle = (k: string, name: string) =>
    k === 'choose-if'
      ? l10n.t('Choose {0} if…', name)
      : k === 'persona'
        ? l10n.t('The {0} persona', name)
        : l10n.t('A strategy');
  const guidance = h(
    'div',
    { class: 'cards two below-fold', 'data-testid': 'guidance' },
    c.roles.map((r, i) =>
      h(
        'article',
        { class: 'card' },
        h('h3', {}, l10n.t('Is {0} for you?', r.name)),
        c.guidance[i as 0 | 1].length === 0
          ? h('p', {}, h('span', { class: 'nodata' }, l10n.t('no guidance in sources')))
          : c.guidance[i as 0 | 1].map((g) =>
              h(
                'div',
                { class: 'guidance' },
                h('h4', {}, kindTitle(g.kind, r.name), ' ', sources.chip(g.source)),
                h(
                  'ul',
                  {},
                  g.points.map((p) => h('li', {}, p)),
                ),
              ),
            ),
      ),
    ),
  );
  const faq = h(
    'div',
    { class: 'faq below-fold', 'data-testid': 'faq' },
    c.faq.map((f) =>
      h(
        'details',
        {},
        h('summary', {}, f.question),
        h('p', {}, f.answer, ' ', ...f.sources.flatMap((id) => [sources.chip(id), ' '])),
      ),
    ),
  );
  return [h('h2', {}, l10n.t('Which one fits you')), guidance, h('h2', {}, l10n.t('Questions people ask')), faq];
}
