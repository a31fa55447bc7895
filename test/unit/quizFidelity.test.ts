// Every kind of person the articles give a recommendation to gets that recommendation from the
// real scoring over the real data (issue #23). The profiles are in quizProfiles.ts.
import * as assert from 'node:assert/strict';
import { EDITORIAL } from '../../src/core/editorial';
import { scoreQuiz, type QuizResult } from '../../src/core/quiz';
import type { Dataset } from '../../src/core/schema';
import { articleText, loadArticles, SEEDS } from './articles';
import { builtIn } from './fixtures';
import { QUIZ_VALIDITY } from '../../src/core/quizValidity';
import { PROFILES, type Expected, type Profile } from './quizProfiles';

const HYBRIDS = new Set(['ml-platform-engineer', 'ai-infrastructure-engineer']);

/** The sources a too-close result names for the person to weigh. */
function closeSources(r: QuizResult): string[] {
  return r.closeCall?.advice.map((a) => a.source) ?? [];
}

/** Why a result is not the expected recommendation, or null when it is. */
export function miss(r: QuizResult, expected: Expected): string | null {
  const top = r.fits[0]?.role;
  const shown = `${r.verdict}: ${r.fits.map((f) => `${f.role} ${f.points}`).join(', ')}`;
  if ('clear' in expected)
    return r.verdict === 'clear' && top === expected.clear ? null : `expected ${expected.clear} clearly; got ${shown}`;
  if ('hybrid' in expected) {
    if (r.verdict === 'clear' && top && HYBRIDS.has(top)) return null;
    if (r.verdict === 'too-close' && r.closeCall?.advice.some((a) => a.role !== null && HYBRIDS.has(a.role)))
      return null;
    return `expected a hybrid ahead, or too close with the hybrid suggested; got ${shown}`;
  }
  if (r.verdict !== 'too-close') return `expected too close to call; got ${shown}`;
  const named = closeSources(r);
  const missing = expected.close.filter((s) => !named.includes(s));
  return missing.length ? `too close, but ${missing.join(', ')} not named (named: ${named.join(', ')})` : null;
}

describe("quiz fidelity: the articles' own profiles get the articles' recommendation", () => {
  const d = builtIn();

  it('every profile answers real questions with real options', () => {
    for (const p of PROFILES) {
      for (const [q, o] of Object.entries(p.answers)) {
        const question = d.quiz.find((x) => x.id === q);
        assert.ok(question, `${p.id}: no question '${q}'`);
        assert.ok(
          question.options.some((x) => x.id === o),
          `${p.id}: question '${q}' has no option '${o}'`,
        );
      }
    }
  });

  it("every profile's locating phrase is in its article", function () {
    const articles = loadArticles(SEEDS, Boolean(process.env.CI));
    if (!articles) return this.skip();
    for (const p of PROFILES)
      assert.ok(
        articleText(articles, p.source).includes(articleText({ x: p.where }, 'x')),
        `${p.id}: "${p.where}" is not in ${p.source}`,
      );
  });

  for (const p of PROFILES) {
    it(`${p.id}: ${p.who}`, () => {
      const problem = miss(scoreQuiz(d, p.answers), p.expected);
      assert.equal(problem, null, `${p.source} ("${p.where}"): ${problem}`);
    });
  }

  it('the published validity is what these cases measure', () => {
    const reproduced = PROFILES.filter((p) => miss(scoreQuiz(d, p.answers), p.expected) === null).length;
    assert.deepEqual({ profiles: PROFILES.length, reproduced }, { ...QUIZ_VALIDITY });
  });

  it('the check can fail: a profile given the opposite answers misses', () => {
    const flipped: Profile = {
      ...PROFILES.find((p) => p.id === 'dd-q3-models')!,
      answers: { 'models-or-substrate': 'substrate' },
    };
    assert.match(miss(scoreQuiz(d, flipped.answers), flipped.expected) ?? '', /expected ml-engineer clearly/);
  });
});

/** Why options' rationales are not backed by their articles (the prose test's word rule caps a quote at nine). */
export function unbacked(d: Dataset, articles: Record<string, string>): string[] {
  const out: string[] = [];
  for (const q of d.quiz)
    for (const o of q.options) {
      const at = `${q.id}/${o.id}`;
      if (o.source === EDITORIAL) {
        if (!o.editorial) out.push(`${at}: editorial without a reason`);
        continue;
      }
      if (!o.quote) {
        out.push(`${at}: no quote from ${o.source}`);
        continue;
      }
      if (
        o.quote
          .toLowerCase()
          .replace(/[’']/g, '')
          .replace(/[^a-z0-9%$]+/g, ' ')
          .trim()
          .split(' ').length > 9
      )
        out.push(`${at}: the quote is over nine words`);
      if (!articleText(articles, o.source).includes(articleText({ x: o.quote }, 'x')))
        out.push(`${at}: "${o.quote}" is not in ${o.source}`);
    }
  return out;
}

describe('quiz rationales: every one quotes its article or is marked editorial', function () {
  let articles: Record<string, string> | null = null;
  before(function () {
    articles = loadArticles(SEEDS, Boolean(process.env.CI));
    if (!articles) this.skip();
  });

  it("finds every option's quote in its cited article", () => {
    assert.deepEqual(unbacked(builtIn(), articles!), []);
  });

  it('fails on a quote the article does not have, a quote moved to another article, and a missing one', () => {
    const d = structuredClone(builtIn());
    const [a, b, c] = [d.quiz[0]!.options[0]!, d.quiz[1]!.options[0]!, d.quiz[2]!.options[0]!];
    a.quote = 'a passage no article has';
    b.source = b.source === 'skilldential' ? 'ai-pulse' : 'skilldential';
    delete c.quote;
    const found = unbacked(d, articles!);
    assert.equal(found.length, 3, found.join('\n'));
  });
});
