/**
 * Finds inline control comments in a document's text: `<!-- reportlint-disable a b -- reason -->` (and
 * -enable, -disable-line, -disable-next-line, -disable-file) in any format, plus, in Markdown and plain
 * text, the same words on a line of their own, optionally after `//` or `#` (text pasted from Word has no comments).
 */
import type { InputFormat, Position } from '../parser/types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  /** The comment's span (1-based lines and columns, 0-based offsets). */
  position: Position;
  /** The line the directive applies to for -line and -next-line. */
  targetLine: number;
}

const COMMENT = /<!--\s*reportlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=[\s-]|-->)([\s\S]*?)-->/g;
const LINE = /^[ \t]*(?:(?:\/\/|#)[ \t]*)?reportlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)(.*)$/gm;

export function findDirectives(text: string, format: InputFormat): Directive[] {
  const lines = lineStarts(text);
  const found: Directive[] = [];
  const add = (kind: string, body: string, start: number, end: number): void => {
    const position = { start: pointAt(lines, start), end: pointAt(lines, end) };
    const targetLine =
      kind === 'disable-next-line' ? nextContentLine(text, lines, position.end.line) : position.start.line;
    found.push({ kind: kind as DirectiveKind, rules: ruleList(body), position, targetLine });
  };
  for (const m of text.matchAll(COMMENT)) add(m[1] ?? '', m[2] ?? '', m.index, m.index + m[0].length);
  if (format === 'markdown' || format === 'text') {
    for (const m of text.matchAll(LINE)) add(m[1] ?? '', m[2] ?? '', m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
}

/** "a b, c -- reason" → ["a", "b", "c"] */
function ruleList(body: string): string[] {
  const beforeReason = body.split(/\s--\s|\s--$|^--\s|^--$/)[0] ?? '';
  return beforeReason.split(/[\s,]+/).filter(Boolean);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function pointAt(starts: readonly number[], offset: number): { line: number; column: number; offset: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset };
}

/** The next line with content after `line`: a blank line between a comment and its table is common. */
function nextContentLine(text: string, starts: readonly number[], line: number): number {
  for (let l = line + 1; l <= starts.length; l++) {
    const from = starts[l - 1] ?? text.length;
    const to = starts[l] ?? text.length;
    if (text.slice(from, to).trim()) return l;
  }
  return line + 1;
}
