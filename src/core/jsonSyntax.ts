// Locates the first JSON syntax error, because JSON.parse's message carries no position on
// every Node version. Only called after JSON.parse has already failed; nesting is bounded
// beforehand, so the recursion here is shallow.
export interface JsonSyntaxError { offset: number; message: string }

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (message: string): never => { throw { offset: i, message } satisfies JsonSyntaxError; };
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++; };
  const describe = () => (i >= text.length ? 'unexpected end of file' : `unexpected ${JSON.stringify(text[i])}`);
  const literal = (word: string) => { if (text.startsWith(word, i)) i += word.length; else fail(describe()); };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') { i++; return; }
      if (c === '\\') {
        const n = text[i + 1];
        if (n === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid \\u escape'); i += 6; }
        else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
        else fail('invalid escape in string');
      } else if (c.charCodeAt(0) < 0x20) fail('control character in string (escape it)');
      else i++;
    }
    fail('unterminated string');
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail(describe());
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++; ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`${describe()}; expected a quoted property name`);
        string(); ws();
        if (text[i] !== ':') fail(`${describe()}; expected ':'`);
        i++; value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        fail(`${describe()}; expected ',' or '}'`);
      }
    }
    if (c === '[') {
      i++; ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        fail(`${describe()}; expected ',' or ']'`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(describe());
  };
  try {
    value(); ws();
    if (i < text.length) fail(`${describe()} after the end of the JSON value`);
    return undefined;
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'offset' in e) return e as JsonSyntaxError;
    throw e;
  }
}

/** Finds the first place nesting exceeds `max`, without recursing (so a hostile file cannot blow the stack). */
export function tooDeepAt(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91 /* { [ */) {
      if (++depth > max) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}
