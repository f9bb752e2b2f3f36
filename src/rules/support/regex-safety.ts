/**
 * Refuses user-supplied regular expressions that can backtrack catastrophically (ReDoS), before any document
 * is read: nested unbounded quantifiers ((a+)+, (\w+\s?)*) and repeated groups whose alternatives can start
 * alike ((a|ab)*, (.|x)+). A static check in the spirit of "star height"; it may refuse a few harmless
 * patterns, which can always be rewritten, and never runs the pattern. Pure: also runs in the browser.
 */

interface Frame {
  /** Contains an unbounded or repeating quantifier, directly or in a nested group. */
  quantified: boolean;
  /** First atom of each alternative ('' for an empty one, '*' for a class that matches many characters). */
  firsts: string[];
  expectFirst: boolean;
}

const MAX_LENGTH = 500;

/** Why `source` is refused, or undefined when it is acceptable. */
export function regexProblem(source: string): string | undefined {
  if (source.length > MAX_LENGTH) return `is longer than ${MAX_LENGTH} characters`;
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`;
  }
  const stack: Frame[] = [frame()];
  let last: { group?: Frame } | undefined;
  const top = (): Frame => stack[stack.length - 1] as Frame;
  const atom = (first: string, group?: Frame): void => {
    const f = top();
    if (f.expectFirst) {
      f.firsts.push(first);
      f.expectFirst = false;
    }
    last = group ? { group } : {};
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i += /[pP]/.test(next) && source[i + 2] === '{' ? source.indexOf('}', i) - i : 1;
      atom(/[dDwWsSpP]/.test(next) ? '*' : next);
    } else if (c === '[') {
      i = classEnd(source, i);
      atom('*');
    } else if (c === '(') {
      const lookaround = /^\(\?(<?[=!]|:|<[^>]+>)/.exec(source.slice(i));
      if (lookaround) i += lookaround[0].length - 1;
      stack.push(frame());
      last = undefined;
    } else if (c === ')') {
      const closed = stack.pop() as Frame;
      if (closed.expectFirst) closed.firsts.push('');
      atom(closed.firsts[0] ?? '', closed);
      if (closed.quantified) top().quantified = true;
    } else if (c === '|') {
      const f = top();
      if (f.expectFirst) f.firsts.push('');
      f.expectFirst = true;
    } else if (c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i)))) {
      const spec = c === '{' ? (/^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) as RegExpExecArray) : undefined;
      if (spec) i += spec[0].length - 1;
      const repeating =
        c === '*' ||
        c === '+' ||
        (spec !== undefined && (spec[2] !== undefined ? spec[3] === '' || Number(spec[3]) > 1 : Number(spec[1]) > 1));
      if (source[i + 1] === '?') i++;
      if (!repeating) continue;
      const group = last?.group;
      if (group?.quantified) return 'repeats a group that already contains a repetition, e.g. (a+)+: catastrophic backtracking';
      if (group && overlapping(group.firsts))
        return 'repeats a group whose alternatives can start alike, e.g. (a|ab)*: catastrophic backtracking';
      top().quantified = true;
    } else {
      atom(c === '.' ? '*' : c);
    }
  }
  return undefined;
}

function frame(): Frame {
  return { quantified: false, firsts: [], expectFirst: true };
}

function overlapping(firsts: readonly string[]): boolean {
  if (firsts.length < 2) return false;
  return firsts.includes('*') || firsts.includes('') || new Set(firsts).size < firsts.length;
}

function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > start + 1) return i;
  }
  return source.length;
}
