// The Skills tab: shared and unique skills with each role's depth, each cited; a skill can be
// revealed in the Skills view.
import { depthLabel } from '../../src/core/format';
import type { Comparison, SkillRow } from '../../src/core/results';
import type { PartsFor } from '../../src/shared/comparisonParts';
import { fitWidth, h, noData, svg, type Sources } from '../dom';
import * as l10n from '@vscode/l10n';

const MAX = 6;

function venn(c: PartsFor<'skills'>): SVGElement {
  const n = (o: SkillRow['overlap']) => c.skills.filter((s) => s.overlap === o).length;
  const [a, b] = c.roles;
  const label = l10n.t(
    '{0} skills only {1}, {2} shared, {3} only {4}',
    n('only-a'),
    a.name,
    n('shared'),
    n('only-b'),
    b.name,
  );
  // SVG text cannot wrap: captions are cut to fit their third of the width, in full in the label.
  const caption = (r: Comparison['roles'][number]) =>
    fitWidth(l10n.t('only {0}', [...r.aliases].sort((x, y) => x.length - y.length)[0] ?? r.name), 110, 12);
  return svg(
    'svg',
    { viewBox: '0 0 360 160', class: 'venn', role: 'img', 'aria-label': label },
    svg('title', {}, label),
    svg('circle', { cx: 135, cy: 75, r: 68, class: 'set role-a' }),
    svg('circle', { cx: 225, cy: 75, r: 68, class: 'set role-b' }),
    svg('text', { x: 100, y: 82, class: 'count' }, String(n('only-a'))),
    svg('text', { x: 180, y: 82, class: 'count', 'text-anchor': 'middle' }, String(n('shared'))),
    svg('text', { x: 260, y: 82, class: 'count', 'text-anchor': 'end' }, String(n('only-b'))),
    svg('text', { x: 2, y: 154, class: 'caption', 'text-anchor': 'start' }, caption(a)),
    svg('text', { x: 180, y: 154, class: 'caption', 'text-anchor': 'middle' }, l10n.t('shared')),
    svg('text', { x: 358, y: 154, class: 'caption', 'text-anchor': 'end' }, caption(b)),
  );
}

/** Says, where the grouping is shown, that a source classes the skill differently. */
function contested(row: SkillRow, c: Pick<Comparison, 'roles'>, sources: Sources): HTMLElement {
  const [a, b] = c.roles;
  const name = (id: string | undefined) => (id === a.id ? a.name : id === b.id ? b.name : (id ?? ''));
  const shownAs =
    row.overlap === 'shared' ? l10n.t('shared') : l10n.t('unique to {0}', row.overlap === 'only-a' ? a.name : b.name);
  return h(
    'div',
    { class: 'contested', 'data-testid': 'contested', role: 'note' },
    h('span', { class: 'badge warn' }, l10n.t('Sources disagree')),
    ' ',
    l10n.t('Shown as {0} from the depth grades; but', shownAs),
    ' ',
    row.dissent
      .map((d, i) => [
        i ? '; ' : '',
        sources.chip(d.source),
        ' ',
        d.overlap === 'shared' ? l10n.t('classes it as shared') : l10n.t('classes it as unique to {0}', name(d.role)),
      ])
      .flat(),
    '.',
  );
}

/** Depth as a six-step meter plus each source's own word. */
function depthCell(row: SkillRow, side: 0 | 1, sources: Sources): HTMLElement {
  const cells = row.depths[side];
  const mean = row.meanDepth[side];
  const present = side === 0 ? row.overlap !== 'only-b' : row.overlap !== 'only-a';
  if (cells.length === 0) return present ? h('span', { class: 'muted' }, l10n.t('listed, not graded')) : noData('—');
  const meter =
    mean === null
      ? h('span', { class: 'muted' }, l10n.t('named, not graded'))
      : h(
          'span',
          {
            class: 'meter',
            role: 'meter',
            'aria-valuemin': '0',
            'aria-valuemax': String(MAX),
            'aria-valuenow': mean.toFixed(1),
            'aria-label': l10n.t('Depth {0} of {1}', mean.toFixed(1), MAX),
          },
          ...Array.from({ length: MAX }, (_, i) => h('span', { class: i < Math.round(mean) ? 'on' : 'off' })),
        );
  return h(
    'div',
    {},
    meter,
    h(
      'ul',
      { class: 'terms' },
      cells.map((c) =>
        h('li', {}, c.term ?? (c.depth ? depthLabel(c.depth, l10n) : l10n.t('named')), ' ', sources.chip(c.source)),
      ),
    ),
  );
}

export function skillsView(c: PartsFor<'skills'>, sources: Sources, onReveal: (skillId: string) => void): HTMLElement {
  const [a, b] = c.roles;
  const group = (overlap: SkillRow['overlap'], title: string) => {
    const rows = c.skills.filter((s) => s.overlap === overlap);
    return [
      h(
        'tr',
        { class: 'group' },
        h('th', { colspan: '3', scope: 'colgroup' }, l10n.t('{0} ({1})', title, rows.length)),
      ),
      ...rows.map((row) =>
        h(
          'tr',
          { 'data-skill': row.skill.id },
          h(
            'th',
            { scope: 'row' },
            h(
              'button',
              {
                class: 'link',
                type: 'button',
                title: l10n.t('Reveal in the Skills view'),
                'data-reveal': row.skill.id,
              },
              row.skill.name,
            ),
            row.delta !== null && row.delta !== 0
              ? h(
                  'span',
                  {
                    class: 'delta',
                    title: l10n.t(
                      'Depth difference: {0} deeper by {1} steps',
                      row.delta > 0 ? a.name : b.name,
                      Math.abs(row.delta).toFixed(1),
                    ),
                  },
                  row.delta > 0 ? `◀ ${Math.abs(row.delta).toFixed(1)}` : `${Math.abs(row.delta).toFixed(1)} ▶`,
                )
              : null,
            row.dissent.length ? contested(row, c, sources) : null,
            row.claims.length
              ? h(
                  'div',
                  { class: 'claims muted' },
                  row.claims.map((cl) =>
                    h(
                      'span',
                      {},
                      cl.overlap === 'shared'
                        ? l10n.t('shared')
                        : l10n.t(
                            'unique to {0}',
                            cl.role === a.id ? a.name : cl.role === b.id ? b.name : (cl.role ?? ''),
                          ),
                      ' ',
                      sources.chip(cl.source),
                      ' ',
                    ),
                  ),
                )
              : null,
            row.usage[0].length || row.usage[1].length
              ? h(
                  'dl',
                  { class: 'usage' },
                  row.usage[0]
                    .map((u) => [h('dt', {}, a.name), h('dd', {}, u.value, ' ', sources.chip(u.source))])
                    .flat(),
                  row.usage[1]
                    .map((u) => [h('dt', {}, b.name), h('dd', {}, u.value, ' ', sources.chip(u.source))])
                    .flat(),
                )
              : null,
          ),
          h('td', {}, depthCell(row, 0, sources)),
          h('td', {}, depthCell(row, 1, sources)),
        ),
      ),
    ];
  };
  const table = h(
    'table',
    { class: 'grid skills', 'data-testid': 'skills-table' },
    h(
      'caption',
      {},
      l10n.t(
        "Depth per role on one scale (not required … core), with each source's own word. Select a skill to reveal it in the sidebar.",
      ),
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, l10n.t('Skill')),
        h('th', { scope: 'col' }, a.name),
        h('th', { scope: 'col' }, b.name),
      ),
    ),
    h(
      'tbody',
      {},
      group('shared', l10n.t('Shared')),
      group('only-a', l10n.t('Only {0}', a.name)),
      group('only-b', l10n.t('Only {0}', b.name)),
    ),
  );
  table.addEventListener('click', (e) => {
    const id = (e.target as HTMLElement).closest('[data-reveal]')?.getAttribute('data-reveal');
    if (id) onReveal(id);
  });
  return h('div', {}, h('figure', { class: 'venn-wrap' }, venn(c)), table);
}
