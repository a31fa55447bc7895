// What the UI suites know of the product, in one place: the comparison's tabs (TABS from
// src/shared/protocolValues.ts, through the build of webviewPage.ts) and the quiz.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/codeServer.mjs';
import page from '../../out/test/ui/webviewPage.js';

export const TABS = [...page.TABS];

export const QUIZ = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'quiz.json'), 'utf8')).quiz;

/** The id of the option of a question that favours Data Engineer most over every other role. */
export function deOption(q) {
  const edge = (o) =>
    (o.weights['data-engineer'] ?? 0) -
    Math.max(
      0,
      ...Object.entries(o.weights)
        .filter(([r]) => r !== 'data-engineer')
        .map(([, w]) => w),
    );
  return [...q.options].sort((a, b) => edge(b) - edge(a))[0].id;
}
