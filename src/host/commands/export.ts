// The report as Markdown, or the pay figures as CSV: opened as an untitled document or saved.
import * as vscode from 'vscode';
import { z } from 'zod';
import { checkPair, compare } from '../../core/compare';
import { comparisonMarkdown, payCsv, planMarkdown, quizMarkdown, sourcesMarkdown } from '../../core/markdown';
import { CommandId } from '../manifestNames';
import { ComparisonPanel } from '../comparisonPanel';
import { notify, pick } from '../sinks';
import { defaultPair, payFilterFromSettings } from '../treeText';
import { args, command, knownRole } from './command';

const ExportOptions = z
  .object({
    /** A file to write, or 'untitled' for an untitled document; left out, the user chooses. */
    target: z.union([z.custom<vscode.Uri>((v) => v instanceof vscode.Uri, 'a Uri'), z.string().min(1)]).optional(),
    roles: z.tuple([z.string(), z.string()]).optional(),
    format: z.enum(['markdown', 'csv']).optional(),
  })
  .strict();

export const exportMarkdown = command({
  id: CommandId.exportMarkdown,
  args: args(ExportOptions.optional().describe('options')),
  run: async (s, opts = {}) => {
    const d = await s.store.get();
    const panelPair = ComparisonPanel.instance
      ? await ComparisonPanel.instance.pair()
      : defaultPair(d.roles.map((r) => r.id));
    const roles: [string, string] = opts.roles
      ? [knownRole(d, opts.roles[0], 'roles[0]')!, knownRole(d, opts.roles[1], 'roles[1]')!]
      : panelPair;
    checkPair(d, ...roles);
    let csv = opts.format === 'csv';
    let target: vscode.Uri | undefined;
    if (opts.target instanceof vscode.Uri) target = opts.target;
    else if (typeof opts.target === 'string' && opts.target !== 'untitled') target = vscode.Uri.file(opts.target);
    else if (opts.target === undefined) {
      // Without arguments the user chooses both what to export and where it goes.
      const choice = await pick(
        [
          { label: vscode.l10n.t('Report as Markdown: Open as Untitled Document'), value: { csv: false, file: false } },
          { label: vscode.l10n.t('Report as Markdown: Save to File…'), value: { csv: false, file: true } },
          { label: vscode.l10n.t('Pay Figures as CSV: Open as Untitled Document'), value: { csv: true, file: false } },
          { label: vscode.l10n.t('Pay Figures as CSV: Save to File…'), value: { csv: true, file: true } },
        ].filter((c) => opts.format === undefined || c.value.csv === csv),
        { title: vscode.l10n.t('Export Report') },
      );
      if (!choice) return undefined;
      csv = choice.value.csv;
      if (choice.value.file) {
        target = await vscode.window.showSaveDialog({
          filters: csv ? { CSV: ['csv'] } : { Markdown: ['md'] },
          saveLabel: vscode.l10n.t('Export'),
        });
        if (!target) return undefined;
      }
    }
    const quiz = await s.person.lastQuiz();
    const plan = await s.person.plan();
    const content = csv
      ? payCsv(d, roles)
      : [
          '# Career Lens report',
          '',
          ...comparisonMarkdown(d, compare(d, roles[0], roles[1], payFilterFromSettings())),
          '',
          ...(quiz ? [...quizMarkdown(d, quiz.result, quiz.takenAt), ''] : []),
          ...(plan.gap ? [...planMarkdown(d, plan.gap), ''] : []),
          ...sourcesMarkdown(d),
          '',
        ].join('\n');
    if (target) {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      void notify('info', vscode.l10n.t('Career Lens report saved to {0}', target.fsPath));
      return { uri: target, content };
    }
    const doc = await vscode.workspace.openTextDocument({ language: csv ? 'csv' : 'markdown', content });
    await vscode.window.showTextDocument(doc);
    return { uri: doc.uri, content };
  },
});
