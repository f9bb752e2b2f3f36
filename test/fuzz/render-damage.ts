/**
 * bytes.damaged: a text layout's UTF-8 bytes with one to three characters broken, as a damaged copy has them (a
 * byte changed, a character cut): a continuation byte made 0xFF, a lead byte made 0x80, or every byte of the
 * character 0xFF; an ASCII digit made 0xFF. The reader sees U+FFFD there and must accuse nothing the damage may
 * have destroyed (docs/fuzzing.md).
 *
 * On a clean model the damage falls anywhere in the report (title to last section). On a model with a defect it
 * falls elsewhere than the defect, whose finding must then still be there: outside the section the defect lies in
 * (table 三's, table 四's, 六 for the fee statement, 一 and 三 for the narrative figure), outside the period
 * statement, and outside the slot of a missing section (the headings around it included). Where the sections are
 * is read from the undamaged render, which the other properties hold the reader to.
 */
import { parseReport } from '../../src/parser/index.js';
import { sectionsOf } from '../../src/parser/query.js';
import type { ReportRoot, SectionKey, SectionNode } from '../../src/parser/types.js';
import { rng, type Model } from './model.js';

type Span = readonly [number, number];

export async function damagedBytes(m: Model, text: string, file: string): Promise<Uint8Array> {
  const r = rng(Math.imul(m.seed, 0x2c1b3c6d) ^ 0xbad);
  const { report } = await parseReport(text, { filePath: file });
  const parts = report.children;
  const from = parts[0]?.position?.start.offset ?? 0;
  const to = parts[parts.length - 1]?.position?.end.offset ?? text.length;
  const avoid = defectSpans(m, report, text);
  const candidates: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if ((c >= 0x80 || (c >= 0x30 && c <= 0x39)) && !avoid.some(([a, b]) => i >= a && i < b)) candidates.push(i);
  }
  const chosen = new Map<number, number>();
  for (let k = 0, n = r.int(1, 3); k < n && candidates.length > 0; k++) chosen.set(r.pick(candidates), r.int(0, 2));
  const encoder = new TextEncoder();
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const char = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
    const bytes = [...encoder.encode(char)];
    const mode = chosen.get(i);
    if (mode !== undefined) {
      if (bytes.length === 1) bytes[0] = 0xff;
      else if (mode === 0) bytes[1] = 0xff;
      else if (mode === 1) bytes[0] = 0x80;
      else bytes.fill(0xff);
    }
    out.push(...bytes);
    i += char.length - 1;
  }
  return Uint8Array.from(out);
}

/** Where the model's defect lies, as source offsets of the undamaged render: the damage stays out of it. */
function defectSpans(m: Model, report: ReportRoot, text: string): Span[] {
  const end = text.length;
  const section = (key: SectionKey): Span[] => {
    const spans = sectionSpans(report, end);
    return spans.has(key) ? [spans.get(key)!] : [];
  };
  switch (m.defect) {
    case null:
      return [];
    case 'defect.reviewTotal':
      return section('review');
    case 'defect.noFee':
      return section('other');
    case 'defect.narrative':
      return [...section('overview'), ...section('applications')];
    case 'defect.partialPeriod':
      // The whole sentence, its 。 included (统计期限 lost leaves a date range unnamed; a 。 lost joins the next one).
      return report.periods.flatMap((p) => {
        const start = p.position?.start.offset;
        const to = p.position?.end.offset;
        if (start === undefined || to === undefined) return [];
        const next = text.indexOf('。', to);
        return [[text.lastIndexOf('。', start) + 1, next < 0 ? to : next + 2] as const];
      });
    case 'defect.missingSection': {
      // The slot the missing section would stand in: after the heading before it, up to the heading after it.
      // With the headings around it: one damaged leaves the slot running on.
      const heading = (key: SectionKey): SectionNode | undefined => sectionsOf(report).find((s) => s.key === key);
      const headingEnd = (key: SectionKey): number => {
        const s = heading(key);
        const start = s?.position?.start.offset;
        return start === undefined ? end : start + s!.heading.length + HEADING_MARKUP;
      };
      return m.missingSection === 'overview'
        ? [[0, headingEnd('active')]]
        : [[heading('review')?.position?.start.offset ?? 0, headingEnd('other')]];
    }
    default:
      // Every other defect is in table 三.
      return section('applications');
  }
}

/**
 * Each placed section from its heading through the next heading (the last to the end): a heading that closes the
 * defect's section, damaged, leaves the section running on into the next one, which is the defect's place too.
 */
function sectionSpans(report: ReportRoot, end: number): Map<SectionKey, Span> {
  const sections = sectionsOf(report);
  const out = new Map<SectionKey, Span>();
  sections.forEach((s, i) => {
    const start = s.position?.start.offset;
    const next = sections[i + 1];
    const nextStart = next?.position?.start.offset;
    if (start === undefined) return;
    out.set(s.key, [start, nextStart === undefined ? end : nextStart + next!.heading.length + HEADING_MARKUP]);
  });
  return out;
}

/** Characters of markup a heading's line may hold beyond its words (## , <h2>, **). */
const HEADING_MARKUP = 8;
