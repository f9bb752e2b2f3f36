/**
 * The summaries of the reports a thread linted so far, by organ and year. A report whose previous year was
 * linted before it (files in path order: 2022/, 2023/) is checked against it in the first pass, instead of both
 * being read again after the walk: on a batch where one report in ten had its previous year, that re-reading
 * was a fifth of the run's CPU. files.ts checks each link against the pairing of the whole run and lints
 * again any report it does not match. Node-only (zlib).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ReportRoot } from '../parser/types.js';
import { organYearKey, type YearKey } from './year-over-year.js';

/** A report's summary for next year's check, with the file it was read from. */
export interface EarlierYear {
  file: string;
  summary: ReportRoot;
}

/**
 * Every summary is kept to the end of the run, so each is kept small: its JSON text deflated, about 1 KB. As
 * objects they took about 20 KB each, and a run of 5,000 files peaked at 1.7× the memory of 1,000.
 */
export class YearBook {
  private readonly byOrganYear = new Map<string, { file: string; packed: Uint8Array }>();

  record(file: string, summary: ReportRoot): void {
    if (!summary.organ || summary.year === null) return;
    // A copy: zlib's result is a view of its 16 KB output chunk, which would be kept whole.
    const packed = new Uint8Array(deflateRawSync(JSON.stringify(summary)));
    this.byOrganYear.set(organYearKey(summary.organ, summary.year), { file, packed });
  }

  /** The latest report recorded for the organ's year before `key`'s. */
  previousOf(key: YearKey): EarlierYear | undefined {
    const entry = key.organ ? this.byOrganYear.get(organYearKey(key.organ, key.year - 1)) : undefined;
    return entry && { file: entry.file, summary: JSON.parse(inflateRawSync(entry.packed).toString('utf8')) as ReportRoot };
  }
}
