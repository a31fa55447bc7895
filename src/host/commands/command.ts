// One shape for every command: an id from the catalogue, a zod tuple for its arguments (each
// item described by its name), and `run`. One helper registers them all, parses the arguments
// the same way webview messages are parsed, and turns a schema failure into an error that
// names the argument. A command returns its result, so palette, tree and API callers share it.
import * as vscode from 'vscode';
import { z } from 'zod';
import { InvalidInputError } from '../../core/errors';
import type { Suggestion } from '../../core/evidence/scan';
import type { Dataset } from '../../core/schema';
import type { CommandId } from '../manifestNames';
import type { PanelDeps } from '../comparisonPanel';
import { logLine, notify, pick } from '../sinks';
import { defaultPair } from '../treeText';

export interface HostServices extends PanelDeps {
  refresh(): Promise<unknown>;
  /** Shares the latest scan with the Skills view's tooltips. */
  setEvidence(found: Suggestion[]): void;
}

/** A bad argument from a programmatic caller; the message names the argument. */
export class ArgumentError extends InvalidInputError {}

/** The parsed arguments of a command, and their names for error messages. */
export interface ArgList<T extends unknown[]> {
  schema: z.ZodType<T>;
  names: string[];
}

interface Definition<Id extends CommandId, T extends unknown[]> {
  id: Id;
  args: ArgList<T>;
  run(s: HostServices, ...args: T): unknown;
}

/** A declared command; its id stays in its type (see index.ts), its argument types inside `invoke`. */
export interface Command<Id extends CommandId = CommandId> {
  readonly id: Id;
  /** Parses the raw arguments VS Code (or a caller) passed, runs the command, returns its result. */
  invoke(s: HostServices, raw: unknown[]): Promise<unknown>;
}

/** Declares a command: arguments parsed by `args.schema`, failures named by `args.names`. */
export function command<Id extends CommandId, T extends unknown[]>(c: Definition<Id, T>): Command<Id> {
  return {
    id: c.id,
    invoke: async (s, raw) => {
      try {
        const parsed = c.args.schema.safeParse(raw);
        if (!parsed.success) throw new ArgumentError(describeFailure(c.id, c.args.names, parsed.error));
        return await c.run(s, ...parsed.data);
      } catch (err) {
        if (err instanceof InvalidInputError) {
          s.log.warn(logLine(`${c.id}: ${err.message}`));
          void notify('error', err.message);
        }
        throw err;
      }
    },
  };
}

type Outputs<T extends readonly z.ZodType[]> = { -readonly [K in keyof T]: z.output<T[K]> };

/**
 * Positional arguments, each `.describe('name')`d. VS Code passes extra arguments to some
 * commands (a tree's selection, say); they are accepted and ignored.
 */
export function args<const T extends readonly z.ZodType[]>(...items: T): ArgList<Outputs<T>> {
  // zod's tuple type cannot be named generically here; the parse below is what guarantees T.
  const schema = z.tuple(items as unknown as [z.ZodType]).rest(z.unknown()) as unknown as z.ZodType<Outputs<T>>;
  return { schema, names: items.map((item, i) => item.description ?? `argument ${i + 1}`) };
}

function describeFailure(id: CommandId, names: string[], error: z.ZodError): string {
  const issue = error.issues[0]!;
  const index = typeof issue.path[0] === 'number' ? issue.path[0] : 0;
  const where = issue.path.slice(1).join('.');
  return vscode.l10n.t(
    "Invalid argument '{0}' for {1}: {2}",
    names[index] ?? `argument ${index + 1}`,
    id,
    `${where ? `${where}: ` : ''}${issue.message}`,
  );
}

/** A role id that must exist in the dataset (ids come from packs too, so zod cannot list them). */
export function knownRole(d: Dataset, value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!d.roles.some((r) => r.id === value)) {
    throw new ArgumentError(
      vscode.l10n.t(
        "Unknown role '{0}' for {1}; expected one of: {2}",
        value,
        name,
        d.roles.map((r) => r.id).join(', '),
      ),
    );
  }
  return value;
}

export async function pickRole(d: Dataset, title: string, exclude?: string): Promise<string | undefined> {
  const items = d.roles
    .filter((r) => r.id !== exclude)
    .map((r) => ({
      label: r.name,
      description: r.kind === 'hybrid' ? vscode.l10n.t('hybrid') : undefined,
      detail: r.summary,
      value: r.id,
      iconPath: new vscode.ThemeIcon(r.kind === 'hybrid' ? 'git-merge' : 'person'),
    }));
  return (await pick(items, { title, placeHolder: vscode.l10n.t('Choose a role'), matchOnDetail: true }))?.value;
}

/** The role a section of `roleId` is compared with: the other one of the default pair. */
export function otherRole(d: Dataset, roleId: string): string {
  const [a, b] = defaultPair(d.roles.map((r) => r.id));
  return roleId === a ? b : roleId === b ? a : a;
}
