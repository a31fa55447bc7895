// The command id catalogue: every command the extension registers or invokes is named here
// and nowhere else. test/unit/manifest.test.ts checks it against package.json both ways.
export const CommandId = {
  openComparison: 'careerLens.openComparison',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];
