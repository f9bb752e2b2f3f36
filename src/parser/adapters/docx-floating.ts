/**
 * Floating text boxes (wp:anchor, VML position:absolute) put where Word prints their text, before mammoth reads the body.
 * mammoth reads a text box's text right after the paragraph that anchors it, whatever the box's position:
 * - a box anchored in a table cell (a 单位：件 note floating over table 三) was read as the cell's text: the cell held
 *   5040 and 单位：件, the row was unread and a +7 defect in it hidden (rtS 2). A floating box over a cell's own text
 *   is no cell content: its text is read before the table (innermost) whose cell anchors it, where a unit note
 *   stands; in a cell that holds nothing else it is the cell's value and stays (review14 F2);
 * - a box printed at the top of its anchor paragraph with the text flowing below it (a heading banner: wrapped top and
 *   bottom, positioned at or above the paragraph, or the line when nothing printed comes before it) was read after the
 *   paragraph: the fee statement under a 六、 banner was read as section 五's (rtS 1). Its text is read before the
 *   paragraph. A box placed anywhere else (beside, below, on the page) stays where mammoth reads it.
 * The box is taken out whole (its DrawingML and its VML fallback copy), so its text is read once.
 */

/**
 * What the body is walked by: a compatibility block (holding no other), a VML picture, a bare drawing (each whole),
 * table starts and ends, text box contents' starts and ends (of boxes not taken whole), paragraph starts and ends.
 */
const TOKEN = new RegExp(
  [
    String.raw`(<mc:AlternateContent\b[^>]*>(?:(?!<mc:AlternateContent\b|<\/mc:AlternateContent>)[\s\S])*<\/mc:AlternateContent>)`,
    String.raw`(<w:pict\b[^>]*>(?:(?!<w:pict\b|<\/w:pict>)[\s\S])*<\/w:pict>)`,
    String.raw`(<w:drawing\b[^>]*>(?:(?!<w:drawing\b|<\/w:drawing>)[\s\S])*<\/w:drawing>)`,
    String.raw`(<w:tbl>|<w:tbl\s[^>]*>)`,
    String.raw`(<\/w:tbl>)`,
    String.raw`(<w:tc>|<w:tc\s[^>]*>)`,
    String.raw`(<\/w:tc>)`,
    String.raw`(<w:txbxContent\b[^>]*>)`,
    String.raw`(<\/w:txbxContent>)`,
    String.raw`(<w:p>|<w:p\s[^>]*>)`,
    String.raw`(<\/w:p>)`,
  ].join('|'),
  'g',
);

const TEXT_BOX_CONTENT = /<w:txbxContent\b[^>]*>([\s\S]*?)<\/w:txbxContent>/g;
const HOLDS_TEXT = /<w:t(?:\s[^>]*)?>[^<]*\S[^<]*<\/w:t>/;
const CHOICE = /<mc:Choice\b[^>]*>[\s\S]*?<\/mc:Choice>/;
const FALLBACK = /<mc:Fallback\b[^>]*>[\s\S]*?<\/mc:Fallback>/;

/** The body with each floating text box whose place is known moved there (see above). */
export function withFloatingBoxesPlaced(xml: string): string {
  if (!xml.includes('<w:txbxContent')) return xml;
  const edits: { at: number; end: number; text: string; order: number }[] = [];
  const tables: number[] = [];
  const cells: number[] = [];
  const paragraphs: number[] = [];
  let boxes = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const at = m.index;
    const [
      token,
      block,
      pict,
      drawing,
      tableStart,
      tableEnd,
      cellStart,
      cellEnd,
      boxStart,
      boxEnd,
      paragraphStart,
      paragraphEnd,
    ] = m;
    if (boxStart !== undefined) boxes += 1;
    else if (boxEnd !== undefined) boxes = Math.max(0, boxes - 1);
    else if (boxes > 0) continue;
    else if (tableStart !== undefined) tables.push(at);
    else if (tableEnd !== undefined) tables.pop();
    else if (cellStart !== undefined) cells.push(at);
    else if (cellEnd !== undefined) cells.pop();
    else if (paragraphStart !== undefined) {
      if (!paragraphStart.endsWith('/>')) paragraphs.push(at);
    } else if (paragraphEnd !== undefined) paragraphs.pop();
    else {
      const whole = (block ?? pict ?? drawing)!;
      const content = boxText(whole);
      if (content === undefined) continue;
      const place = placement(whole);
      if (place === undefined) continue;
      let to: number | undefined;
      // A box in a cell that holds nothing else is the cell's value, which Word prints in it (review14 F2).
      if (tables.length > 0)
        to = cells.length > 0 && !cellHoldsOther(xml, cells.at(-1)!, at, token.length) ? undefined : tables.at(-1);
      else if (paragraphs.length > 0 && place !== 'elsewhere') {
        const start = paragraphs[0]!;
        if (place === 'paragraphTop' || !HOLDS_TEXT.test(xml.slice(start, at))) to = start;
      }
      if (to === undefined) continue;
      edits.push({ at: to, end: to, text: content, order: edits.length });
      edits.push({ at, end: at + token.length, text: '', order: edits.length });
    }
  }
  if (edits.length === 0) return xml;
  edits.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += xml.slice(last, edit.at) + edit.text;
    last = edit.end;
  }
  return out + xml.slice(last);
}

/** Whether the cell starting at `cell` holds text besides the box at `at` (a note floating over a filled cell). */
function cellHoldsOther(xml: string, cell: number, at: number, length: number): boolean {
  const end = xml.indexOf('</w:tc>', at + length);
  return HOLDS_TEXT.test(xml.slice(cell, at)) || HOLDS_TEXT.test(xml.slice(at + length, end < 0 ? xml.length : end));
}

/**
 * The block-level content (paragraphs, tables) of a block's text boxes, when one prints text: the DrawingML's, or
 * its fallback copy's when the DrawingML holds none.
 */
function boxText(block: string): string | undefined {
  if (!block.includes('<w:txbxContent')) return undefined;
  const choice = CHOICE.exec(block)?.[0];
  const fallback = FALLBACK.exec(block)?.[0];
  const contents = (part: string): string[] => [...part.matchAll(TEXT_BOX_CONTENT)].map((c) => c[1]!);
  const primary = contents(choice ?? (fallback === undefined ? block : block.replace(fallback, '')));
  const chosen = primary.some((c) => HOLDS_TEXT.test(c)) ? primary : fallback ? contents(fallback) : [];
  return chosen.some((c) => HOLDS_TEXT.test(c)) ? chosen.join('') : undefined;
}

/**
 * Where a block's text box is printed: undefined when it is not floating (placed in the line: it flows with the
 * text); 'paragraphTop' at the top of its anchor paragraph, the text below it; 'lineTop' at the top of its anchor's
 * line, text below it; 'elsewhere' for any other floating box.
 */
function placement(block: string): 'paragraphTop' | 'lineTop' | 'elsewhere' | undefined {
  const choice = CHOICE.exec(block)?.[0] ?? (block.startsWith('<w:drawing') ? block : undefined);
  if (choice?.includes('<wp:anchor')) {
    if (!choice.includes('<wp:wrapTopAndBottom')) return 'elsewhere';
    const v =
      /<wp:positionV\s+relativeFrom="(\w+)"\s*>\s*(?:<wp:posOffset>\s*(-?\d+)\s*<\/wp:posOffset>|<wp:align>\s*(\w+)\s*<\/wp:align>)/.exec(
        choice,
      );
    if (!v) return 'elsewhere';
    const [, from, offset, align] = v;
    const top = offset !== undefined ? Number(offset) <= 0 : align === 'top';
    if (!top) return 'elsewhere';
    return from === 'paragraph' ? 'paragraphTop' : from === 'line' ? 'lineTop' : 'elsewhere';
  }
  if (choice?.includes('<wp:inline')) return undefined;
  // Older Word's VML shape (the block's fallback, or a w:pict standing alone).
  const vml = FALLBACK.exec(block)?.[0] ?? block;
  const style = /<v:(?:shape|rect|roundrect)\b[^>]*?\sstyle="([^"]*)"/.exec(vml)?.[1] ?? '';
  if (!/position:\s*absolute/.test(style)) return undefined;
  if (!/<w10:wrap\s+type="topAndBottom"/.test(vml)) return 'elsewhere';
  const property = (name: string): string | undefined => new RegExp(`(?:^|;)\\s*${name}:\\s*([^;]*)`).exec(style)?.[1]?.trim();
  const relative = property('mso-position-vertical-relative') ?? 'text';
  const vertical = property('mso-position-vertical') ?? 'absolute';
  const marginTop = property('margin-top') ?? property('top') ?? '0';
  const top = vertical === 'top' || (vertical === 'absolute' && parseFloat(marginTop) <= 0);
  if (!top) return 'elsewhere';
  return relative === 'text' ? 'paragraphTop' : relative === 'line' ? 'lineTop' : 'elsewhere';
}
