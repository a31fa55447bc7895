// The public API's types, and the test hooks' (types only: importing this loads nothing).
import type * as vscode from 'vscode';
import type { HistoryReport } from '../core/evidence/history/report';
import type { Suggestion } from '../core/evidence/scan';
import type { PayFilter } from '../core/pay';
import type { Gap, SavedState } from '../core/profile';
import type { Answers, QuizResult } from '../core/quiz';
import type { Dataset } from '../core/schema';
import type { Comparison } from '../core/results';
import type { LoadedData } from './datasetStore';
import type { RolesTreeProvider } from './rolesTree';
import type { SkillsTreeProvider } from './skillsTree';
import type { ListingOptions } from './workspaceListing';
import type { ScanResult } from './workspaceScan';
import type { Walk } from '../core/evidence/walk';

export type { Suggestion };

/** The public API other extensions (and our tests) get from `activate()`. */
export interface CareerLensApi {
  readonly apiVersion: 1;
  /** The built-in dataset with the user's valid data packs applied. */
  getDataset(): Promise<Dataset>;
  /** Everything the comparison view shows for two roles; throws on an unknown role id. */
  compare(roleA: string, roleB: string, pay?: PayFilter): Promise<Comparison>;
  /** Which data packs applied and which were refused, with file, JSON path and reason. */
  getDataStatus(): Promise<Pick<LoadedData, 'applied' | 'packErrors'>>;
  /** Scores quiz answers (question id → option id) without saving them; throws on unknown ids. */
  scoreQuiz(answers: Answers): Promise<QuizResult>;
  /** The saved profile (skill marks, plan choices, last quiz) and the gap to the chosen target. */
  getProfile(): Promise<{ state: SavedState; gap: Gap | null }>;
  /** Looks for skill evidence in the workspace's manifest files (reads only; honours Workspace Trust). */
  scanWorkspace(): Promise<ScanResult>;
}

/**
 * Hooks for this extension's own integration tests, present only when VS Code runs the
 * extension in test mode; not part of the public API.
 */
export interface CareerLensTestHooks {
  /** Starts the history reader's child process on these folders (to time its Cancel). */
  readHistory(
    folders: string[],
    identities: string[],
  ): { done: Promise<unknown>; cancel(): void; progressed: Promise<void> };
  /** Every text the history flow would show for this report, as its sinks (quick picks) show it. */
  historyShown(report: HistoryReport): Promise<string[]>;
  /** The open comparison panel, if any. */
  panel():
    | {
        /** What became of the message: only a bug of ours is 'failed'; bad input is 'dropped' or 'refused'. */
        handleMessage(raw: unknown): Promise<'handled' | 'dropped' | 'refused' | 'failed'>;
        readonly posted: readonly string[];
        /** The last message posted, whole. */
        readonly lastPosted: unknown;
        /** The tab the webview shows, as the host knows it. */
        readonly tab: string | undefined;
        /** The page as the host set it (empty until its first state is built). */
        readonly html: string;
        dispose(): void;
      }
    | undefined;
  /** The sidebar's data providers. */
  readonly trees: { roles: RolesTreeProvider; skills: SkillsTreeProvider };
  /** The raw saved values (profile and role pair) exactly as stored. */
  saved(): { profile: unknown; pair: unknown };
  /** Back to a first run: no saved profile or pair, no panel, no scan evidence. */
  reset(): Promise<void>;
  /** The workspace scan with a cancellation token, as the command runs it; `listing` simulates a file system that cannot search. */
  scan(token?: vscode.CancellationToken, listing?: ListingOptions): Promise<ScanResult>;
  /** The listing a scan makes by reading directories, of any folder a file system provider serves. */
  walkFolder(root: vscode.Uri): Promise<Walk>;
}
