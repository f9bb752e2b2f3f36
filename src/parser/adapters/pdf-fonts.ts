/**
 * pdfjs options that keep a page's drawing (its operator list, read for the table borders in pdf-rules.ts)
 * from costing a rendering's font work. Reading text and borders never draws a glyph, yet:
 * - with `disableFontFace: true` pdfjs compiles the outline of every glyph a page shows into a path and
 *   posts it to the main thread, as it would to paint text without the browser's font loading: the larger
 *   half of the operator list's time (hongze-2024.pdf 405 → 191 ms for its operator lists);
 * - with `disableFontFace: false` it posts each embedded font instead, and the main thread installs it in
 *   the document (`ownerDocument`): a base64 `@font-face` rule of the whole font, tens of milliseconds for a
 *   large CJK font, and in a browser a font added to the page.
 * So pdfjs is told fonts are loaded by the document, is given a document of its own that takes no font, and
 * its font loader, when reachable, does nothing. The text, its positions and the operator list are the same
 * either way: pdfjs reads fonts for text the same whatever the option.
 */

/** A document with no `fonts` and a style sheet that keeps nothing: a font rule goes nowhere. */
const NO_DOCUMENT = {
  createElement: () => ({ sheet: { insertRule: () => 0, cssRules: [] }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/** getDocument options: fonts are left to a document (no glyph outlines compiled), the document is none. */
export const TEXT_ONLY_FONTS: Readonly<Record<string, unknown>> = { disableFontFace: false, ownerDocument: NO_DOCUMENT };

interface FontLoaderLike {
  bind?: unknown;
}

/**
 * The main thread's font loader of an open document made to take fonts without installing them (not even
 * the base64 rule NO_DOCUMENT would drop). pdfjs keeps it on a private field: when it is not there (another
 * pdfjs), fonts go to NO_DOCUMENT as above, which costs time but reads the same.
 */
export function skipFontLoading(doc: unknown): void {
  const loader = (doc as { _transport?: { fontLoader?: FontLoaderLike } } | null)?._transport?.fontLoader;
  if (!loader || typeof loader.bind !== 'function') return;
  loader.bind = (font: { attached?: boolean }): Promise<void> => {
    font.attached = true;
    return Promise.resolve();
  };
}
