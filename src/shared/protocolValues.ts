// The protocol's fixed choices and request pairs as plain values. protocol.ts builds its schemas
// from them; the webview reads them before its first paint, when zod is not loaded yet
// (webview/boot.ts), so nothing here may import zod at run time.
import type { ToHost, ToWebview } from './protocol';

export const TABS = [
  'overview',
  'pay',
  'skills',
  'tools',
  'career',
  'demand',
  'genai',
  'sources',
  'quiz',
  'plan',
] as const;
export { isOneOf } from '../core/payChoices';

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
