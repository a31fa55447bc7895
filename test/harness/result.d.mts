export const RESULT_MARKER: string;
export function resultLine(stats: { passes: number; failures: number }): string;
export function readResult(line: string): { passes: number; failures: number } | undefined;
