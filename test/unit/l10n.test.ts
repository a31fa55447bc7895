import * as assert from 'node:assert/strict';
import { setBundle, t } from '../../webview/l10n';

describe('webview l10n', () => {
  afterEach(() => setBundle({}));

  it('returns the English text, with placeholders filled, when no bundle is loaded', () => {
    assert.equal(t('Best fit: {0}', 'Data Engineer'), 'Best fit: Data Engineer');
    assert.equal(t('{0}–{1} months', 6, 9), '6–9 months');
  });

  it('uses the translation from the host\'s bundle', () => {
    setBundle({ 'Best fit: {0}': 'Meilleur choix : {0}' });
    assert.equal(t('Best fit: {0}', 'Data Engineer'), 'Meilleur choix : Data Engineer');
  });

  it('leaves a placeholder without an argument visible instead of dropping text', () => {
    assert.equal(t('{0} and {1}', 'A'), 'A and {1}');
  });
});
