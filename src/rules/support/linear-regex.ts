/**
 * Users' regular expressions (required-statements patterns) run on RE2's linear-time engine (re2js, a pure
 * JavaScript port: no native addon, so it runs in the browser too). No pattern can backtrack: the work is
 * proportional to the text whatever the pattern, which no static check of JavaScript patterns could promise
 * (`(a|\x61)*b` and `(?:(?:a)?){35}a{35}b` passed the old one and hung). Patterns are written as for
 * JavaScript; `\uXXXX` and `\u{X}` are translated to RE2's `\x{X}`. What RE2 cannot run in linear time
 * (lookaround, backreferences) is refused when the config is loaded, with one line saying so.
 */
import { RE2JS } from 're2js';

const MAX_PATTERN_LENGTH = 500;

export interface LinearRegex {
  test(text: string): boolean;
}

/** Compiles a pattern; throws an Error whose message is one line saying why it is refused. */
export function compileLinear(source: string): LinearRegex {
  const problem = linearPatternProblem(source);
  if (problem) throw new Error(`pattern ${problem}`);
  const re = RE2JS.compile(toRe2(source));
  return { test: (text) => re.matcher(text).find() };
}

/** Why `source` is refused (a phrase to follow "pattern …"), or undefined. */
export function linearPatternProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`;
  }
  try {
    RE2JS.compile(toRe2(source));
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0] ?? '';
    return `uses what cannot run in linear time (lookaround, backreferences) or RE2 does not know: ${detail}`;
  }
  return undefined;
}

/** JavaScript escapes RE2 spells differently: `\uXXXX` and `\u{X}` become `\x{X}`; everything else is kept. */
function toRe2(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = source[i + 1] ?? '';
    const braced = /^u\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i + 1, i + 11));
    const plain = /^u([0-9a-fA-F]{4})/.exec(source.slice(i + 1, i + 6));
    const hex = braced ?? plain;
    if (hex) {
      out += `\\x{${hex[1]}}`;
      i += hex[0].length;
    } else {
      out += `\\${next}`;
      i++;
    }
  }
  return out;
}
