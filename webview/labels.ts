// The page's fixed labels, shared by its controls (comparisonPage.ts) and their look-alikes on a
// new panel's first screen (paint.ts), so that the two say the same thing.
import type { RoleSummary, Tab } from '../src/shared/protocol';
import * as l10n from '@vscode/l10n';

export function tabLabels(): Record<Tab, string> & { sections: string } {
  return {
    sections: l10n.t('Comparison sections'),
    overview: l10n.t('Overview'),
    pay: l10n.t('Pay'),
    skills: l10n.t('Skills'),
    tools: l10n.t('Tools'),
    career: l10n.t('Career'),
    demand: l10n.t('Demand'),
    genai: l10n.t('GenAI'),
    sources: l10n.t('Sources'),
    quiz: l10n.t('Fit Quiz'),
    plan: l10n.t('My Plan'),
  };
}

/** A role as the pickers list it. */
export function roleLabel(r: RoleSummary): string {
  return r.kind === 'hybrid' ? l10n.t('{0} (hybrid)', r.name) : r.name;
}

export function pairLabels(): {
  a: string;
  b: string;
  swap: string;
  swapName: string;
  heading: (a: string, b: string) => string;
} {
  return {
    a: l10n.t('Compare'),
    b: l10n.t('with'),
    swap: `⇄ ${l10n.t('Swap')}`,
    swapName: l10n.t('Swap the two roles'),
    heading: (a, b) => l10n.t('{0} compared with {1}', a, b),
  };
}
