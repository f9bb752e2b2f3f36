/**
 * Which parts of a report were not read: the one answer behind "never 可以发布 on a report read only in part", for
 * the editors' page (its verdict and check sheet) and the batch summary alike. It comes from the reading itself,
 * never from which unreadable-content messages survived: a rule switched off, --quiet, an inline disable or a
 * suppressions file hides a message, not the fact that a table's rows went unread. Browser-safe.
 */
import type { ExtractedReport } from './extract.js';

type Reading = ExtractedReport['reading'];

/** The sections and tables not read in full: unplaced, or (tables) with rows that could not be read. */
export function unreadParts(reading: Reading): { sections: string[]; tables: string[] } {
  const { sections, tables } = reading;
  return {
    sections: Object.keys(sections).filter((k) => sections[k]?.status === 'unreadable'),
    tables: Object.keys(tables).filter(
      (k) => tables[k]?.status === 'unreadable' || (tables[k]?.status === 'read' && (tables[k]?.unreadableRows?.length ?? 0) > 0),
    ),
  };
}

/**
 * Every part not read, as keys (`notAReport`, `noBody`, `formatNotChecked`, `ocrScan`, `garbledText`, `textBoxes`, `undecodable`, `picturePages`, `unreadChunks`, `otherPages`, `section:<key>`, `table:<key>`); empty when
 * the whole report was read. Characters lost in a damaged copy count: the rules stay silent where they stood.
 */
export function unreadKeys(reading: Reading): string[] {
  const parts = unreadParts(reading);
  return [
    ...(reading.notAReport ? ['notAReport'] : []),
    ...(reading.noBody ? ['noBody'] : []),
    ...(reading.formatNotChecked ? ['formatNotChecked'] : []),
    ...(reading.ocrScan ? ['ocrScan'] : []),
    ...(reading.garbledText ? ['garbledText'] : []),
    ...(reading.textBoxes ? ['textBoxes'] : []),
    ...(reading.undecodable !== undefined ? ['undecodable'] : []),
    ...(reading.picturePages !== undefined ? ['picturePages'] : []),
    ...(reading.unreadChunks !== undefined ? ['unreadChunks'] : []),
    ...(reading.otherPages !== undefined ? ['otherPages'] : []),
    ...parts.sections.map((k) => `section:${k}`),
    ...parts.tables.map((k) => `table:${k}`),
  ];
}
