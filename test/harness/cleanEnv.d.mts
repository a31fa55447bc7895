export function cleanChildEnv(
  env: NodeJS.ProcessEnv,
  opts?: { prependPath?: string[]; extra?: Record<string, string> },
): Record<string, string>;
