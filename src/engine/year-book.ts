/**
 * The summaries of the reports a thread linted so far, by organ and year. A report whose previous year was
 * linted before it (files in path order: 2022/, 2023/) is checked against it in the first pass, instead of both
 * being read again after the walk: on a batch where one report in ten had its previous year, that re-reading
 * was a fifth of the run's CPU. files.ts checks each link against the pairing of the whole run and lints
 * again any report it does not match. Node-only (zlib).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ReportRoot } from '../parser/types.js';
import { organPlacesOf, organYearKey, type CarrySummary, type YearKey } from './year-over-year.js';
import { mayBeSameOrgan } from './same-organ.js';
import type { LintFilesOptions } from './lint-files-options.js';

/**
 * Whether a run links years in its first pass: not with a cache, whose first-pass results must not depend on
 * another file, nor against an explicit --previous, which every report is compared with instead.
 */
export function linksYearsAsLinted(options: Pick<LintFilesOptions, 'cache' | 'previousFile'>): boolean {
  return !options.cache && !options.previousFile;
}

/** Reports kept: a few MB at most. */
const MAX_ENTRIES = 2000;

/** A report's summary for next year's check, with the file it was read from. */
export interface EarlierYear {
  file: string;
  summary: ReportRoot;
}

/**
 * Each summary is kept small: its JSON text deflated, about 1 KB for a generated report, a few KB for a real
 * one with a long narrative (as objects they took about 20 KB each, and a run of 5,000 files peaked at 1.7× the
 * memory of 1,000). The book holds the latest MAX_ENTRIES organ-years, so memory stays flat over a batch of any
 * size: a report further from its previous year than that is linked after the walk, as before the book. Every
 * copy of an organ's year is kept (an original and its 更正版): carry-over weighs them all.
 */
export class YearBook {
  private readonly byOrganYear = new Map<string, Array<{ file: string; places: string[]; packed: Uint8Array }>>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  record(file: string, summary: ReportRoot | CarrySummary): void {
    if (!summary.organ || summary.year === null) return;
    const key = organYearKey(summary.organ, summary.year);
    // A copy: zlib's result is a view of its 16 KB output chunk, which would be kept whole. The fastest level:
    // every report of a batch is packed and few are unpacked, and level 1 packed the bench's summaries to within
    // a few per cent of the default level's size at a fraction of its time.
    const packed = new Uint8Array(deflateRawSync(JSON.stringify(summary), { level: 1 }));
    const copies = (this.byOrganYear.get(key) ?? []).filter((c) => c.file !== file);
    // Deleted first, so that an organ's year met again counts as the newest entry.
    this.byOrganYear.delete(key);
    this.byOrganYear.set(key, [...copies, { file, places: organPlacesOf(summary), packed }]);
    if (this.byOrganYear.size > this.maxEntries) {
      const oldest = this.byOrganYear.keys().next();
      if (!oldest.done) this.byOrganYear.delete(oldest.value);
    }
  }

  /**
   * Every report recorded for the organ's year before `key`'s, in the order they were recorded; given the file
   * of the report asking, only those the run's pairing could give it (same-organ.ts: 甲县/城关镇 is not 乙县/城关镇).
   */
  previousOf(key: YearKey, file?: string): EarlierYear[] {
    const organ = key.organ;
    const copies = organ ? this.byOrganYear.get(organYearKey(organ, key.year - 1)) : undefined;
    const fits = (c: { file: string; places: string[] }): boolean =>
      file === undefined || !organ || mayBeSameOrgan(organ, file, c.file, { file: key.places, other: c.places });
    return (copies ?? []).filter(fits).map((c) => ({
      file: c.file,
      summary: JSON.parse(inflateRawSync(c.packed).toString('utf8')) as ReportRoot,
    }));
  }
}
