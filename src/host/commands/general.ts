// Reloading data packs, the log, and the workspace scan.
import { z } from 'zod';
import { CommandId } from '../manifestNames';
import { runScanCommand } from '../workspaceScan';
import { args, command } from './command';

export const refresh = command({ id: CommandId.refresh, args: args(), run: (s) => s.refresh() });

export const showLog = command({ id: CommandId.showLog, args: args(), run: (s) => s.log.show() });

export const scanWorkspace = command({
  id: CommandId.scanWorkspace,
  args: args(
    z
      .object({ apply: z.boolean().optional(), source: z.enum(['manifests', 'commits']).optional() })
      .strict()
      .optional()
      .describe('options'),
  ),
  run: (s, opts) => runScanCommand(s, opts),
});
