/**
 * A Word report with photos (政务公开 activities, scanned seals) is often 20–50 MB while its text is 60 KB (red team
 * rtS 3): it was refused by the file-size limit, and the offline page told editors to use --max-file-size, a control
 * it does not have. For a .docx (a zip package) what protects the reader is the budget on what is read (its XML parts
 * inflated); the package itself has a larger bound, and its media are never inflated.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { lintFiles } from '../../src/engine/files.js';
import { parseReport } from '../../src/parser/index.js';
import { asPrinted } from '../../src/parser/adapters/docx-hidden.js';
import { buildDocx, toDocumentXml } from '../helpers/html-docx-render.js';
import { toMarkdown } from '../helpers/html-docx-report.js';

const MB = 1024 * 1024;
const NOW = new Date('2025-03-01T00:00:00Z');

/** The report as a .docx with a photo of `size` bytes (random: it does not compress), stored as Word stores JPEGs. */
async function withPhoto(size: number, xml = toDocumentXml(), photo: Uint8Array = randomBytes(size)): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildDocx(xml));
  zip.file('word/media/image1.jpeg', photo, { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('a .docx with photos', () => {
  it('over the file-size limit is read (its media are not), up to five times the limit', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'rl-photos-'));
    dirs.push(root);
    await writeFile(path.join(root, 'photos.docx'), await withPhoto(Math.round(2.5 * MB)));
    await writeFile(path.join(root, 'huge.docx'), await withPhoto(Math.round(5.5 * MB)));
    await writeFile(path.join(root, 'huge.md'), 'x'.repeat(Math.round(2.5 * MB)));
    const results = await lintFiles(['photos.docx', 'huge.docx', 'huge.md'], {
      cwd: root,
      now: NOW,
      maxFileSize: MB,
      lang: 'en',
    });
    const said = (name: string): string[] =>
      results.find((r) => path.basename(r.filePath) === name)!.messages.map((m) => `${m.ruleId}:${m.message}`);
    expect(said('photos.docx')).toEqual([]);
    expect(said('huge.docx')).toEqual([expect.stringMatching(/^null:file too large \(5\.5 MB > 5 MB limit\)/)]);
    expect(said('huge.md')).toEqual(['null:file too large (2.5 MB > 1 MB limit); not checked']);
  });

  it('the parser bounds a package apart from other input, and says so without naming a command-line flag', async () => {
    const photos = await withPhoto(Math.round(1.5 * MB));
    const parsed = await parseReport(photos, { format: 'docx', maxFileSize: MB });
    expect(parsed.text).toContain('8322');
    const markdown = new TextEncoder().encode(toMarkdown() + ' '.repeat(Math.round(1.5 * MB)));
    await expect(parseReport(markdown, { format: 'markdown', maxFileSize: MB })).rejects.toMatchObject({ limit: 'bytes' });
    await expect(parseReport(await withPhoto(Math.round(5.5 * MB)), { format: 'docx', maxFileSize: MB })).rejects.toMatchObject({
      limit: 'zip',
    });
    const { lint } = await import('../../src/engine/lint.js');
    const result = await lint(await withPhoto(Math.round(5.5 * MB)), { format: 'docx', maxFileSize: MB });
    expect(result.messages.map((m) => m.message)).toEqual(['超出读取上限：Word 文件（.docx）大小 5.5 MB（上限 5.0 MB），未检查']);
  });

  it('its media are not inflated when the body is rewritten (a text box, a list number…)', async () => {
    // 8 MB of zeros deflate to a few KB: inflated and stored again, the package grew to 8 MB.
    const xml = toDocumentXml().replace('<w:body>', '<w:body><w:p><w:r><w:t>〇</w:t><w:txbxContent/></w:r></w:p>');
    const bytes = await withPhoto(0, xml, new Uint8Array(8 * MB));
    const zip = await JSZip.loadAsync(bytes);
    zip.file('word/media/image1.jpeg', new Uint8Array(8 * MB), { compression: 'DEFLATE' });
    const deflated = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(deflated.length).toBeLessThan(MB);
    expect((await asPrinted(deflated)).bytes.length).toBeLessThan(MB);
  });
});
