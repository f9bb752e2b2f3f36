/**
 * A report folded behind a 展开全文 button (red team rtY §7): the page shows its top, and the rest stands in the saved
 * file in an element hidden by its style (`display:none` inline, or a class the page's own sheet hides) until a click
 * shows it. The page holds the whole report, so the whole report is read: left unread, every later section was called
 * missing although its heading and text are in the file.
 *
 * Only a hidden element that continues the report is read: one holding the report's later section headings, in order
 * after the ones shown, or one standing beside an expand button. A hidden copy of the report (an old version, a print
 * or phone copy) repeats a section the page shows and stays unread, as does any other hidden element; two such
 * elements holding the same later heading (the rest and an old copy of the rest) leave both unread (review19 #2).
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Item } from '../mdast-read.js';
import { chooseHeadings } from '../section-structure.js';
import { EXPAND_BUTTON } from '../data/report-signals.js';

interface FoldLine {
  text: string;
  owner: Element | undefined;
  from: number;
}

export interface FoldInput {
  /** The lines of what the page shows. */
  shown: readonly FoldLine[];
  /** The lines of what it holds, text hidden by a style read. */
  all: readonly FoldLine[];
  /** Where each element's text stands among `all`'s. */
  byElement: ReadonlyMap<Element, { from: number; to: number }>;
  parent: ReadonlyMap<Element, Element>;
  /** The report's element, and its section headings' elements in order (found among `all`), if any. */
  container: Element;
  owners: readonly Element[];
  /** Whether an element's style hides it (what a click can show). */
  isHidden: (el: Element) => boolean;
}

export interface Fold {
  /** The hidden elements that continue the report: read as shown. */
  shown: Set<Element>;
  /** The buttons beside them: no text of the report once it is unfolded. */
  buttons: Set<Element>;
  /** Whether the report's later headings stand in them (the report is then the one found among all it holds). */
  byHeadings: boolean;
}

/** The hidden parts of the page that continue its report, and their expand buttons; none when there is none. */
export function foldedReport(input: FoldInput): Fold | undefined {
  const { container, parent, isHidden } = input;
  for (let e: Element | undefined = container; e; e = parent.get(e)) if (isHidden(e)) return undefined;
  const shownKeys = headingKeys(input.shown);
  // The section keys of the headings an element holds, found once per element (a fold is asked again below).
  const known = new Map<Element, Set<string>>();
  const keysOf = (el: Element): Set<string> => {
    let keys = known.get(el);
    if (!keys) {
      const span = input.byElement.get(el);
      // The lines stand in order: an element's are found by halving, so a page hiding thousands of blocks one by one
      // costs each block its own lines only.
      keys = headingKeys(span ? input.all.slice(firstAt(input.all, span.from), firstAt(input.all, span.to)) : []);
      known.set(el, keys);
    }
    return keys;
  };
  const continues = (el: Element): boolean => ![...keysOf(el)].some((k) => shownKeys.has(k));
  const shown = new Set<Element>();
  const unfold = (fold: Element): void => {
    for (const el of foldRun(fold, parent, isHidden, continues)) shown.add(el);
  };
  const byHeadings = headingFolds(input).filter(continues);
  const first = input.owners[0]?.position?.start.offset ?? container.position?.start.offset ?? 0;
  const beside = besideButtons(container, isHidden).filter(([fold]) => after(fold, first) && continues(fold));
  // Two hidden parts holding the same later heading are two copies of the report's rest (the rest and its old
  // version, a print or phone copy): which one a click shows cannot be told, so neither is read (review19 #2).
  const candidates = [...new Set([...byHeadings, ...beside.map(([fold]) => fold)])];
  const seenKeys = new Set<string>();
  for (const fold of candidates)
    for (const key of keysOf(fold)) {
      if (seenKeys.has(key)) return undefined;
      seenKeys.add(key);
    }
  byHeadings.forEach(unfold);
  const buttons = new Set<Element>();
  for (const [fold, button] of beside) {
    unfold(fold);
    buttons.add(button);
  }
  // The report's later headings were folded away: an expand button anywhere after its first (展开全文 under the
  // article, not beside the fold) is no text of the unfolded report either.
  if (byHeadings.length > 0)
    for (const button of expandButtons(container, isHidden)) if (after(button, first)) buttons.add(button);
  return shown.size > 0 ? { shown, buttons, byHeadings: byHeadings.length > 0 } : undefined;
}

function after(el: Element, offset: number): boolean {
  return (el.position?.start.offset ?? -1) > offset;
}

/** The shown elements holding nothing but an expand button's words (the outermost such). */
function expandButtons(el: Element, isHidden: (el: Element) => boolean): Element[] {
  return el.children.flatMap((c) => {
    if (c.type !== 'element' || isHidden(c)) return [];
    return EXPAND_BUTTON.test(toString(c)) ? [c] : expandButtons(c, isHidden);
  });
}

/**
 * A fold of one block and the hidden elements standing next to it, up to the first text shown (an expand button and
 * blanks aside): a page may hide each block after the cut, its paragraphs and tables, rather than one element holding
 * them, and one click shows them all. A hidden copy of the report among them ends the run.
 */
const BLOCK = /^(?:p|div|table|h[1-6]|ul|ol|dl|section|article|blockquote|center|pre)$/;

function foldRun(
  fold: Element,
  parent: ReadonlyMap<Element, Element>,
  isHidden: (el: Element) => boolean,
  continues: (el: Element) => boolean,
): Element[] {
  // One element holding the rest (two blocks or more) is the whole fold: a hidden paragraph beside it is the editor's.
  if (fold.children.filter((c) => c.type === 'element' && BLOCK.test(c.tagName)).length > 1) return [fold];
  const siblings = parent.get(fold)?.children ?? [fold];
  const at = siblings.indexOf(fold);
  const run = [fold];
  const extend = (step: -1 | 1): void => {
    for (let i = at + step; i >= 0 && i < siblings.length; i += step) {
      const node = siblings[i]!;
      if (node.type === 'text' && node.value.trim() !== '') return;
      if (node.type !== 'element') continue;
      if (isHidden(node)) {
        if (!continues(node)) return;
        run.push(node);
      } else if (toString(node).trim() !== '' && !EXPAND_BUTTON.test(toString(node))) return;
    }
  };
  extend(-1);
  extend(1);
  return run;
}

/**
 * The hidden elements holding the report's last headings, when the first ones are shown and every one after the
 * first hidden one is hidden too (a fold cuts the report once). A heading hidden twice over (a hidden paragraph in
 * the fold) is not what a click shows: no fold then.
 */
function headingFolds({ owners, container, parent, isHidden }: FoldInput): Element[] {
  const folds: Array<Element | undefined> = [];
  for (const owner of owners) {
    const hidden: Element[] = [];
    for (let e: Element | undefined = owner; e && e !== container; e = parent.get(e)) if (isHidden(e)) hidden.push(e);
    if (hidden.length > 1) return [];
    folds.push(hidden[0]);
  }
  const at = folds.findIndex((f) => f !== undefined);
  if (at <= 0 || folds.slice(at).some((f) => f === undefined)) return [];
  return [...new Set(folds.slice(at) as Element[])];
}

/**
 * Hidden elements in the report's element beside a button that unfolds them (before or after), holding a sentence or
 * a table: a hidden list of links beside a 查看更多 is a site's list, no rest of a report.
 */
function besideButtons(container: Element, isHidden: (el: Element) => boolean): Array<[Element, Element]> {
  const pairs: Array<[Element, Element]> = [];
  const look = (siblings: readonly ElementContent[]): void => {
    const elements = siblings.filter((c): c is Element => c.type === 'element');
    elements.forEach((el, i) => {
      if (!isHidden(el)) return look(el.children);
      const button = [elements[i + 1], elements[i - 1]].find((b) => b && !isHidden(b) && EXPAND_BUTTON.test(toString(b)));
      if (button && (/[。；]/.test(toString(el)) || holdsTable(el))) pairs.push([el, button]);
    });
  };
  look(container.children);
  return pairs;
}

function holdsTable(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (c.tagName === 'table' || holdsTable(c)));
}

/** The index of the first line starting at `offset` or later (lines in order of their start). */
function firstAt(lines: readonly FoldLine[], offset: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (lines[mid]!.from < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The section keys of the headings a run of lines holds (the report builder's finder). */
function headingKeys(lines: readonly FoldLine[]): Set<string> {
  const items: Item[] = lines.map((l) => ({
    kind: 'line',
    run: { text: l.text, segments: [] },
    heading: /^h[1-6]$/.test(l.owner?.tagName ?? ''),
    strong: false,
  }));
  return new Set(chooseHeadings(items).chosen.map((c) => c.key));
}
