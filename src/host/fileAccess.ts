// How the scan stats and reads workspace files. In the Node extension host a `file:` URI is
// read from disk directly: through `workspace.fs` each call is a round trip between the
// extension host and the workbench, which made reading 167 manifests take 40–60 ms instead of
// 8–15. Every other scheme, and the web worker host (no disk; see diskAccess.web.ts), goes
// through `workspace.fs`.
import * as vscode from 'vscode';
import { disk } from './diskAccess';

export interface Entry {
  /** The entry itself is a symbolic link (never followed). */
  link: boolean;
  size: number;
}

export interface FileAccess {
  stat(uri: vscode.Uri): Promise<Entry>;
  read(uri: vscode.Uri): Promise<Uint8Array>;
}

const viaWorkspace: FileAccess = {
  stat: async (uri) => {
    const s = await vscode.workspace.fs.stat(uri);
    return { link: (s.type & vscode.FileType.SymbolicLink) !== 0, size: s.size };
  },
  read: async (uri) => vscode.workspace.fs.readFile(uri),
};

export function fileAccess(uri: vscode.Uri): FileAccess {
  return uri.scheme === 'file' && disk ? disk : viaWorkspace;
}
