// The only module that touches @vscode/webview-ui-toolkit. The toolkit is deprecated
// upstream (January 2025); keeping every use behind these wrappers means a move to
// @vscode-elements/elements rewrites this folder and nothing else.
import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeDropdown,
  vsCodeOption,
  vsCodePanels,
  vsCodePanelTab,
  vsCodePanelView,
  vsCodeProgressRing,
} from '@vscode/webview-ui-toolkit';

let registered = false;

export function registerToolkit(): void {
  if (registered) return;
  provideVSCodeDesignSystem().register(
    vsCodeButton(), vsCodeDropdown(), vsCodeOption(),
    vsCodePanels(), vsCodePanelTab(), vsCodePanelView(), vsCodeProgressRing(),
  );
  registered = true;
}

export interface ButtonOptions {
  label: string;
  onClick: () => void;
  appearance?: 'primary' | 'secondary' | 'icon';
  ariaLabel?: string;
  id?: string;
}

export function button(o: ButtonOptions): HTMLElement {
  const el = document.createElement('vscode-button');
  el.textContent = o.label;
  el.setAttribute('appearance', o.appearance ?? 'primary');
  if (o.ariaLabel) el.setAttribute('aria-label', o.ariaLabel);
  if (o.id) el.id = o.id;
  el.addEventListener('click', o.onClick);
  return el;
}

export function progressRing(label: string): HTMLElement {
  const el = document.createElement('vscode-progress-ring');
  el.setAttribute('aria-label', label);
  return el;
}
