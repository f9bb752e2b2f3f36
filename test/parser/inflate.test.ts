/**
 * inflatedSize (the budget checks of the PDF and .docx readers) in Node reads zlib's stream directly
 * instead of through DecompressionStream: the same totals for what PDF streams and zip entries hold —
 * trailing bytes after the deflate data, data cut short, no deflate data — and it stops past its cap.
 */
import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { inflatedSize } from '../../src/parser/adapters/inflate.js';

const text = new TextEncoder().encode('BT /F1 12 Tf 72 700 Td (2023) Tj ET\n'.repeat(5000));
const bytes = (b: Uint8Array): Uint8Array => new Uint8Array(b);

describe('inflatedSize', () => {
  it('counts deflate and raw deflate data, with or without trailing bytes', async () => {
    expect(await inflatedSize(bytes(deflateSync(text)), 'deflate', Infinity)).toBe(text.length);
    expect(await inflatedSize(bytes(deflateRawSync(text)), 'deflate-raw', Infinity)).toBe(text.length);
    const trailing = new Uint8Array([...deflateSync(text), ...new TextEncoder().encode('\r\nendstream')]);
    expect(await inflatedSize(trailing, 'deflate', Infinity)).toBe(text.length);
  });

  it('counts what data cut short holds, and gives undefined for no deflate data', async () => {
    const cut = await inflatedSize(bytes(deflateSync(text)).subarray(0, 200), 'deflate', Infinity);
    expect(cut).toBeGreaterThan(0);
    expect(cut).toBeLessThan(text.length);
    expect(await inflatedSize(new TextEncoder().encode('not deflate'), 'deflate', Infinity)).toBeUndefined();
    expect(await inflatedSize(new Uint8Array(0), 'deflate', Infinity)).toBeUndefined();
  });

  it('stops once past the cap, handing each chunk to onChunk', async () => {
    const bomb = bytes(deflateSync(new Uint8Array(8 << 20)));
    let seen = 0;
    const size = await inflatedSize(bomb, 'deflate', 1 << 20, (chunk) => void (seen += chunk.byteLength));
    expect(size).toBeGreaterThan(1 << 20);
    expect(size).toBeLessThan(2 << 20);
    expect(seen).toBe(size);
  });
});
