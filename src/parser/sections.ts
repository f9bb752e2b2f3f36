/** Recognises a whole line as one of the six section headings (numbered or not, with wording variants). */
import { wholeLineHeading } from './heading-candidates.js';
import type { HeadingMatch } from './section-structure.js';

export type { HeadingMatch };

/**
 * Whether a line, on its own, reads as a section heading. Sub-headings ((一) …) do only with their section's own
 * numeral (（二）主动公开政府信息情况: a report may number its sections so). Which headings a report really has is
 * decided over the whole document (section-structure.ts).
 */
export function matchSectionHeading(line: string): HeadingMatch | null {
  const found = wholeLineHeading(line);
  return found ? { key: found.key, number: found.number } : null;
}
