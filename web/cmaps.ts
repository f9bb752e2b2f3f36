/**
 * pdfjs's character maps for Chinese (GB and CNS), embedded in the page by web/build.mjs. A PDF whose
 * Chinese font is not embedded (STSong-Light with UniGB-UCS2-H, as some PDF libraries write) cannot be read
 * without them; the CLI reads them from pdfjs-dist/cmaps, the page (no file system, no network) from here.
 */
import cmaps from 'virtual:cmaps';
import { setPdfHostOptions } from '../src/parser/adapters/pdf-document.js';

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Stands in for pdfjs's DOMCMapReaderFactory (same `fetch({ name })` contract), reading embedded copies. */
class EmbeddedCMaps {
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    const data = cmaps[name];
    if (!data) throw new Error(`CMap ${name} is not in the page`);
    return { cMapData: bytesOf(data), isCompressed: true };
  }
}

export function useEmbeddedCMaps(): void {
  setPdfHostOptions({ CMapReaderFactory: EmbeddedCMaps });
}
