// The host's side of signed packs: the user's trusted publishers and unsigned-pack choice (from
// user settings only), the `.minisig` beside a pack, and the highest version applied so far per
// publisher key and pack id (globalState). The decisions are in core/packTrust.ts.
import * as vscode from 'vscode';
import { checkPackTrust, parseTrustedPublishers, type TrustedPublisher, type TrustResult } from '../core/packTrust';
import { Setting } from './manifestNames';

const VERSIONS_KEY = 'packVersions';

export interface TrustSettings {
  publishers: TrustedPublisher[];
  allowUnsigned: boolean;
  /** Problems with the trusted publishers setting, for the log. */
  problems: string[];
}

/**
 * Only the user's own (global) value counts: a workspace's .vscode/settings.json must never add
 * a trusted key or allow unsigned packs the user turned off. The settings are application-scoped
 * too, so VS Code ignores them in workspace settings; reading globalValue alone does not rely on it.
 */
export function readTrustSettings(): TrustSettings {
  const config = vscode.workspace.getConfiguration();
  const { publishers, problems } = parseTrustedPublishers(
    config.inspect<unknown>(Setting.trustedPublishers)?.globalValue,
  );
  const allow = config.inspect<unknown>(Setting.allowUnsignedPacks)?.globalValue;
  return {
    publishers,
    allowUnsigned: typeof allow === 'boolean' ? allow : true,
    problems: problems.map((p) => `${Setting.trustedPublishers}${p.index >= 0 ? `[${p.index}]` : ''}: ${p.reason}`),
  };
}

const MAX_SIGNATURE_BYTES = 8192;

/** The pack's detached signature (`<pack>.minisig`, minisign's own default name), if present. */
export async function readSignature(pack: vscode.Uri): Promise<{ text?: string; error?: string }> {
  const uri = pack.with({ path: `${pack.path}.minisig` });
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_SIGNATURE_BYTES) return { error: `the signature file is over ${MAX_SIGNATURE_BYTES} bytes` };
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (err) {
    if (isNotFound(err)) return {};
    return { error: `cannot read the signature file (${String(err)})` };
  }
}

function isNotFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError && err.code === 'FileNotFound';
}

/** The highest version applied per publisher key and pack id, kept across sessions. */
export class VersionMemory {
  constructor(private readonly state: vscode.Memento) {}

  seen(): Record<string, string> {
    const v = this.state.get<unknown>(VERSIONS_KEY);
    return v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
      : {};
  }

  async remember(record: { key: string; version: string }): Promise<void> {
    await this.state.update(VERSIONS_KEY, { ...this.seen(), [record.key]: record.version });
  }
}

export function decideTrust(
  bytes: Uint8Array,
  signature: string | undefined,
  settings: TrustSettings,
  seen: Record<string, string>,
): TrustResult {
  return checkPackTrust({
    bytes,
    signature,
    publishers: settings.publishers,
    allowUnsigned: settings.allowUnsigned,
    seen,
  });
}
