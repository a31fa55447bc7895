import * as vscode from 'vscode';
import { escapeMarkdownKeepingBold } from '../core/inert';
import type { PayFilter } from '../core/pay';
import { DEFAULT_PAIR, Setting } from './commandIds';

/** Markdown tooltips for tree items: data text is escaped so it cannot inject links or HTML. */
export function markdownTooltip(lines: string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(lines.filter(Boolean).map(escapeMarkdownKeepingBold).join('\n\n'));
  return md;
}


export function payFilterFromSettings(): PayFilter {
  const c = vscode.workspace.getConfiguration();
  const kind = c.get<string>(Setting.payKind) === 'base' ? 'base' : 'total';
  const region = c.get<string>(Setting.region);
  return { kind, region: region === 'nigeria' || region === 'remote-global' ? region : 'us' };
}

export function defaultPair(roleIds: string[]): [string, string] {
  const raw = vscode.workspace.getConfiguration().get<unknown>(Setting.defaultRoles);
  if (Array.isArray(raw) && raw.length === 2 && raw.every((r) => typeof r === 'string' && roleIds.includes(r)) && raw[0] !== raw[1]) {
    return [raw[0] as string, raw[1] as string];
  }
  return [...DEFAULT_PAIR];
}
