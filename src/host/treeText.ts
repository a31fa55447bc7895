import * as vscode from 'vscode';
import { knownPair } from '../core/pair';
import { escapeMarkdownKeepingBold } from '../core/inert';
import { payChoiceOf, type PayChoice } from '../core/payChoices';
import { DEFAULT_PAIR, Setting } from './manifestNames';

/** Markdown tooltips for tree items: data text is escaped so it cannot inject links or HTML. */
export function markdownTooltip(lines: string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(lines.filter(Boolean).map(escapeMarkdownKeepingBold).join('\n\n'));
  return md;
}

/** The pay settings; a value that is not a choice (a hand-edited settings.json) reads as the default. */
export function payFilterFromSettings(): PayChoice {
  const c = vscode.workspace.getConfiguration();
  return payChoiceOf(c.get<unknown>(Setting.payKind), c.get<unknown>(Setting.region));
}

export function defaultPair(roleIds: string[]): [string, string] {
  return (
    knownPair(vscode.workspace.getConfiguration().get<unknown>(Setting.defaultRoles), roleIds) ?? [...DEFAULT_PAIR]
  );
}
