/**
 * Where the text holds U+FFFD: characters lost to bytes the decoder could not read (a damaged copy), or that a
 * reader upstream could not map. What stood there is unknown, so nothing that may have stood there is called absent
 * (docs/architecture.md, "Reading certainty"). One run of U+FFFD is one place.
 */

export const REPLACEMENT = '\ufffd';

/**
 * Places the model lists (`reading.undecodable.places`): decode accepts damage in up to one in twenty multibyte
 * characters, thousands in a long report; past this many the report is taken as damaged from there on.
 */
export const MAX_DAMAGE_PLACES = 1000;

export class Damage {
  /** [start, end) source offsets of each run of U+FFFD, in order. */
  readonly runs: ReadonlyArray<readonly [number, number]>;

  constructor(text: string) {
    const runs: Array<[number, number]> = [];
    for (let at = text.indexOf(REPLACEMENT); at >= 0;) {
      let end = at + 1;
      while (text.charCodeAt(end) === 0xfffd) end++;
      runs.push([at, end]);
      at = text.indexOf(REPLACEMENT, end);
    }
    this.runs = runs;
  }

  get none(): boolean {
    return this.runs.length === 0;
  }

  /** The first run that overlaps [from, to) (offsets in either order), or undefined. */
  firstBetween(from: number, to: number): readonly [number, number] | undefined {
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    // Runs are sorted: the first whose end passes lo, if it starts before hi.
    let a = 0;
    let b = this.runs.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.runs[mid]![1] <= lo) a = mid + 1;
      else b = mid;
    }
    const run = this.runs[a];
    return run && run[0] < hi ? run : undefined;
  }

  between(from: number, to: number): boolean {
    return this.firstBetween(from, to) !== undefined;
  }
}
