// Where a data pack's JSON goes wrong, in words: jsonc-parser (VS Code's own JSON parser) finds
// the first error, with its offset and code, after JSON.parse has refused the text (JSON.parse's
// message carries no position on every Node version). Its scanner, which does not recurse, also
// bounds the nesting first, so a hostile file cannot exhaust the stack.
import { createScanner, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

// By jsonc-parser's name for each error code (its enums are const, which isolated modules cannot read).
const MESSAGES: Record<string, string> = {
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a quoted property name',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'more text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string (a line break or control character inside it must be escaped)',
  UnexpectedEndOfNumber: 'invalid number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape in string',
  InvalidCharacter: 'control character in string (escape it)',
};

function describe(text: string, e: ParseError): string {
  if (e.offset >= text.length) return 'unexpected end of file';
  // A bare word or a stray character: name what was found (quoted, so it stays inert).
  const code = printParseErrorCode(e.error);
  if (code === 'InvalidSymbol')
    return `unexpected ${JSON.stringify(text.slice(e.offset, e.offset + Math.min(Math.max(e.length, 1), 20)))}`;
  const what = MESSAGES[code] ?? 'invalid JSON';
  // Where something was expected, say what stood there instead (quoted, so it stays inert).
  return what.startsWith('expected')
    ? `${what}, found ${JSON.stringify(text.slice(e.offset, e.offset + Math.min(Math.max(e.length, 1), 20)))}`
    : what;
}

/** The first syntax error in `text`, strict JSON (no comments, no trailing commas), or undefined. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  return first && { offset: first.offset, message: describe(text, first) };
}

/** The offset where nesting first exceeds `max`, found by the scanner without recursing. */
export function tooDeepAt(text: string, max: number): number | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (;;) {
    scanner.scan();
    const at = scanner.getTokenOffset();
    if (at >= text.length) return undefined;
    // A token that starts with a bracket is that bracket: a string token starts with its quote.
    const c = text[at];
    if (c === '{' || c === '[') {
      if (++depth > max) return at;
    } else if (c === '}' || c === ']') depth--;
  }
}
