import * as vscode from 'vscode';
import { LISTING_EXCLUDE, LISTING_GLOB } from '../core/evidence/select';
import { walkListing, type Walk } from '../core/evidence/walk';

/** The most paths one search asks findFiles for; selection then chooses what to read. */
const LISTING_MAX = 20_000;
/**
 * How long a search may take before the folders are walked instead. With no search provider
 * for any folder's scheme, findFiles waits for one to register and never answers.
 */
export const SEARCH_WAIT_MS = 10_000;

export interface Listing {
  uris: vscode.Uri[];
  /** Folders listed by reading their directories, and why a search did not do. */
  walked: { folder: string; reason: string }[];
  /** Folders whose walk stopped at its bound, or had a directory it could not read. */
  incomplete: { folder: string; reason: string }[];
}

export interface ListingOptions {
  /** Stands in for `workspace.findFiles` (tests simulate a file system that cannot search). */
  search?: (include: string, exclude: string, max: number, token: vscode.CancellationToken) => Thenable<vscode.Uri[]>;
  searchWaitMs?: number;
}

/**
 * The workspace's manifest files: one search, and a walk of each folder the search could not
 * list (it failed, never answered, or found nothing in a folder, which on a file system with
 * no search provider is all it ever finds). A walk of a folder with truly no manifests costs
 * one bounded pass and finds nothing, so the rule needs no list of schemes.
 */
export async function listWorkspace(
  folders: readonly vscode.WorkspaceFolder[],
  token?: vscode.CancellationToken,
  opts: ListingOptions = {},
): Promise<Listing> {
  const searched = await searchWithin(opts, token);
  const byFolder = new Map<string, vscode.Uri[]>();
  for (const uri of 'uris' in searched ? searched.uris : []) {
    const key = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
    const list = byFolder.get(key);
    if (list) list.push(uri);
    else byFolder.set(key, [uri]);
  }
  const listing: Listing = { uris: [], walked: [], incomplete: [] };
  for (const folder of folders) {
    const inFolder = byFolder.get(folder.uri.toString()) ?? [];
    if (inFolder.length) {
      listing.uris.push(...inFolder);
      continue;
    }
    if (token?.isCancellationRequested) break;
    listing.walked.push({
      folder: folder.name,
      reason: 'why' in searched ? searched.why : vscode.l10n.t('the search found no manifest files in it'),
    });
    const walk = await walkFolder(folder.uri, token);
    listing.uris.push(...walk.files.map((p) => vscode.Uri.joinPath(folder.uri, ...p.split('/'))));
    if (walk.truncated)
      listing.incomplete.push({
        folder: folder.name,
        reason: vscode.l10n.t('stopped after {0} entries', walk.entries),
      });
    for (const u of walk.unreadable)
      listing.incomplete.push({
        folder: folder.name,
        reason: vscode.l10n.t('could not read {0} ({1})', u.dir, u.reason),
      });
  }
  return listing;
}

/** Walks one folder through `workspace.fs`, on any file system a provider serves. */
export function walkFolder(root: vscode.Uri, token?: vscode.CancellationToken): Promise<Walk> {
  return walkListing({
    readDir: async (path) =>
      (await vscode.workspace.fs.readDirectory(path ? vscode.Uri.joinPath(root, ...path.split('/')) : root)).map(
        ([name, type]) => ({
          name,
          dir: (type & vscode.FileType.Directory) !== 0,
          link: (type & vscode.FileType.SymbolicLink) !== 0,
        }),
      ),
    isCancelled: () => token?.isCancellationRequested ?? false,
  });
}

async function searchWithin(
  opts: ListingOptions,
  token?: vscode.CancellationToken,
): Promise<{ uris: vscode.Uri[] } | { why: string }> {
  const search =
    opts.search ?? ((...args: Parameters<typeof vscode.workspace.findFiles>) => vscode.workspace.findFiles(...args));
  const source = new vscode.CancellationTokenSource();
  const cancelled = token?.onCancellationRequested(() => source.cancel());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), opts.searchWaitMs ?? SEARCH_WAIT_MS);
  });
  try {
    const uris = await Promise.race([
      Promise.resolve(search(LISTING_GLOB, LISTING_EXCLUDE, LISTING_MAX, source.token)),
      timedOut,
    ]);
    if (uris === 'timeout')
      return {
        why: vscode.l10n.t(
          'the search did not answer within {0} s',
          Math.round((opts.searchWaitMs ?? SEARCH_WAIT_MS) / 1000),
        ),
      };
    return { uris };
  } catch (err) {
    return {
      why: vscode.l10n.t('this file system cannot be searched ({0})', String(err instanceof Error ? err.message : err)),
    };
  } finally {
    clearTimeout(timer);
    source.cancel();
    source.dispose();
    cancelled?.dispose();
  }
}
