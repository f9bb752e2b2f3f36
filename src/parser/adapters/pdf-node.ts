/**
 * Node only (loaded by pdf.ts when it runs in Node): where the character maps pdfjs ships are installed.
 * Text in a font that is not embedded and is encoded with a predefined CMap (STSong-Light with UniGB-UCS2-H,
 * as some PDF libraries write) cannot be read without them. Resolved from the installed pdfjs-dist.
 */
export function cMapOptions(): { cMapUrl?: string; cMapPacked?: boolean } {
  if (typeof import.meta.resolve !== 'function') return {};
  let path = decodeURIComponent(new URL('cmaps/', import.meta.resolve('pdfjs-dist/package.json')).pathname);
  // file:///C:/… on Windows.
  if (/^\/[A-Za-z]:/.test(path)) path = path.slice(1);
  return { cMapUrl: path, cMapPacked: true };
}
