/**
 * Inflating with a ceiling, for the budget checks of the .docx and PDF readers: the output is counted (and
 * scanned) chunk by chunk and never kept, and reading stops as soon as it passes `cap`, so a bomb costs
 * at most `cap` bytes of work and one chunk of memory. WHATWG DecompressionStream: Node and browsers alike;
 * in Node the zlib stream it wraps is used directly (see nodeZlib).
 */

/** How many bytes `data` inflates to, stopping early (returning more than `cap`) once past `cap`; undefined when it is not valid deflate data. */
export async function inflatedSize(
  data: Uint8Array,
  format: 'deflate' | 'deflate-raw',
  cap: number,
  onChunk?: (chunk: Uint8Array) => void,
): Promise<number | undefined> {
  const zlib = nodeZlib();
  if (zlib) return zlibInflatedSize(zlib, data, format, cap, onChunk);
  const stream = new DecompressionStream(format);
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Fed in slices so that the inflater only ever holds a little output ahead of this reader.
  const feeding = (async () => {
    for (let at = 0; at < data.length; at += 65536) {
      await writer.ready;
      await writer.write(data.subarray(at, at + 65536) as Uint8Array<ArrayBuffer>);
    }
    await writer.close();
  })().catch(() => undefined);
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      onChunk?.(value);
      if (total > cap) {
        await reader.cancel().catch(() => undefined);
        return total;
      }
    }
  } catch {
    // Trailing bytes after the end of the deflate data (PDF streams often have them) end the stream here.
    return total > 0 ? total : undefined;
  } finally {
    await feeding;
  }
  return total;
}

/** The part of Node's zlib used here: a Transform stream, read chunk by chunk (its output waits for the reader). */
interface InflateStream extends AsyncIterable<Uint8Array> {
  end(chunk: Uint8Array): unknown;
  destroy(): unknown;
}
interface ZlibLike {
  createInflate(): InflateStream;
  createInflateRaw(): InflateStream;
}

/**
 * Node's zlib, when the host is Node (20.16+: process.getBuiltinModule). Node's DecompressionStream is this
 * zlib stream behind WHATWG stream adapters, whose first use loads and sets up Node's web streams: the
 * bench's 5-page PDF's budget check, the first inflating of its cold start, took 169 ms with them and 98 ms
 * without (medians of 9 fresh processes, machine loaded), for the same bytes out, the same errors (a stream
 * cut short, trailing bytes) and the same memory (zlib waits for its reader).
 */
function nodeZlib(): ZlibLike | undefined {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    const zlib = host?.getBuiltinModule?.('zlib') as Partial<ZlibLike> | undefined;
    return typeof zlib?.createInflate === 'function' && typeof zlib.createInflateRaw === 'function'
      ? (zlib as ZlibLike)
      : undefined;
  } catch {
    return undefined;
  }
}

async function zlibInflatedSize(
  zlib: ZlibLike,
  data: Uint8Array,
  format: 'deflate' | 'deflate-raw',
  cap: number,
  onChunk?: (chunk: Uint8Array) => void,
): Promise<number | undefined> {
  const inflater = format === 'deflate' ? zlib.createInflate() : zlib.createInflateRaw();
  let total = 0;
  try {
    inflater.end(data);
    for await (const chunk of inflater) {
      total += chunk.byteLength;
      onChunk?.(chunk);
      if (total > cap) return total;
    }
  } catch {
    // As above: the end of the deflate data before trailing bytes, or no deflate data at all.
    return total > 0 ? total : undefined;
  } finally {
    inflater.destroy();
  }
  return total;
}

/** Counts occurrences of byte patterns across chunk boundaries (for `<w:p>` in a Word document). */
export function patternCounter(patterns: readonly string[]): { feed: (chunk: Uint8Array) => void; count: () => number } {
  const coded = patterns.map((p) => Array.from(p, (c) => c.charCodeAt(0)));
  const longest = Math.max(...coded.map((p) => p.length));
  let tail: number[] = [];
  let count = 0;
  return {
    feed(chunk) {
      // The last few bytes of the previous chunk are searched again with the start of this one.
      const head = tail.concat(Array.from(chunk.subarray(0, longest - 1)));
      count += countIn(head, coded, tail.length);
      count += countIn(chunk, coded, 0);
      tail = Array.from(chunk.subarray(Math.max(0, chunk.length - (longest - 1))));
    },
    count: () => count,
  };
}

/** Matches in `bytes`; with a tail, only those that start in the old tail and end in the new chunk (the rest were counted before). */
function countIn(bytes: ArrayLike<number>, patterns: readonly number[][], tailLength: number): number {
  let n = 0;
  const limit = tailLength > 0 ? tailLength : bytes.length;
  for (let i = 0; i < limit; i++) {
    if (bytes[i] !== 0x3c) continue; // '<'
    for (const p of patterns) {
      if (i + p.length > bytes.length || (tailLength > 0 && i + p.length <= tailLength)) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = bytes[i + k] === p[k];
      if (ok) {
        n++;
        break;
      }
    }
  }
  return n;
}
