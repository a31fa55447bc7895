// Markdown and CSV export. Every figure keeps its source; data text is escaped so a hostile
// string in a data pack cannot break the document's structure.
import { forMarkdown } from './inert';
import {
  EDITORIAL_LABEL,
  EDITORIAL_TITLE,
  levelLabel,
  markLabel,
  metricText,
  monthsText,
  payText,
  SMALL_SAMPLE,
  sourceLabel,
  trustText,
} from './format';
import type { Dataset } from './schema';
import type { Comparison } from './results';
import type { Gap } from './profile';
import type { QuizResult } from './quiz';
import { driverEffect, fitMeaning, verdictText } from './quizText';
import { validityText } from './quizValidity';

/** Data text inside the exported Markdown: inert (no links, HTML, entities or structure). */
export function md(text: string): string {
  return forMarkdown(text);
}

export function comparisonMarkdown(d: Dataset, c: Comparison): string[] {
  const [a, b] = c.roles;
  const src = (id: string) => md(sourceLabel(d, id));
  const cell = (cited: { value: string; source: string }[]) =>
    cited.length ? cited.map((x) => `${md(x.value)} (${src(x.source)})`).join('<br>') : '_no data in sources_';
  const lines = [
    `## ${md(a.name)} vs ${md(b.name)}`,
    '',
    `- **${md(a.name)}:** ${md(a.summary)}`,
    `- **${md(b.name)}:** ${md(b.summary)}`,
    '',
  ];
  lines.push('### At a glance', '', `| | ${md(a.name)} | ${md(b.name)} |`, '| --- | --- | --- |');
  for (const row of c.overview) lines.push(`| ${md(row.label)} | ${cell(row.cells[0])} | ${cell(row.cells[1])} |`);
  lines.push('', '### Pay by level (each source separately)', '');
  if (c.pay.length === 0) lines.push('_No pay figures in the sources for these roles._');
  else {
    lines.push(`| Level | ${md(a.name)} | ${md(b.name)} |`, '| --- | --- | --- |');
    for (const row of c.pay) {
      const side = (i: 0 | 1) =>
        row.figures[i].length
          ? row.figures[i].map((f) => `${md(payText(f))} (${src(f.source)})`).join('<br>')
          : '_no data_';
      lines.push(`| ${levelLabel(row.level)} | ${side(0)} | ${side(1)} |`);
    }
  }
  lines.push('', '### Skills', '');
  const shared = c.skills.filter((s) => s.overlap === 'shared').map((s) => md(s.skill.name));
  lines.push(`- **Shared:** ${shared.join(', ') || '_none_'}`);
  lines.push(
    `- **Only ${md(a.name)}:** ${
      c.skills
        .filter((s) => s.overlap === 'only-a')
        .map((s) => md(s.skill.name))
        .join(', ') || '_none_'
    }`,
  );
  lines.push(
    `- **Only ${md(b.name)}:** ${
      c.skills
        .filter((s) => s.overlap === 'only-b')
        .map((s) => md(s.skill.name))
        .join(', ') || '_none_'
    }`,
  );
  lines.push('', '### Moving between them', '');
  for (const t of [...c.transitions.aToB, ...c.transitions.bToA]) {
    const months = monthsText(t);
    lines.push(`- ${md(t.fromName)} → ${md(t.toName)}: ${months} (${src(t.source)})`);
  }
  if (c.transitions.aToB.length + c.transitions.bToA.length === 0)
    lines.push('_No transition figures in the sources for this pair._');
  lines.push('', '### Which one fits you', '');
  c.roles.forEach((r, i) => {
    for (const g of c.guidance[i as 0 | 1].filter((x) => x.kind === 'choose-if')) {
      lines.push(`**Choose ${md(r.name)} if** (${src(g.source)}):`, '', ...g.points.map((p) => `- ${md(p)}`), '');
    }
  });
  lines.push('### Demand and premiums', '');
  for (const m of c.metrics) lines.push(`- ${md(m.label)}: ${metricText(m)} (${src(m.source)})`);
  return lines;
}

export function sourcesMarkdown(d: Dataset): string[] {
  return [
    '## Sources',
    '',
    ...d.sources.map(
      (s) =>
        `- **${md(s.publisher ?? 'Publisher not stated')}**: ${md(s.title)}${s.asOf ? `, ${md(s.asOf)}` : ''}${s.basis ? `. ${md(s.basis)}` : ''}${s.trust ? ` (${md(trustText(s.trust))})` : ''}`,
    ),
    '',
    `_${md(EDITORIAL_LABEL)}_ marks ${md(EDITORIAL_TITLE.charAt(0).toLowerCase() + EDITORIAL_TITLE.slice(1))}: the product's own judgement, each with its reason in the data. The quiz's weights are always Career Lens's own, derived from the passages its answers cite.`,
  ];
}

function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // A leading = + - @ would make a spreadsheet evaluate the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function payCsv(d: Dataset, roles?: string[]): string {
  // Survey columns come last, so readers of the older columns are unaffected; empty where not given.
  const header = [
    'role',
    'level',
    'years',
    'kind',
    'region',
    'currency',
    'period',
    'min',
    'max',
    'open_ended',
    'employer',
    'source',
    'source_title',
    'p10',
    'p25',
    'p50',
    'p75',
    'p90',
    'data_points',
    'small_sample',
    'survey_date',
  ];
  const rows = d.compensation
    .filter((c) => !roles || roles.includes(c.role))
    .map((c) => [
      c.role,
      c.level,
      c.years,
      c.kind,
      c.region,
      c.currency,
      c.period,
      c.min,
      c.max,
      c.openEnded ? 'yes' : 'no',
      c.employer,
      sourceLabel(d, c.source),
      d.sources.find((s) => s.id === c.source)?.title,
      c.percentiles?.p10,
      c.percentiles?.p25,
      c.percentiles?.p50,
      c.percentiles?.p75,
      c.percentiles?.p90,
      c.sampleSize,
      c.sampleSize === undefined ? undefined : c.sampleSize < SMALL_SAMPLE ? 'yes' : 'no',
      c.surveyDate,
    ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

export function quizMarkdown(d: Dataset, result: QuizResult, takenAt?: string): string[] {
  const lines = ['## Fit quiz result', ''];
  if (result.verdict === 'no-answers') return [...lines, '_The quiz has no answers yet._'];
  if (takenAt)
    lines.push(`Taken ${md(takenAt.slice(0, 10))}; ${result.answered} of ${result.total} questions answered.`, '');
  lines.push(
    "_The weights behind these scores are Career Lens's own judgement, derived from the cited passages; the figures in the reasons are the sources'._",
    '',
  );
  for (const f of result.fits) lines.push(`- ${md(f.name)}: **${f.points}%** fit`);
  const verdict = verdictText(result);
  lines.push('', `**${md(verdict.headline)}** ${md(verdict.detail)}`, '', `_${md(fitMeaning(result))}_`);
  const cite = (x: { source: string; editorial?: string }) =>
    md(x.editorial ? `${EDITORIAL_LABEL}: ${x.editorial}` : sourceLabel(d, x.source));
  if (result.closeCall) {
    lines.push('', '### What the sources advise when both sides appeal', '');
    for (const a of result.closeCall.advice) lines.push(`- ${md(a.text)} (${cite(a)})`);
  }
  const [top, second] = result.fits;
  const list = (title: string, drivers: QuizResult['raised'], over: string) => {
    if (drivers.length === 0) return;
    lines.push('', `### ${md(title)}`, '');
    for (const x of drivers)
      lines.push(`- _${md(x.prompt)}_ → ${md(x.label)}: ${md(driverEffect(x, over))}. ${md(x.rationale)} (${cite(x)})`);
  };
  if (top && second) {
    list(`What raised ${top.name}`, result.raised, second.name);
    list(`What favoured ${second.name}`, result.favouredRunnerUp, top.name);
  }
  if (result.startingPoint) lines.push('', '### Where you start', '', ...startingPointLines(d, result.startingPoint));
  lines.push('', '### How this was checked', '', md(validityText()));
  return lines;
}

function startingPointLines(d: Dataset, s: NonNullable<QuizResult['startingPoint']>): string[] {
  if (s.from === s.to) return [`You already work as ${md(s.toName)}.`];
  if (s.moves.length === 0) return [`_No source gives a duration for ${md(s.fromName)} → ${md(s.toName)}._`];
  return s.moves.map(
    (m) => `- ${md(s.fromName)} → ${md(s.toName)}: ${monthsText(m)} (${md(sourceLabel(d, m.source))})`,
  );
}

export function planMarkdown(d: Dataset, gap: Gap): string[] {
  const lines = [
    `## Plan: towards ${md(gap.target.name)}`,
    '',
    `Coverage of the target's skills, weighted by how deep the sources say each is needed: **${pct(gap.coverage)}** (skills being learnt count half).`,
    '',
  ];
  lines.push('### How long the move takes', '');
  if (!gap.current) lines.push("_Choose where you are starting from to see the sources' estimates._");
  else if (gap.time.length === 0)
    lines.push(`_No source gives a duration for ${md(gap.current.name)} → ${md(gap.target.name)}._`);
  for (const t of gap.time)
    lines.push(
      `- ${monthsText(t)} (${md(sourceLabel(d, t.source))})${t.gaps.length ? `: ${t.gaps.map(md).join(', ')}` : ''}`,
    );
  lines.push('', '### Checklist', '');
  for (const i of [...gap.transfers, ...gap.missing]) {
    // A "have" says what it rests on: evidence found in the user's work, or their own word.
    const basis = i.mark !== 'have' ? '' : i.evidence ? ` — evidence: ${md(i.evidence)}` : ' — on your word';
    lines.push(
      `- [${i.mark === 'have' ? 'x' : ' '}] ${md(i.skill.name)}${i.mark === 'learning' ? ` _(${markLabel('learning')})_` : ''} — weight ${pct(i.weight)}${basis}`,
    );
  }
  return lines;
}
