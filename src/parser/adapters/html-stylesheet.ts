/**
 * A page's own stylesheets (its <style> elements), written into the style of the elements they apply to, so that
 * the reader sees what a browser shows. CMSs hide anti-copy characters inside numbers with a class
 * (`1<span class="hid">7</span>0` and `.hid{display:none}`: a browser shows 10, the text says 170), and pages that
 * carry a mobile and a desktop copy of the report hide one by a class (red team rtB: false total and
 * "section repeated" errors from both).
 *
 * Only the properties the reader asks about (whether text shows, is struck out, has a background) are taken from a
 * sheet, and only from rules whose selector can match something on the page; the cascade is kept (specificity,
 * order, !important, the inline style over the sheet). A sheet is read for a desktop screen: an @media block
 * applies when its query holds at 1280 px wide; print-only and other at-rules are left out. Stylesheets the page
 * links to are not fetched (the page is read offline).
 */
import type { Element, Root, RootContent } from 'hast';
import type { AtRule, ChildNode, Rule } from 'postcss';
import safeParse from 'postcss-safe-parser';
import { selectAll } from 'hast-util-select';

const COLOURS = {
  properties: ['color', 'background', 'background-color', 'background-image'],
  hides: /^(?:#fff(?:fff)?|white|transparent)$/i,
};

/** A sheet that may hide text somewhere (found before it is parsed: most sheets hide nothing). */
const MAY_HIDE =
  /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*(?:0|1(?:px|pt))|color\s*:\s*(?:#fff|white|transparent)|:\s*-\d{4,}|line-through/i;

/**
 * The properties the reader asks about, in groups that decide one thing together, each with the values that hide
 * text (or strike it out). A sheet's other declarations are left out, and so is a group no rule of the page uses
 * to hide: a framework's sheet sets `display` on thousands of selectors, and each would be another walk of the
 * page, for nothing when no rule hides anything.
 */
const GROUPS: ReadonlyArray<{ properties: readonly string[]; hides: RegExp }> = [
  { properties: ['display'], hides: /^none$/i },
  { properties: ['visibility'], hides: /^hidden$/i },
  { properties: ['font-size'], hides: /^(?:0*(?:\.\d*)?|1(?:\.0*)?)(?:px|pt|em|rem|%)?$/i },
  COLOURS,
  { properties: ['position', 'left', 'top', 'right', 'text-indent'], hides: /^-\d{4,}/ },
  { properties: ['text-decoration', 'text-decoration-line'], hides: /line-through/i },
];

/** The screen a page is read on: a desktop's (the copy a page shows on phones is hidden there). */
const SCREEN_WIDTH = 1280;

/** Bounds on a page's sheets: past them a sheet is not applied (its text stays as written). */
const MAX_SHEET_CHARS = 400_000;
/** Rules times elements: each rule is matched against every element of the page once. */
const MAX_MATCHING = 4_000_000;

interface Declaration {
  property: string;
  value: string;
  important: boolean;
}

interface SheetRule {
  selector: string;
  specificity: number;
  order: number;
  declarations: Declaration[];
}

/** Writes what the page's <style> sheets say about showing text into the style of each element they match. */
export function applyStylesheets(root: Root): void {
  const css = sheetText(root);
  if (css === '' || css.length > MAX_SHEET_CHARS) return;
  const names = namesOnPage(root);
  if (!MAY_HIDE.test(css) && !names.whiteText) return;
  const all = sheetRules(css).filter((rule) => canMatch(rule.selector, names));
  // White text an inline style writes may stand on a background a sheet gives (html-unseen.ts).
  const hides = (g: (typeof GROUPS)[number]): boolean =>
    all.some((rule) => hidesBy(rule, g)) || (g === COLOURS && names.whiteText);
  const hiding = new Set(GROUPS.filter(hides).flatMap((g) => g.properties));
  const rules = all
    .map((rule) => ({ ...rule, declarations: rule.declarations.filter((d) => hiding.has(d.property)) }))
    .filter((rule) => rule.declarations.length > 0);
  // Each rule is a walk of the page: past this much work the sheets are not applied (the text stays as written).
  if (rules.length === 0 || rules.length * names.elements > MAX_MATCHING) return;
  const matched = new Map<Element, SheetRule[]>();
  for (const rule of rules) {
    let elements: Element[];
    try {
      // :where matches as :is does (only its specificity differs, counted apart); hast-util-select knows :is only.
      elements = selectAll(rule.selector.replace(/:where\(/gi, ':is('), root);
    } catch {
      continue; // a selector hast-util-select does not know: its rule is left out
    }
    for (const el of elements) {
      const list = matched.get(el);
      if (list) list.push(rule);
      else matched.set(el, [rule]);
    }
  }
  for (const [el, applied] of matched) el.properties['style'] = cascade(applied, inlineStyle(el));
}

function hidesBy(rule: SheetRule, group: (typeof GROUPS)[number]): boolean {
  return rule.declarations.some((d) => group.properties.includes(d.property) && group.hides.test(d.value.trim()));
}

/** The text of the page's <style> elements for a screen, in order (not those inside <noscript> or <template>). */
function sheetText(root: Root): string {
  const parts: string[] = [];
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element' || node.tagName === 'noscript' || node.tagName === 'template') continue;
      if (node.tagName === 'style') {
        const media = String(node.properties['media'] ?? '');
        if (media === '' || mediaHolds(media)) {
          for (const child of node.children) if (child.type === 'text') parts.push(child.value);
        }
      } else visit(node.children);
    }
  };
  visit(root.children);
  return parts.join('\n');
}

/** The rules of a sheet that set a property the reader asks about, one per selector of a list. */
function sheetRules(css: string): SheetRule[] {
  // Read as a browser reads a broken sheet (an unclosed block, a stray brace): what is whole applies.
  const nodes = safeParse(css).nodes;
  const rules: SheetRule[] = [];
  const take = (list: readonly ChildNode[]): void => {
    for (const node of list) {
      if (node.type === 'atrule') {
        if (appliesOnScreen(node)) take(node.nodes ?? []);
      } else if (node.type === 'rule') addRule(node, rules);
    }
  };
  take(nodes);
  return rules;
}

function addRule(rule: Rule, into: SheetRule[]): void {
  const declarations: Declaration[] = [];
  for (const node of rule.nodes) {
    if (node.type !== 'decl') continue;
    const property = node.prop.toLowerCase();
    if (GROUPS.some((g) => g.properties.includes(property)))
      declarations.push({ property, value: node.value, important: node.important === true });
  }
  if (declarations.length === 0) return;
  for (const selector of rule.selectors) {
    // A state (:hover), generated text (::before) or a vendor's selector shows nothing of the page's own text;
    // :has( … ) looks at a whole subtree for every element tried, and is left out to keep the work bounded.
    if (/::?(?:hover|focus|active|visited|before|after|selection|placeholder|has\(|-[a-z])/i.test(selector)) continue;
    into.push({ selector, specificity: specificity(selector), order: into.length, declarations });
  }
}

function appliesOnScreen(rule: AtRule): boolean {
  const name = rule.name.toLowerCase();
  // @supports: a desktop browser of today supports what a page asks of it.
  return (name === 'media' && mediaHolds(rule.params)) || name === 'layer' || name === 'supports';
}

/**
 * Whether a media query list holds on a desktop screen: `screen`, `all` and width conditions are judged at
 * SCREEN_WIDTH; a query naming anything else (print, orientation, resolution) does not hold.
 */
export function mediaHolds(list: string): boolean {
  return list.split(',').some((query) => {
    const words = query.trim().toLowerCase();
    const negated = words.startsWith('not ');
    const holds = words
      .replace(/^(?:not|only)\s+/, '')
      .split(/\s+and\s+/)
      .every((part) => {
        const p = part.trim();
        if (p === '' || p === 'screen' || p === 'all') return true;
        const bound = widthBound(p);
        if (!bound) return false;
        return bound.min ? SCREEN_WIDTH >= bound.size : SCREEN_WIDTH <= bound.size;
      });
    return negated ? !holds : holds;
  });
}

/** A width condition as a lower or upper bound: `(min-width: 768px)`, `(max-device-width: 40em)`, `(width >= 768px)`. */
function widthBound(condition: string): { min: boolean; size: number } | undefined {
  const px = (n: string, unit: string | undefined): number => Number(n) * (unit === 'em' || unit === 'rem' ? 16 : 1);
  const named = /^\(\s*(min|max)-(?:device-)?width\s*:\s*([\d.]+)(px|em|rem)?\s*\)$/.exec(condition);
  if (named) return { min: named[1] === 'min', size: px(named[2] as string, named[3]) };
  const range = /^\(\s*width\s*(>=?|<=?)\s*([\d.]+)(px|em|rem)?\s*\)$/.exec(condition);
  if (range) return { min: (range[1] as string).startsWith('>'), size: px(range[2] as string, range[3]) };
  return undefined;
}

/**
 * A selector's specificity as one number (ids, then classes, attributes and pseudo-classes, then element names),
 * counted from its text: enough to order the rules a page's sheets apply to one element.
 */
function specificity(selector: string): number {
  // :where( … ) counts nothing.
  const plain = selector.replace(/"[^"]*"|'[^']*'/g, '').replace(/:where\([^)]*\)/gi, '');
  const ids = (plain.match(/#[\w-]+/g) ?? []).length;
  const classes = (plain.match(/\.[\w-]+|\[[^\]]*\]|(?<!:):(?!not\b|is\b|where\b)[\w-]+/g) ?? []).length;
  const names = (plain.match(/(?:^|[\s>+~(])[a-z][\w-]*/gi) ?? []).length;
  return ids * 10_000 + classes * 100 + names;
}

interface PageNames {
  tags: Set<string>;
  classes: Set<string>;
  ids: Set<string>;
  /** Some inline style writes text in white (or transparent). */
  whiteText: boolean;
  elements: number;
}

function namesOnPage(root: Root): PageNames {
  const names: PageNames = { tags: new Set(), classes: new Set(), ids: new Set(), whiteText: false, elements: 0 };
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      names.elements++;
      names.tags.add(node.tagName);
      const classes = node.properties['className'];
      if (Array.isArray(classes)) for (const c of classes) names.classes.add(String(c));
      if (node.properties['id'] !== undefined) names.ids.add(String(node.properties['id']));
      if (!names.whiteText)
        names.whiteText = /(?:^|;)\s*color\s*:\s*(?:#fff|white|transparent)/i.test(String(node.properties['style'] ?? ''));
      visit(node.children);
    }
  };
  visit(root.children);
  return names;
}

/**
 * Whether a selector's last part names only classes, ids and an element the page has: a framework's sheet has
 * thousands of rules for elements the page does not hold, and each would be another walk of the page.
 */
function canMatch(selector: string, names: PageNames): boolean {
  // What :not(.x) or [title="a b"] holds is no name the element must have.
  const plain = selector.replace(/\([^)]*\)|\[[^\]]*\]/g, '');
  const last =
    plain
      .split(/[\s>+~]+/)
      .filter(Boolean)
      .pop() ?? '';
  const tag = /^[a-z][\w-]*/i.exec(last)?.[0].toLowerCase();
  if (tag !== undefined && !names.tags.has(tag)) return false;
  const named = (pattern: RegExp, set: Set<string>): boolean => [...last.matchAll(pattern)].every((m) => set.has(m[1] as string));
  return named(/\.([\w-]+)/g, names.classes) && named(/#([\w-]+)/g, names.ids);
}

function inlineStyle(el: Element): Declaration[] {
  const style = el.properties['style'];
  if (typeof style !== 'string') return [];
  const declarations: Declaration[] = [];
  for (const part of style.split(/;(?![^(]*\))/)) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const value = part.slice(colon + 1).trim();
    const important = /!\s*important\s*$/i.test(value);
    declarations.push({
      property: part.slice(0, colon).trim().toLowerCase(),
      value: important ? value.replace(/!\s*important\s*$/i, '').trim() : value,
      important,
    });
  }
  return declarations;
}

/**
 * One element's style after the cascade: the sheets' rules by specificity and order, the inline style over them,
 * an !important declaration over both. One declaration per property, so a reader that looks for `display:none`
 * does not find one a later declaration overrides.
 */
function cascade(rules: SheetRule[], inline: Declaration[]): string {
  const rank = (important: boolean, fromSheet: boolean): number => (important ? 2 : 0) + (fromSheet ? 0 : 1);
  const ordered = [...rules].sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  const layers = [
    ...ordered.flatMap((rule) => rule.declarations.map((d) => ({ d, rank: rank(d.important, true) }))),
    ...inline.map((d) => ({ d, rank: rank(d.important, false) })),
  ];
  const winners = new Map<string, { d: Declaration; rank: number }>();
  for (const layer of layers) {
    const held = winners.get(layer.d.property);
    if (!held || layer.rank >= held.rank) {
      winners.delete(layer.d.property); // keeps the order a reader sees the declarations in
      winners.set(layer.d.property, layer);
    }
  }
  return [...winners.values()].map(({ d }) => `${d.property}:${d.value}${d.important ? ' !important' : ''}`).join(';');
}
