// The page's fixed labels, shared by its controls (comparisonPage.ts) and their look-alikes on a
// new panel's first screen (paint.ts), so that the two say the same thing.
import type { RoleSummary, Tab } from '../src/shared/protocol';
import { t } from './l10n';

export function tabLabels(): Record<Tab, string> & { sections: string } {
  return {
    sections: t('Comparison sections'),
    overview: t('Overview'), pay: t('Pay'), skills: t('Skills'), tools: t('Tools'), career: t('Career'), demand: t('Demand'), genai: t('GenAI'), sources: t('Sources'),
    quiz: t('Fit Quiz'), plan: t('My Plan'),
  };
}

/** A role as the pickers list it. */
export function roleLabel(r: RoleSummary): string {
  return r.kind === 'hybrid' ? t('{0} (hybrid)', r.name) : r.name;
}

export function pairLabels(): { a: string; b: string; swap: string; swapName: string; heading: (a: string, b: string) => string } {
  return { a: t('Compare'), b: t('with'), swap: `⇄ ${t('Swap')}`, swapName: t('Swap the two roles'), heading: (a, b) => t('{0} compared with {1}', a, b) };
}
