import * as vscode from 'vscode';
import { restoreState, SavedState } from '../core/profile';
import { logLine, notify } from './sinks';

export const STATE_KEY = 'careerLens.state.v1';
const BACKUP_PREFIX = 'careerLens.state.backup.';

/**
 * The user's saved state in globalState. It is validated on first read; state that does not
 * fit the schema is kept under a backup key (nothing is lost), replaced by a fresh default,
 * and the user is told.
 */
export class ProfileStore implements vscode.Disposable {
  private state: SavedState | undefined;
  private readonly changed = new vscode.EventEmitter<SavedState>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly memento: vscode.Memento & { setKeysForSync?(keys: readonly string[]): void },
    private readonly log: vscode.LogOutputChannel,
  ) {
    memento.setKeysForSync?.([STATE_KEY]);
  }

  get(): SavedState {
    if (!this.state) {
      const raw = this.memento.get<unknown>(STATE_KEY);
      const restored = restoreState(raw);
      this.state = restored.state;
      if (restored.problem) {
        const backupKey = `${BACKUP_PREFIX}${Date.now()}`;
        void this.memento.update(backupKey, raw);
        void this.memento.update(STATE_KEY, this.state);
        this.log.warn(
          logLine(
            `Saved profile could not be read (${restored.problem}); kept it under '${backupKey}' and started fresh.`,
          ),
        );
        void notify(
          'warning',
          vscode.l10n.t(
            'Career Lens could not read your saved profile ({0}). It was backed up and a fresh profile started.',
            restored.problem,
          ),
        );
      }
    }
    return this.state;
  }

  /** Forgets the cached state so the next read comes from storage (tests reset storage). */
  reload(): void {
    this.state = undefined;
    this.changed.fire(this.get());
  }

  async update(change: (s: SavedState) => SavedState): Promise<SavedState> {
    const next = SavedState.parse(change(structuredClone(this.get())));
    this.state = next;
    await this.memento.update(STATE_KEY, next);
    this.changed.fire(next);
    return next;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
