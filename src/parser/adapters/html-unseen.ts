/**
 * Text a page holds but a reader never sees, though no style says it is hidden: anti-copy characters slipped into
 * a number in white on the white page (`3<span style="color:#fff">8</span>`), or moved off the screen
 * (`position:absolute;left:-9999px`). Red team rtB: the hidden 8 glued to the 3 gave confident wrong totals.
 *
 * White text counts as unseen only where it cannot be a banner's: a short inline run slipped into a number, with no
 * background on it or anything around it. A heading in white on a coloured bar (its colour from a picture, or from
 * a stylesheet the page links to) stays read.
 */
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

const INLINE = new Set(['span', 'font', 'i', 'em', 'b', 'strong', 'u', 'small', 'big', 'sub', 'sup', 'ins', 'mark', 'a']);
const WHITE =
  /^(?:#fff(?:f{3})?|white|transparent|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0*)?\s*)?\)|rgba\([^)]*,\s*0(?:\.0*)?\s*\))$/i;
/** The longest run taken for slipped-in characters rather than words the page means to show. */
const MAX_UNSEEN_CHARS = 8;
/**
 * Placed far off the screen: position absolute or fixed with a side at -1000 px or beyond, or a text indent as far
 * (a hanging indent, `padding-left:120px;text-indent:-120px`, shows its text).
 */
const OFF_SCREEN_SIDE = /(?:^|;)\s*(?:left|top|right)\s*:\s*-\d{4,}(?:\.\d+)?px/i;
const OFF_SCREEN_INDENT = /(?:^|;)\s*text-indent\s*:\s*-\d{4,}(?:\.\d+)?px/i;
const POSITIONED = /(?:^|;)\s*position\s*:\s*(?:absolute|fixed)/i;

const unseen = new WeakSet<Element>();

/** Whether the page holds this element's text where no reader sees it (markUnseenText found it). */
export function isUnseen(el: Element): boolean {
  return unseen.has(el);
}

/** Finds the page's unseen text (after applyStylesheets has written the sheets' styles into the elements). */
export function markUnseenText(root: Root): void {
  const visit = (nodes: readonly RootContent[], background: boolean): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const style = styleOf(node);
      if (isOffScreen(style)) unseen.add(node);
      const backed = background || hasBackground(node, style);
      if (!backed && INLINE.has(node.tagName) && isWhite(style) && slippedIn(node, nodes)) unseen.add(node);
      visit(node.children, backed);
    }
  };
  visit(root.children, false);
}

/** An element's inline style (after applyStylesheets, what the page's sheets say of showing it too). */
export function styleOf(el: Element): string {
  return typeof el.properties['style'] === 'string' ? el.properties['style'] : '';
}

function isOffScreen(style: string): boolean {
  return (POSITIONED.test(style) && OFF_SCREEN_SIDE.test(style)) || OFF_SCREEN_INDENT.test(style);
}

function valueOf(style: string, property: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]*)`, 'i').exec(style);
  return match?.[1]?.replace(/!\s*important\s*$/i, '').trim();
}

function isWhite(style: string): boolean {
  const color = valueOf(style, 'color');
  return color !== undefined && WHITE.test(color);
}

/** A background of any colour but white (or a picture) on the element: white text on it shows. */
function hasBackground(el: Element, style: string): boolean {
  if (String(el.properties['bgColor'] ?? '').trim() !== '' || el.properties['background'] !== undefined) return true;
  return ['background', 'background-color', 'background-image'].some((property) => {
    const value = valueOf(style, property);
    return value !== undefined && value !== '' && !/^(?:none|initial|inherit|unset)$/i.test(value) && !WHITE.test(value);
  });
}

/**
 * A few characters slipped into a number: digits, or characters with a digit just before or after them. Only there
 * does white text count as unseen: white words elsewhere may stand on a bar whose colour comes from a stylesheet
 * the page links to (never fetched) or one too large to apply, and a banner's heading must stay read.
 */
function slippedIn(el: Element, siblings: readonly RootContent[]): boolean {
  const own = toString(el).trim();
  if (own === '' || own.length > MAX_UNSEEN_CHARS) return false;
  if (/^\d+$/.test(own)) return true;
  const at = siblings.indexOf(el);
  const before = at > 0 ? toString(siblings[at - 1] as RootContent) : '';
  const after = at >= 0 && at + 1 < siblings.length ? toString(siblings[at + 1] as RootContent) : '';
  return /\d\s*$/.test(before) || /^\s*\d/.test(after);
}
