/**
 * Whether a label is, by itself, one of a table's row labels as the template prints them (规章, 行政规范性文件,
 * （一）予以公开, 行政复议): in space-aligned text a line holding such a label before its values is a row of its
 * own, never the rest of the row above wrapped onto the next line (layout-rows.ts). Only a whole label counts: the
 * rest of a wrapped label (息公开申请数量) is none, so its digits may still be the rest of a wrapped number.
 */
import { ACTIVE_ROWS } from '../data/active.js';
import { APPLICATION_ROWS } from '../data/applications.js';
import { REVIEW_GROUP_LABELS } from '../data/review.js';
import { labelKey } from '../labels.js';
import type { TableKey } from '../types.js';
import type { StartsRow } from './layout-rows.js';

const APPLICATION_LABELS = new Set(APPLICATION_ROWS.flatMap((r) => [r.core, labelKey(r.label)]));
/** A group of table 四 printed as a row: 行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉. */
const REVIEW_LABELS = new Set(Object.values(REVIEW_GROUP_LABELS).flatMap((l) => l.split('·')));

export const ROW_LABEL_TESTS: Readonly<Record<TableKey, StartsRow>> = {
  active: (label) => {
    const key = labelKey(label);
    return ACTIVE_ROWS.some((r) => r.match(key));
  },
  applications: (label) => APPLICATION_LABELS.has(labelKey(label)),
  review: (label) => REVIEW_LABELS.has(labelKey(label)),
};
