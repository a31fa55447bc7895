import * as assert from 'node:assert/strict';
import {
  knownAnswers,
  QuizAnswerError,
  scoreQuiz,
  TOO_CLOSE_POINTS,
  whatIf,
  worth,
  type Answers,
  type QuizResult,
} from '../../src/core/quiz';
import { verdictText } from '../../src/core/quizText';
import type { Dataset } from '../../src/core/schema';
import { builtIn } from './fixtures';

/** For each question, the option that favours `role` most over every other role. */
function allFor(d: Dataset, role: string): Answers {
  return Object.fromEntries(
    d.quiz.map((q) => {
      const best = [...q.options].sort((a, b) => {
        const edge = (o: typeof a) =>
          (o.weights[role] ?? 0) -
          Math.max(
            0,
            ...Object.entries(o.weights)
              .filter(([r]) => r !== role)
              .map(([, w]) => w),
          );
        return edge(b) - edge(a);
      })[0]!;
      return [q.id, best.id];
    }),
  );
}

const fitOf = (r: QuizResult, role: string) => r.fits.find((f) => f.role === role)!;

describe('quiz scoring', () => {
  const d = builtIn();

  it('has at least 10 questions, each option with a rationale and source', () => {
    assert.ok(d.quiz.length >= 10);
    for (const q of d.quiz) for (const o of q.options) assert.ok(o.rationale && o.source, `${q.id}/${o.id}`);
  });

  it('all-DE answers give Data Engineer, clearly', () => {
    const r = scoreQuiz(d, allFor(d, 'data-engineer'));
    assert.equal(r.fits[0]!.role, 'data-engineer');
    assert.equal(r.verdict, 'clear');
  });

  it('all-MLE answers give ML Engineer, clearly', () => {
    const r = scoreQuiz(d, allFor(d, 'ml-engineer'));
    assert.equal(r.fits[0]!.role, 'ml-engineer');
    assert.equal(r.verdict, 'clear');
  });

  it('applies one scale to every role (checked by hand)', () => {
    // Worths: accuracy-or-reliability 3, statistics-appetite 3: the scale is 6 for every role.
    // pipeline-reliability gives DE 3; stats-some gives MLE 1.
    const r = scoreQuiz(d, { 'accuracy-or-reliability': 'pipeline-reliability', 'statistics-appetite': 'stats-some' });
    assert.equal(r.scale, 6);
    assert.deepEqual([fitOf(r, 'data-engineer').raw, fitOf(r, 'data-engineer').points], [3, 50]);
    assert.deepEqual([fitOf(r, 'ml-engineer').raw, fitOf(r, 'ml-engineer').points], [1, 17]);
    assert.deepEqual([fitOf(r, 'ml-platform-engineer').points, fitOf(r, 'ai-infrastructure-engineer').points], [0, 0]);
    assert.equal(r.margin, 33);
    assert.equal(r.verdict, 'clear');
    assert.equal(r.answered, 2);
    assert.equal(r.skipped, d.quiz.length - 2);
  });

  it('a role weighted by few questions cannot reach 100% from a few ML platform answers', () => {
    // The old per-role scale gave AI infrastructure a "perfect" fit here.
    const r = scoreQuiz(d, {
      'accuracy-or-reliability': 'both-equally',
      'flow-state': 'flow-platform',
      ambiguity: 'ambiguity-some',
      'genai-interest': 'genai-retrieval',
    });
    assert.ok(
      fitOf(r, 'ai-infrastructure-engineer').points < 50,
      String(fitOf(r, 'ai-infrastructure-engineer').points),
    );
    assert.equal(r.fits[0]!.role, 'ml-platform-engineer');
  });

  it('exactly 10 points apart is clear, and the sentence says 10 (0.6 - 0.5 is under 0.1 in floating point)', () => {
    const r = scoreQuiz(d, {
      'accuracy-or-reliability': 'model-accuracy',
      'statistics-appetite': 'stats-rather-systems',
      'models-or-substrate': 'both',
      background: 'bg-dba',
    });
    assert.deepEqual([r.fits[0]!.points, r.fits[1]!.points, r.margin, r.verdict], [60, 50, 10, 'clear']);
    assert.ok(0.6 - 0.5 < 0.1, 'the floating-point trap this guards against');
    assert.equal(verdictText(r).detail, '10 points ahead of Machine Learning Engineer, at or over the 10-point line.');
  });

  it('margins are the difference of the points shown, and the verdict follows them', () => {
    // 0.5 - 0.4 is 0.0999… in floating point; whole points decide.
    for (const r of sample(d, 4000)) {
      assert.equal(r.margin, r.fits[0]!.points - r.fits[1]!.points);
      if (r.verdict === 'clear') assert.ok(r.margin >= TOO_CLOSE_POINTS);
      if (r.verdict === 'too-close') assert.ok(r.margin < TOO_CLOSE_POINTS);
    }
  });

  it('lists what raised the winner and what favoured the runner-up, each with rationale and source', () => {
    const r = scoreQuiz(d, {
      'models-or-substrate': 'substrate',
      'flow-state': 'flow-scale',
      'statistics-appetite': 'stats-deeply',
      'pay-ceiling': 'pay-some',
    });
    assert.deepEqual([r.fits[0]!.role, r.fits[1]!.role], ['data-engineer', 'ml-engineer']);
    assert.deepEqual(
      r.raised.map((x) => x.optionId),
      ['substrate', 'flow-scale'],
    );
    assert.deepEqual(
      r.favouredRunnerUp.map((x) => [x.optionId, x.role]),
      [['stats-deeply', 'ml-engineer']],
    );
    assert.ok([...r.raised, ...r.favouredRunnerUp].every((x) => x.points > 0 && x.rationale && x.source));
    // The neutral pay answer moved neither, so it is in neither list.
    assert.ok(![...r.raised, ...r.favouredRunnerUp].some((x) => x.optionId === 'pay-some'));
  });

  it("a close call lists each source's advice for people drawn to both sides, with the hybrid to compare", () => {
    const r = scoreQuiz(d, { 'models-or-substrate': 'both' });
    assert.equal(r.verdict, 'too-close');
    assert.deepEqual(r.closeCall?.advice.map((a) => a.source).sort(), [
      'ai-pulse',
      'datadriven',
      'interview-kickstart',
      'skilldential',
    ]);
    assert.equal(r.closeCall?.hybrid?.role, 'ml-platform-engineer');
    assert.equal(scoreQuiz(d, allFor(d, 'data-engineer')).closeCall, null);
  });

  it("a background says where the move starts, with each source's time", () => {
    const r = scoreQuiz(d, {
      background: 'bg-data-engineer',
      'models-or-substrate': 'models',
      'statistics-appetite': 'stats-deeply',
    });
    assert.equal(r.startingPoint?.from, 'data-engineer');
    assert.deepEqual(
      r.startingPoint?.moves.map((m) => [m.monthsMin, m.monthsMax, m.source]).sort(),
      [
        [12, 18, 'datadriven'],
        [6, 12, 'interview-kickstart'],
        [6, 9, 'ai-pulse'],
      ].sort(),
    );
    assert.equal(scoreQuiz(d, { 'models-or-substrate': 'models' }).startingPoint, null);
  });

  it('answers that point at no role give no verdict, not a close call', () => {
    const r = scoreQuiz(d, { 'pay-ceiling': 'pay-enjoyment', preparation: 'prep-medium' });
    assert.equal(r.verdict, 'no-signal');
    assert.equal(r.closeCall, null);
    assert.match(verdictText(r).detail, /None of the answers/);
  });

  it('what-if equals a full re-score with the changed answer', () => {
    const answers = allFor(d, 'data-engineer');
    const changed = whatIf(d, answers, 'models-or-substrate', 'models');
    assert.deepEqual(changed, scoreQuiz(d, { ...answers, 'models-or-substrate': 'models' }));
    assert.notDeepEqual(changed.fits, scoreQuiz(d, answers).fits);
  });

  it('treats skipped questions as unanswered and no answers as no result', () => {
    const r = scoreQuiz(d, { 'accuracy-or-reliability': null });
    assert.equal(r.verdict, 'no-answers');
    assert.equal(r.answered, 0);
  });

  it('refuses an unknown question or option by name', () => {
    assert.throws(
      () => scoreQuiz(d, { nope: 'x' }),
      (e: unknown) => e instanceof QuizAnswerError && /unknown question 'nope'/.test(e.message),
    );
    assert.throws(() => scoreQuiz(d, { 'pay-ceiling': 'lots' }), /has no option 'lots'/);
  });

  it('keeps only the saved answers the data still knows', () => {
    assert.deepEqual(knownAnswers(d, { 'pay-ceiling': 'pay-top', gone: 'x', 'models-or-substrate': 'gone' }), {
      'pay-ceiling': 'pay-top',
    });
  });
});

/** Seeded, so a failure names a reproducible answer set. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Random full answer sets (a few questions skipped now and then). */
function* sample(d: Dataset, n: number): Generator<QuizResult> {
  const rnd = random(23);
  for (let i = 0; i < n; i++) {
    const answers: Answers = Object.fromEntries(
      d.quiz.map((q) => [q.id, rnd() < 0.1 ? null : q.options[Math.floor(rnd() * q.options.length)]!.id]),
    );
    yield scoreQuiz(d, answers);
  }
}

/** Every combination of answers to every set of three questions. */
function* triples(d: Dataset): Generator<Answers> {
  const qs = d.quiz;
  for (let a = 0; a < qs.length; a++)
    for (let b = a + 1; b < qs.length; b++)
      for (let c = b + 1; c < qs.length; c++) {
        for (const oa of qs[a]!.options)
          for (const ob of qs[b]!.options)
            for (const oc of qs[c]!.options) {
              yield { [qs[a]!.id]: oa.id, [qs[b]!.id]: ob.id, [qs[c]!.id]: oc.id };
            }
      }
}

/** Why a result's verdict, margin sentence and lists disagree, or null. */
function inconsistency(r: QuizResult): string | null {
  const [top, second] = r.fits;
  if (!top || !second) return 'fewer than two roles';
  if (r.fits.some((f, i) => i > 0 && f.points > r.fits[i - 1]!.points)) return 'fits not in order of the points shown';
  if (r.margin !== top.points - second.points) return `margin ${r.margin} is not ${top.points} - ${second.points}`;
  const text = verdictText(r);
  if (r.verdict === 'clear') {
    if (r.margin < r.threshold) return `clear at ${r.margin} points`;
    if (!text.headline.includes(top.name) || !text.detail.startsWith(`${r.margin} points ahead of ${second.name}`))
      return `sentence "${text.headline} ${text.detail}"`;
  } else if (r.verdict === 'too-close') {
    if (r.margin >= r.threshold) return `too close at ${r.margin} points`;
    if (
      !/Too close/.test(text.headline) ||
      !(r.margin === 0 ? /are level/ : new RegExp(`are ${r.margin} points apart`)).test(text.detail)
    )
      return `sentence "${text.headline} ${text.detail}"`;
    if (!r.closeCall || r.closeCall.advice.length === 0) return "a close call without the sources' advice";
  } else if (r.verdict === 'no-signal') {
    if (top.raw !== 0) return 'no-signal while a role scored';
  } else return `verdict ${r.verdict} with answers`;
  const edge = ((top.raw - second.raw) / r.scale) * 100;
  const listed = [...r.raised.map((x) => x.points), ...r.favouredRunnerUp.map((x) => -x.points)];
  if (r.raised.length < 3 && r.favouredRunnerUp.length < 3 && Math.abs(listed.reduce((s, x) => s + x, 0) - edge) > 1e-6)
    return 'the lists do not add up to the lead';
  if (r.raised.some((x) => x.role !== top.role) || r.favouredRunnerUp.some((x) => x.role !== second.role))
    return 'a list names the wrong role';
  return null;
}

describe('quiz properties: verdict, margin sentence and what-if always agree', () => {
  const d = builtIn();

  it('over every answer combination of every three questions', () => {
    let n = 0;
    for (const answers of triples(d)) {
      const r = scoreQuiz(d, answers);
      const bad = inconsistency(r);
      assert.equal(bad, null, `${JSON.stringify(answers)}: ${bad}`);
      n++;
    }
    assert.ok(n > 5000, String(n));
  });

  it('over random full answer sets, with every what-if a re-score', () => {
    const rnd = random(7);
    for (let i = 0; i < 1500; i++) {
      const answers: Answers = Object.fromEntries(
        d.quiz.map((q) => [q.id, q.options[Math.floor(rnd() * q.options.length)]!.id]),
      );
      const r = scoreQuiz(d, answers);
      assert.equal(inconsistency(r), null, JSON.stringify(answers));
      const q = d.quiz[Math.floor(rnd() * d.quiz.length)]!;
      const o = q.options[Math.floor(rnd() * q.options.length)]!;
      const w = whatIf(d, answers, q.id, o.id);
      assert.deepEqual(w, scoreQuiz(d, { ...answers, [q.id]: o.id }));
      assert.equal(inconsistency(w), null);
    }
  });

  it('a background never outvotes a preference: a clear winner without it is never beaten with it', () => {
    // Background is a starting point. It may settle a tie (AI Pulse: start where your skills
    // already are), but never turn what the answers about preferences say into another role.
    const background = d.quiz.find((q) => q.id === 'background')!;
    const check = (answers: Answers) => {
      const without = scoreQuiz(d, answers);
      if (without.verdict !== 'clear') return;
      for (const o of background.options) {
        const r = scoreQuiz(d, { ...answers, background: o.id });
        assert.ok(
          r.verdict !== 'clear' || r.fits[0]!.role === without.fits[0]!.role,
          `${JSON.stringify(answers)} + ${o.id}: ${without.fits[0]!.role} became ${r.fits[0]!.role}`,
        );
      }
    };
    for (const answers of triples(d)) if (!('background' in answers)) check(answers);
    const rnd = random(11);
    for (let i = 0; i < 500; i++)
      check(
        Object.fromEntries(
          d.quiz
            .filter((q) => q.id !== 'background')
            .map((q) => [q.id, q.options[Math.floor(rnd() * q.options.length)]!.id]),
        ),
      );
  });

  it('the checks can fail: a result whose sentence or verdict is wrong is caught', () => {
    const r = scoreQuiz(d, allFor(d, 'data-engineer'));
    assert.match(inconsistency({ ...r, margin: r.margin - 1 }) ?? '', /margin/);
    assert.match(inconsistency({ ...r, verdict: 'too-close' }) ?? '', /too close at/);
    assert.match(inconsistency({ ...r, threshold: r.margin + 1 }) ?? '', /clear at/);
  });

  it('every question is worth its strongest vote', () => {
    for (const q of d.quiz) assert.equal(worth(q), Math.max(...q.options.flatMap((o) => Object.values(o.weights)), 0));
  });
});
