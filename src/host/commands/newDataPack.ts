// *Career Lens: New Data Pack…*: writes a starter pack (schema attached, one example of each
// kind of entry; see core/starterPack.ts) where the user chooses, and opens it.
import * as vscode from 'vscode';
import { z } from 'zod';
import { starterPack } from '../../core/starterPack';
import { CommandId } from '../manifestNames';
import { args, command } from './command';

export const newDataPack = command({
  id: CommandId.newDataPack,
  // A target for callers and tests; without one the user picks where it goes.
  args: args(
    z
      .object({ target: z.custom<vscode.Uri>((v) => v instanceof vscode.Uri, 'a Uri') })
      .strict()
      .optional()
      .describe('options'),
  ),
  run: async (s, opts) => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target =
      opts?.target ??
      (await vscode.window.showSaveDialog({
        // *.careerlens.json: VS Code's JSON support validates it as it is typed (package.json jsonValidation).
        defaultUri: folder ? vscode.Uri.joinPath(folder, 'team.careerlens.json') : undefined,
        filters: { [vscode.l10n.t('Career Lens data pack')]: ['json'] },
        saveLabel: vscode.l10n.t('Create Data Pack'),
      }));
    if (!target) return undefined;
    const schema = vscode.Uri.joinPath(s.context.extensionUri, 'dist', 'data-pack.schema.json').toString();
    const content = `${JSON.stringify(starterPack(await s.store.get(), schema), null, 2)}\n`;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    await vscode.window.showTextDocument(target);
    return { uri: target, content };
  },
});
