/**
 * Sequence alignment of pieces with the template's rows: both are in order, so the best monotone matching
 * (the longest-common-subsequence dynamic programme, O(pieces × rows)) places each row's label, skipping
 * captions, headers, notes and page furniture between them. A group label (（三）不予公开) is not part of the
 * sequence: it may stand before, between or after its rows, so the readers take it out before aligning.
 */
import { similarity } from '../labels.js';
import type { Piece } from './pieces.js';

export interface TemplateRow {
  key: string;
  /** The distinctive words of the label, normalised (no ordinal, spaces or punctuation). */
  core: string;
  /** Other wordings accepted as the label (规范性文件 for 行政规范性文件). */
  variants?: readonly string[];
  /** The printed ordinal ('1' … '8', '（一）', '一、'), when the format has one. */
  ordinal?: string;
  /**
   * Wordings accepted only after the row's own ordinal: 3.其他处理 for （六）3.其他 (without its 3., 其他处理 is the
   * group's label, and in the region's words it is no evidence of the row).
   */
  numberedVariants?: readonly string[];
}

/** Below this similarity a label is not the row's. */
const THRESHOLD = 0.55;
/** A row label this short (其他) is taken with at most this many characters after it, after its own ordinal. */
const SHORT_CORE = 2;
const SHORT_REST = 2;
/** Longer labels are prose or a whole header, never one row's label. */
const MAX_LABEL = 80;

export class LabelScorer {
  private readonly cache = new Map<string, Float64Array>();
  private readonly byPiece = new WeakMap<Piece, Float64Array>();
  constructor(private readonly rows: readonly TemplateRow[]) {}

  /** The best of the piece's whole label and its last cells (a header printed just above joins the label). */
  ofPiece(piece: Piece): Float64Array {
    // Only a label followed by values is read from its last cells: a header row alone is not a row label.
    const tails = piece.values.length === 0 ? [] : piece.tails;
    const numbered = piece.ordinal === null ? -1 : this.rows.findIndex((r) => this.numberedAs(r, piece));
    if (tails.length === 0 && numbered < 0 && piece.plain === undefined) return this.scores(piece.words);
    let out = this.byPiece.get(piece);
    if (out) return out;
    out = Float64Array.from(this.scores(piece.words));
    // A label with a note after it (3.其他（撤回申请）) is also read without the note.
    for (const tail of piece.plain === undefined ? tails : [...tails, piece.plain])
      this.scores(tail).forEach((s, j) => (out[j] = Math.max(out[j]!, s)));
    if (numbered >= 0) out[numbered] = 1;
    this.byPiece.set(piece, out);
    return out;
  }

  /**
   * Whether the piece is the row by its ordinal and words: a numbered variant (3.其他处理), or a short row label
   * with a word or two after it (3.其他情形, 3.其他事项: too short a label for the similarity to tell).
   */
  private numberedAs(row: TemplateRow, piece: Piece): boolean {
    if (row.ordinal !== piece.ordinal) return false;
    const words = piece.plain ?? piece.words;
    if (row.numberedVariants?.includes(words)) return true;
    return row.core.length <= SHORT_CORE && words.startsWith(row.core) && words.length - row.core.length <= SHORT_REST;
  }

  /** Similarity of the words with each row (0 below the threshold), computed once per distinct label. */
  scores(words: string): Float64Array {
    let out = this.cache.get(words);
    if (out) return out;
    out = new Float64Array(this.rows.length);
    if (words && words.length <= MAX_LABEL) {
      const characters = new Set(words);
      this.rows.forEach((row, j) => {
        let best = 0;
        for (const core of [row.core, ...(row.variants ?? [])]) {
          if (!sharesCharacters(characters, core)) continue;
          best = Math.max(best, words === core ? 1 : similarity(words, core));
          // A caption or header run into the label without a break (crawled text): the label is its end. Short
          // labels (其他, 总计) end many headers, so only a label of four characters or more is taken from an end.
          if (core.length >= 4 && words.length > core.length && words.endsWith(core)) best = 1;
        }
        out[j] = best >= THRESHOLD ? best : 0;
      });
    }
    if (this.cache.size < 10_000) this.cache.set(words, out);
    return out;
  }
}

/** A cheap filter before the quadratic similarity: half the template label's characters must occur. */
function sharesCharacters(characters: ReadonlySet<string>, core: string): boolean {
  let hits = 0;
  for (const ch of core) if (characters.has(ch)) hits++;
  return hits * 2 >= core.length;
}

/**
 * For each template row, the index of the piece aligned with it (or -1). A piece with values and a matching
 * ordinal weighs more, so a header cell 总计 or a caption never takes a row from the labelled row of values.
 */
export function alignPieces(all: readonly Piece[], rows: readonly TemplateRow[], scorer: LabelScorer): number[] {
  // Only pieces that resemble some row take part: prose and numbers between them cost nothing.
  const candidates = all.flatMap((p, k) => (scorer.ofPiece(p).some((s) => s > 0) ? [k] : []));
  const pieces = candidates.map((k) => all[k]!);
  const n = pieces.length;
  const m = rows.length;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  // 0: from the diagonal (matched), 1: skip the piece, 2: skip the row.
  const move = new Uint8Array((n + 1) * width);
  for (let j = 1; j <= m; j++) move[j] = 2;
  for (let i = 1; i <= n; i++) {
    const piece = pieces[i - 1]!;
    const base = scorer.ofPiece(piece);
    move[i * width] = 1;
    for (let j = 1; j <= m; j++) {
      let best = score[(i - 1) * width + j]!;
      let how = 1;
      const left = score[i * width + j - 1]!;
      if (left > best) [best, how] = [left, 2];
      const s = base[j - 1]!;
      if (s > 0) {
        const row = rows[j - 1]!;
        let weight = s + (piece.values.length > 0 ? 0.5 : 0);
        if (row.ordinal && piece.ordinal) weight += piece.ordinal === row.ordinal ? 0.25 : -0.25;
        const diag = score[(i - 1) * width + j - 1]! + weight;
        if (diag > best) [best, how] = [diag, 0];
      }
      score[i * width + j] = best;
      move[i * width + j] = how;
    }
  }
  const matched = new Array<number>(m).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const how = move[i * width + j];
    if (how === 0) {
      matched[j - 1] = candidates[i - 1]!;
      i--;
      j--;
    } else if (how === 1) i--;
    else j--;
  }
  return matched;
}
