// The only places host code writes text to VS Code's own surfaces. Each one makes the whole
// string inert for that surface (see core/inert.ts), so a role name from a data pack, a file
// name from the workspace or a setting value can never become a link, a command or an icon.
// A unit test keeps every other host file from calling these VS Code APIs directly.
import * as vscode from 'vscode';
import { forLabel, forLog, forNotification } from '../core/inert';

type Level = 'info' | 'warning' | 'error';

/** A notification; `actions` are our own button titles. Resolves to the chosen one. */
export function notify(level: Level, message: string, ...actions: string[]): Thenable<string | undefined> {
  const text = forNotification(message);
  switch (level) {
    case 'info':
      return vscode.window.showInformationMessage(text, ...actions);
    case 'warning':
      return vscode.window.showWarningMessage(text, ...actions);
    case 'error':
      return vscode.window.showErrorMessage(text, ...actions);
  }
}

export interface PickItem extends vscode.QuickPickItem {
  /** Not shown; what the caller gets back. */
  readonly value?: unknown;
}

/** A quick pick item as pick() shows it (exported for the sink matrix's tests). */
export function inertItem<T extends PickItem>(item: T): T {
  return {
    ...item,
    label: forLabel(item.label),
    description: item.description === undefined ? undefined : forLabel(item.description),
    detail: item.detail === undefined ? undefined : forLabel(item.detail, 400),
  };
}

/** A quick pick whose labels, descriptions and details are shown as plain text. */
export function pick<T extends PickItem>(
  items: readonly T[],
  options: vscode.QuickPickOptions & { canPickMany: true },
): Thenable<T[] | undefined>;
export function pick<T extends PickItem>(
  items: readonly T[],
  options?: vscode.QuickPickOptions,
): Thenable<T | undefined>;
export function pick<T extends PickItem>(
  items: readonly T[],
  options?: vscode.QuickPickOptions,
): Thenable<T | T[] | undefined> {
  return vscode.window.showQuickPick(items.map(inertItem), {
    ...options,
    title: options?.title === undefined ? undefined : forLabel(options.title),
    placeHolder: options?.placeHolder === undefined ? undefined : forLabel(options.placeHolder),
  });
}

/** A transient status bar message. */
export function statusMessage(text: string, timeoutMs: number): vscode.Disposable {
  return vscode.window.setStatusBarMessage(forLabel(text, 120), timeoutMs);
}

/** A tree item whose label is shown as plain text. */
export function treeItem(label: string, state?: vscode.TreeItemCollapsibleState): vscode.TreeItem {
  return new vscode.TreeItem(forLabel(label), state);
}

/** Text for a tree item's description. */
export function treeText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : forLabel(text);
}

/** A log line: one line per event, whatever the untrusted text in it. */
export function logLine(text: string): string {
  return forLog(text);
}
