/**
 * Finds inline control comments in a document's text: `<!-- reportlint-disable a b -- reason -->` (and
 * -enable, -disable-line, -disable-next-line, -disable-file) in any format, plus, in Markdown and plain
 * text, the same words on a line of their own, optionally after `//` or `#` (text pasted from Word has no comments).
 */
import type { InputFormat, Position } from '../parser/types.js';
import { LineIndex } from '../parser/text-run.js';

type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

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
  const lines = new LineIndex(text);
  const found: Directive[] = [];
  const add = (kind: string, body: string, start: number, end: number): void => {
    const position = lines.position(start, end);
    const targetLine = kind === 'disable-next-line' ? nextContentLine(text, lines, position.end.line) : position.start.line;
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

/** The next line with content after `line`: a blank line between a comment and its table is common. */
function nextContentLine(text: string, lines: LineIndex, line: number): number {
  for (let l = line + 1; l <= lines.lineCount; l++) {
    const [from, to] = lines.lineRange(l);
    if (text.slice(from, to).trim()) return l;
  }
  return line + 1;
}
