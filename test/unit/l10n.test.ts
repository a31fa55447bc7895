import * as assert from 'node:assert/strict';
// The webview translates with @vscode/l10n, configured with the bundle the host sends in its
// state message (comparisonPage.ts, firstScreen.ts): what the page relies on from it.
import * as l10n from '@vscode/l10n';

const setBundle = (contents: Record<string, string>) => l10n.config({ contents });
const t = l10n.t;

describe('webview l10n (@vscode/l10n)', () => {
  afterEach(() => setBundle({}));

  it('returns the English text, with placeholders filled, when no bundle is loaded', () => {
    assert.equal(t('Best fit: {0}', 'Data Engineer'), 'Best fit: Data Engineer');
    assert.equal(t('{0}–{1} months', 6, 9), '6–9 months');
  });

  it("uses the translation from the host's bundle", () => {
    setBundle({ 'Best fit: {0}': 'Meilleur choix : {0}' });
    assert.equal(t('Best fit: {0}', 'Data Engineer'), 'Meilleur choix : Data Engineer');
  });

  it('leaves a placeholder without an argument visible instead of dropping text', () => {
    assert.equal(t('{0} and {1}', 'A'), 'A and {1}');
  });
});
