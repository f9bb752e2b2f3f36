/**
 * A table where characters are lost (U+FFFD: bytes a damaged copy made unreadable). A lost character may be a
 * value, a label or a column's name, so (docs/architecture.md, "Reading certainty"):
 * - a row read with lost characters among its cells or label is unread (reason `undecodable`), never read with
 *   a value short or shifted;
 * - a row not found, where lost characters stand between the rows before and after it in the template's order,
 *   is unread, never absent: its label may be what was lost;
 * - a column is never absent from a table with lost characters (its name may be among them; the template's
 *   header rows stand anywhere in table 二).
 */
import type { Position } from 'unist';
import type { TableKey } from '../types.js';
import type { LineIndex } from '../text-run.js';
import { ACTIVE_ROWS } from '../data/active.js';
import { APPLICATION_ROWS, applicationRowLabel } from '../data/applications.js';
import { REVIEW_GROUPS, REVIEW_GROUP_LABELS } from '../data/review.js';
import { REPLACEMENT } from '../damage.js';
import type { Piece } from './pieces.js';
import type { TableBody } from './table-body.js';
import { rowsUnread } from './rows-unread.js';

/** Each table's template rows, in order. */
export const TEMPLATE_ROWS: Readonly<Record<TableKey, readonly string[]>> = {
  active: ACTIVE_ROWS.map((r) => r.key),
  applications: APPLICATION_ROWS.map((r) => r.key),
  review: REVIEW_GROUPS,
};

/** A template row's label, by table and row key (damaged-rows.ts and picture-rows.ts name the rows they take out). */
export const TEMPLATE_ROW_LABEL: Readonly<Record<TableKey, (key: string) => string>> = {
  active: (k) => ACTIVE_ROWS.find((r) => r.key === k)?.label ?? k,
  applications: applicationRowLabel,
  review: (k) => REVIEW_GROUP_LABELS[k] ?? k,
};

/**
 * `pieces`: the table's, from its first words; `regionStart`: the source offset its region starts at, from where
 * lost characters may have been the table's caption or header (第二十条第（一）项 lost, the table starts later).
 */
export function withDamage(
  kind: TableKey,
  body: TableBody,
  pieces: readonly Piece[],
  index: LineIndex,
  regionStart: number | undefined,
): TableBody {
  const damage = index.damage;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (damage.none || !first || !last) return body;
  const own = startOf(first);
  const start = regionStart !== undefined && own !== undefined ? Math.min(regionStart, own) : (own ?? regionStart);
  const end = endOf(last);
  if (start === undefined || end === undefined || !damage.between(start, end + 1)) return body;
  const at = (run: readonly [number, number]): Position => index.position(run[0], run[1]);

  // A row reaches up to the next piece that lost nothing: a value with a character lost (3�) is no value, and
  // stands after the row's last value read as a piece of its own (a crawl's line), while the row may have been read
  // with a blank taken as dropped in its place.
  const clean = pieces
    .flatMap((p) => {
      const at = (p.position ?? p.row.position)?.start.offset;
      // Values without a label of their own that lost characters, or right after their end (17� cut as the figure
      // 17 and a piece �), are the rest of the row before them, no clean row either.
      const touched = at !== undefined && p.label === '' && damage.between(at, (endOf(p) ?? at) + 1);
      return at === undefined || touched || LOST_FIGURE.test(p.label) ? [] : [at];
    })
    .sort((a, b) => a - b);
  const reach = (to: number): number => clean.find((at) => at >= to) ?? end + 1;
  const { children, unreadableRows } = rowsUnread(
    body.children,
    body.unreadableRows,
    (row) => {
      const from = row.position?.start.offset;
      const to = row.position?.end.offset;
      const lostCell = row.children.some((c) => c.raw.includes(REPLACEMENT));
      return lostCell || (from !== undefined && to !== undefined && damage.between(from, reach(to)));
    },
    'undecodable',
  );

  // A row not found stands, in the template's order, between the rows found before and after it.
  const order = TEMPLATE_ROWS[kind];
  const rank = (key: string | undefined): number => {
    const i = order.indexOf(key ?? '');
    return i >= 0 ? i : order.indexOf(`${key}.1`);
  };
  const found = [...children, ...unreadableRows].filter((r) => rank(r.key) >= 0 && r.position);
  const missingRows: string[] = [];
  for (const key of body.missingRows) {
    const r = rank(key);
    const before = found.filter((f) => rank(f.key) < r).sort((a, b) => rank(b.key) - rank(a.key))[0];
    const after = found.filter((f) => rank(f.key) > r).sort((a, b) => rank(a.key) - rank(b.key))[0];
    const run = damage.firstBetween(before?.position?.end.offset ?? start, after?.position?.start.offset ?? end + 1);
    if (run) unreadableRows.push({ key, label: TEMPLATE_ROW_LABEL[kind](key), reason: 'undecodable', position: at(run) });
    else missingRows.push(key);
  }
  return { ...body, children, unreadableRows, missingRows, missingColumns: [] };
}

/** A figure with characters lost (52�, �): digits and U+FFFD only, which no label is. */
const LOST_FIGURE = /^[\s\d０-９,，.．\ufffd]*\ufffd[\s\d０-９,，.．\ufffd]*$/;

function startOf(piece: Piece): number | undefined {
  return (piece.row.table?.position?.start ?? piece.row.position?.start ?? piece.position?.start)?.offset;
}

function endOf(piece: Piece): number | undefined {
  const ends = [
    piece.values[piece.values.length - 1]?.position?.end,
    piece.valueRow?.position?.end,
    piece.row.table?.position?.end,
    piece.row.position?.end,
    piece.position?.end,
  ].flatMap((p) => (p?.offset === undefined ? [] : [p.offset]));
  return ends.length ? Math.max(...ends) : undefined;
}
