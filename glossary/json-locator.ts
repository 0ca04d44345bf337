/**
 * Where JSON text first goes wrong, as a sentence for the reader: line, column, what was
 * expected and what was found. JSON.parse only says why (and V8 sometimes gives no
 * position at all), so failures are located here, the same way in every browser.
 * Pure: no DOM, no `browser`.
 */
import type { ImportError } from './problems.ts';

/** Line and column of a character offset, both counted from 1. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where JSON text first goes wrong and what was expected there; null if it is valid.
 * JSON.parse only says why (and V8 sometimes no position at all), so failures are
 * located here, the same way in every browser. Iterative: deep nesting cannot overflow.
 */
export function findJsonError(s: string): { offset: number; expected: string } | null {
  const stack: ('[' | '{')[] = [];
  const n = s.length;
  let i = 0;
  let state: 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after' = 'value';
  const skip = () => {
    while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c === 92) {
        const d = s[i + 1];
        if (d === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
        else if (d !== undefined && '"\\/bfnrt'.includes(d)) i += 2;
        else return false;
        continue;
      }
      if (c < 0x20) return false;
      i++;
    }
    return false;
  };
  const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  const badString = 'a closing double quote (line breaks and unescaped control characters are not allowed inside text, and a backslash must start a valid escape)';
  for (;;) {
    skip();
    if (state === 'value' || state === 'valueOrClose') {
      const c = s[i];
      if (state === 'valueOrClose' && c === ']') {
        i++;
        stack.pop();
        state = 'after';
      } else if (c === '{') {
        stack.push('{');
        i++;
        state = 'keyOrClose';
      } else if (c === '[') {
        stack.push('[');
        i++;
        state = 'valueOrClose';
      } else if (c === '"') {
        if (!string()) return { offset: i, expected: badString };
        state = 'after';
      } else if (s.startsWith('true', i) || s.startsWith('null', i)) {
        i += 4;
        state = 'after';
      } else if (s.startsWith('false', i)) {
        i += 5;
        state = 'after';
      } else {
        number.lastIndex = i;
        const m = number.exec(s);
        if (!m) {
          const trailing = c === ']' || c === '}' ? ' (a comma cannot come before a closing bracket in JSON)' : '';
          return { offset: i, expected: `a value: text in double quotes, a number, true, false, null, a list or an object${trailing}` };
        }
        i += m[0].length;
        state = 'after';
      }
    } else if (state === 'key' || state === 'keyOrClose') {
      if (state === 'keyOrClose' && s[i] === '}') {
        i++;
        stack.pop();
        state = 'after';
      } else if (s[i] !== '"') {
        const trailing = s[i] === '}' ? ' (a comma cannot come before a closing brace in JSON)' : '';
        return { offset: i, expected: `a field name in double quotes${trailing}` };
      } else if (!string()) return { offset: i, expected: badString };
      else state = 'colon';
    } else if (state === 'colon') {
      if (s[i] !== ':') return { offset: i, expected: '":" after the field name' };
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? { offset: i, expected: 'the end of the file (something follows the JSON value)' } : null;
      if (s[i] === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((top === '{' && s[i] === '}') || (top === '[' && s[i] === ']')) {
        i++;
        stack.pop();
      } else return { offset: i, expected: top === '{' ? '"," or "}"' : '"," or "]"' };
    }
  }
}

/** The problem to report for JSON text that JSON.parse refused with `error`. */
export function jsonError(text: string, error: unknown): ImportError {
  const found = findJsonError(text);
  if (!found) return { message: `The file is not valid JSON: ${(error instanceof Error ? error.message : String(error)).slice(0, 200)}.` };
  const { line, column } = lineColumn(text, found.offset);
  const at = found.offset >= text.length ? 'the end of the file' : JSON.stringify(String.fromCodePoint(text.codePointAt(found.offset)!));
  return { message: `The file is not valid JSON: at line ${line}, column ${column}, expected ${found.expected}, but found ${at}.` };
}
