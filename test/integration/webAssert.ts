// node:assert/strict for the web worker host, which has no Node built-ins: the functions the
// suites use, with the same strict semantics (Object.is, deep equality of own enumerable keys).
export class AssertionError extends Error {
  override name = 'AssertionError';
}

function raise(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback);
}

const show = (v: unknown) => {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
};

function deepEqualValues(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map && b instanceof Map)
    return a.size === b.size && [...a].every(([k, v]) => b.has(k) && deepEqualValues(v, b.get(k)));
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      deepEqualValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) raise(message, `expected a truthy value, got ${show(value)}`);
}
export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) raise(message, `${show(actual)} !== ${show(expected)}`);
}
export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) raise(message, `expected not ${show(expected)}`);
}
export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!deepEqualValues(actual, expected)) raise(message, `expected deep equality:\n${show(actual)}\n${show(expected)}`);
}
export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (deepEqualValues(actual, expected)) raise(message, `expected deep inequality with ${show(expected)}`);
}
export function match(value: string, re: RegExp, message?: string | Error): void {
  if (!re.test(value)) raise(message, `${show(value)} does not match ${re}`);
}
export function doesNotMatch(value: string, re: RegExp, message?: string | Error): void {
  if (re.test(value)) raise(message, `${show(value)} matches ${re}`);
}
type Expected = RegExp | ((err: unknown) => boolean);
function check(err: unknown, expected: Expected | undefined, message: string | Error | undefined): void {
  if (!expected) return;
  const passed =
    expected instanceof RegExp ? expected.test(err instanceof Error ? err.message : String(err)) : expected(err);
  if (!passed) raise(message, `${show(String(err))} is not the error expected (${String(expected)})`);
}
export function throws(fn: () => unknown, expected?: Expected, message?: string | Error): void {
  try {
    fn();
  } catch (err) {
    check(err, expected, message);
    return;
  }
  raise(message, 'expected a throw');
}
export async function rejects(
  p: Promise<unknown> | (() => Promise<unknown>),
  expected?: Expected,
  message?: string | Error,
): Promise<void> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    check(err, expected, message);
    return;
  }
  raise(message, 'expected a rejection');
}
export function fail_(message?: string): never {
  return raise(message, 'failed');
}
export { fail_ as fail };
