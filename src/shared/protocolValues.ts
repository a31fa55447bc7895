// The protocol's fixed choices and request pairs as plain values. protocol.ts builds its schemas
// from them; the webview reads them before its first paint, when zod is not loaded yet
// (webview/boot.ts), so nothing here may import zod at run time.
import type { ToHost, ToWebview } from './protocol';

export const TABS = ['overview', 'pay', 'skills', 'tools', 'career', 'demand', 'genai', 'sources', 'quiz', 'plan'] as const;
export const PAY_KINDS = ['total', 'base'] as const;
export const REGIONS = ['us', 'nigeria', 'remote-global'] as const;

/** Whether a value is one of a fixed list of choices: a dropdown's or a tab's id, read back from the DOM. */
export function isOneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
  return (choices as readonly unknown[]).includes(value);
}

/** Every request the webview sends, and the type of the reply it gets: the one place they are paired. */
export const REPLIES = {
  ping: 'pong',
  requestComparison: 'comparison',
  requestPay: 'pay',
  requestQuiz: 'quiz',
  submitQuiz: 'quizResult',
  whatIf: 'quizResult',
  requestPlan: 'plan',
} as const satisfies Record<Extract<ToHost, { requestId: number }>['type'], ToWebview['type']>;
