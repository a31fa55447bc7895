// The only module that touches @vscode/webview-ui-toolkit, or FAST, the library it is built on.
// The toolkit is deprecated upstream (January 2025); keeping every use behind these wrappers
// means a move to @vscode-elements/elements rewrites this folder and nothing else.
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
import { DOM } from '@microsoft/fast-element';

let registered = false;

export function registerToolkit(): void {
  if (registered) return;
  provideVSCodeDesignSystem().register(
    vsCodeButton(),
    vsCodeDropdown(),
    vsCodeOption(),
    vsCodePanels(),
    vsCodePanelTab(),
    vsCodePanelView(),
    vsCodeProgressRing(),
  );
  registered = true;
  // The toolkit reads VS Code's theme on the window's load event, and only then starts watching
  // for theme changes. This page registers it after that event (the first screen is painted
  // without it), so it would keep its default dark colours in every theme: a second load event
  // lets it read the theme. VS Code's own listener in the webview acts on the first load only.
  if (document.readyState === 'complete') window.dispatchEvent(new Event('load'));
}

/**
 * Applies now the updates the toolkit queued for the next animation frame (FAST's update queue).
 * Called after the first render, so the page is styled and laid out once before it is shown,
 * not a second time in that frame.
 */
export function settleToolkit(): void {
  DOM.processUpdates();
}

export interface ButtonOptions {
  label: string;
  onClick: () => void;
  appearance?: 'primary' | 'secondary' | 'icon';
  ariaLabel?: string;
  id?: string;
  pressed?: boolean;
}

export function button(o: ButtonOptions): HTMLElement {
  const el = document.createElement('vscode-button');
  el.textContent = o.label;
  el.setAttribute('appearance', o.appearance ?? 'primary');
  if (o.ariaLabel) el.setAttribute('aria-label', o.ariaLabel);
  if (o.pressed !== undefined) el.setAttribute('aria-pressed', String(o.pressed));
  if (o.id) el.id = o.id;
  el.addEventListener('click', o.onClick);
  return el;
}

export interface DropdownOptions {
  id: string;
  label: string;
  /** `value: null` is a "not set" choice. */
  options: { value: string | null; label: string }[];
  value: string | null;
  onChange: (value: string | null) => void;
}

// The toolkit reads an option whose value is '' as valued by its own text, so "not set" travels
// as a sentinel inside this wrapper and as null outside it.
const NOT_SET = '\u2063not-set';

/** A labelled select. The visible label is a real <label> tied to the control by aria-labelledby. */
export function dropdown(o: DropdownOptions): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.id = `${o.id}-label`;
  label.textContent = o.label;
  const el = document.createElement('vscode-dropdown') as HTMLElement & { value: string };
  el.id = o.id;
  el.setAttribute('aria-labelledby', label.id);
  for (const opt of o.options) {
    const option = document.createElement('vscode-option');
    option.setAttribute('value', opt.value ?? NOT_SET);
    option.setAttribute('role', 'option');
    option.textContent = opt.label;
    if (opt.value === o.value) option.setAttribute('selected', '');
    el.append(option);
  }
  el.addEventListener('change', () => o.onChange(el.value === NOT_SET ? null : el.value));
  label.addEventListener('click', () => el.focus());
  wrap.append(label, el);
  return wrap;
}

/** `content` is called once, when the tab is first shown. */
export interface TabSpec {
  id: string;
  label: string;
  content: () => HTMLElement;
}

/** Tabs with arrow-key navigation (from the toolkit), named `label`; `onChange` gets the active tab id. */
export function tabs(
  label: string,
  specs: TabSpec[],
  active: string,
  onChange: (id: string) => void,
): HTMLElement & { activate(id: string): void } {
  const panels = document.createElement('vscode-panels') as HTMLElement & { activate(id: string): void };
  panels.setAttribute('aria-label', label);
  for (const t of specs) {
    const tab = document.createElement('vscode-panel-tab');
    tab.id = `tab-${t.id}`;
    tab.dataset.testid = `tab-${t.id}`;
    tab.textContent = t.label;
    panels.append(tab);
  }
  const views = new Map<string, { view: HTMLElement; content: () => HTMLElement }>();
  for (const t of specs) {
    const view = document.createElement('vscode-panel-view');
    view.id = `view-${t.id}`;
    view.dataset.testid = `panel-${t.id}`;
    views.set(t.id, { view, content: t.content });
    panels.append(view);
  }
  // A tab's content is built the first time it is shown: the first paint pays for one tab, not ten.
  const show = (id: string) => {
    const v = views.get(id);
    if (v && !v.view.hasChildNodes()) v.view.append(v.content());
  };
  show(active);
  panels.setAttribute('activeid', `tab-${active}`);
  panels.addEventListener('change', (e) => {
    const tab =
      (e as CustomEvent<HTMLElement | undefined>).detail ??
      (panels as unknown as { activetab?: HTMLElement }).activetab;
    const id = tab?.id?.replace(/^tab-/, '');
    if (!id) return;
    show(id);
    onChange(id);
  });
  // From a control inside the panels (a quiz button that opens the plan), focus follows to the
  // newly shown tab, so a keyboard user is not left on a control that was just hidden.
  panels.activate = (id: string) => {
    const hadFocus = panels.contains(document.activeElement);
    show(id);
    panels.setAttribute('activeid', `tab-${id}`);
    if (hadFocus) document.getElementById(`tab-${id}`)?.focus();
  };
  return panels;
}

export function progressRing(label: string): HTMLElement {
  const el = document.createElement('vscode-progress-ring');
  el.setAttribute('aria-label', label);
  return el;
}
