// Red team (rtG F1): Word Online and Office 365 save the main part as word/document2.xml (or document22.xml), named
// by _rels/.rels. mammoth read it, but the as-printed pass looked for word/document.xml by name and skipped it: a
// hidden "0" after each figure made 126 read 1260, and simple fields' results (table formulas) read blank.
import JSZip from 'jszip';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getValue } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import { buildDocx, toDocumentXml } from '../helpers/html-docx-render.js';
import { APPLICATIONS, REPORT } from '../helpers/html-docx-report.js';
import { mainPartName, partOfType, relsNameOf } from '../../src/parser/adapters/docx-parts.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Every figure's cell of the report, its runs followed by `extra`. */
const afterEachFigure = (extra: string): string =>
  toDocumentXml(REPORT).replace(/(<w:t xml:space="preserve">\d+<\/w:t><\/w:r>)(<\/w:p><\/w:tc>)/g, `$1${extra}$2`);

/**
 * The package with its main part moved to `main`, as Word Online lays it out: the part and its rels file renamed,
 * _rels/.rels and [Content_Types].xml pointing to the new name. `styles` renames the styles part too.
 */
async function moved(bytes: Uint8Array, main: string, styles?: { name: string; xml: string }): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const body = await zip.file('word/document.xml')!.async('string');
  let rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.remove('word/document.xml');
  zip.remove('word/_rels/document.xml.rels');
  if (styles) {
    zip.remove('word/styles.xml');
    zip.file(styles.name, styles.xml);
    rels = rels.replace('Target="styles.xml"', `Target="${styles.name.replace('word/', '')}"`);
  }
  zip.file(main, body);
  zip.file(relsNameOf(main), rels);
  for (const name of ['_rels/.rels', '[Content_Types].xml']) {
    const old = await zip.file(name)!.async('string');
    zip.file(name, old.replace(/word\/document\.xml/g, main));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

async function expectReadAsPrinted(bytes: Uint8Array): Promise<void> {
  const table = findTable((await parseReport(bytes, { format: 'docx' })).report, 'applications')!;
  for (const [row, columns] of Object.entries(APPLICATIONS))
    for (const [column, value] of Object.entries(columns))
      expect([row, column, getValue(table, row, column)]).toEqual([row, column, value]);
  const messages = (await lint(bytes, { format: 'docx', now: new Date('2025-03-01T00:00:00Z') })).messages;
  expect(messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([]);
}

describe('the main part named by _rels/.rels (word/document2.xml), read as printed', () => {
  it('drops a hidden "0" after every figure of word/document2.xml', async () => {
    const xml = afterEachFigure('<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">0</w:t></w:r>');
    expect(xml.match(/<w:vanish\/>/g)!.length).toBeGreaterThan(175);
    const bytes = await moved(await buildDocx(xml), 'word/document2.xml');
    expect(Object.keys((await JSZip.loadAsync(bytes)).files)).not.toContain('word/document.xml');
    await expectReadAsPrinted(bytes);
  });

  it('keeps each simple field’s result (a table formula) in word/document22.xml', async () => {
    const xml = toDocumentXml(REPORT).replace(
      /(<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">\d+<\/w:t><\/w:r>)(<\/w:p><\/w:tc>)/g,
      '<w:fldSimple w:instr=" =SUM(LEFT) ">$1</w:fldSimple>$2',
    );
    expect(xml.match(/<w:fldSimple /g)!.length).toBeGreaterThan(175);
    await expectReadAsPrinted(await moved(await buildDocx(xml), 'word/document22.xml'));
  });

  it('finds the styles part through the main part’s own rels (a "7" hidden by a character style)', async () => {
    const styles =
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${WNS}>` +
      '<w:style w:type="character" w:styleId="Note"><w:name w:val="Note"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>';
    const xml = afterEachFigure('<w:r><w:rPr><w:rStyle w:val="Note"/></w:rPr><w:t>7</w:t></w:r>');
    const bytes = await moved(await buildDocx(xml), 'word/document2.xml', { name: 'word/styles2.xml', xml: styles });
    await expectReadAsPrinted(bytes);
  });
});

describe('docx-parts: names from relationships', () => {
  const rel = (type: string, target: string) => `<Relationship Id="r${type}" Type="${REL}/${type}" Target="${target}"/>`;

  it('gives the officeDocument target, relative or absolute, and word/document.xml without one', () => {
    expect(mainPartName(`<Relationships>${rel('officeDocument', 'word/document2.xml')}</Relationships>`)).toBe(
      'word/document2.xml',
    );
    expect(mainPartName(`<Relationships>${rel('officeDocument', '/word/document22.xml')}</Relationships>`)).toBe(
      'word/document22.xml',
    );
    expect(mainPartName(undefined)).toBe('word/document.xml');
    expect(relsNameOf('word/document2.xml')).toBe('word/_rels/document2.xml.rels');
  });

  it('resolves a part’s targets against its folder, with the usual name when none is given', () => {
    const rels = `<Relationships>${rel('styles', '../word/styles3.xml')}</Relationships>`;
    expect(partOfType(rels, 'word/document2.xml', 'styles')).toBe('word/styles3.xml');
    expect(partOfType(rels, 'word/document2.xml', 'numbering')).toBe('word/numbering.xml');
  });
});
