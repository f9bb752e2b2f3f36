/**
 * A long Markdown document is parsed in pieces (src/parser/adapters/markdown-chunks.ts) so micromark's memory
 * stays bounded by a piece: the pieces must give exactly the tree of the whole, positions included, and no cut
 * may fall inside a construct that spans a blank line.
 */
import { describe, expect, it } from '@jest/globals';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfmTable from '../../src/parser/adapters/gfm-table.js';
import { cutPoints, MIN_PIECE, parseInPieces } from '../../src/parser/adapters/markdown-chunks.js';
import { renderText } from '../fuzz/layouts.js';
import { drawModel } from '../fuzz/model.js';

const processor = unified().use(remarkParse).use(remarkGfmTable);
const parse = (text: string): ReturnType<typeof processor.parse> => processor.parse(text);
/** Where the pieces start. */
const offsets = (text: string): number[] => cutPoints(text).map((cut) => cut.at);

/** Reports of several seeds (with their drawn variations) one after another, with constructs that span blank lines between them. */
function compilation(extra: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let seed = 1; length < 2.5 * MIN_PIECE; seed++) {
    const layout = seed % 2 ? 'md-gfm' : 'md-tabs';
    const part = `${renderText(drawModel(seed), layout)}\n${extra(seed)}\n`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

const SPANNING = [
  // A fence holding blank lines and lines that would otherwise be cut points.
  '```\n代码\n\n附件说明\n\n```\n',
  // A loose list: its items continue after blank lines.
  '1. 第一项\n\n2. 第二项\n\n   续行\n',
  // An HTML comment over blank lines.
  '<!--\n注释\n\n注释之后\n-->\n',
  // A block quote and a table right after a blank line.
  '> 引用\n\n| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n',
  // A line of full-width spaces is no blank line to Markdown: the quote goes on lazily.
  '> 引用\n　　\n正文\n',
  // A fence line with an info string inside a block does not close it.
  '```\n代码\n```python\n\n附件说明\n\n```\n',
];

describe('Markdown parsed in pieces', () => {
  it('gives the tree of the whole document, positions included', () => {
    const text = compilation((i) => SPANNING[i % SPANNING.length]!);
    const cuts = cutPoints(text);
    expect(cuts.length).toBeGreaterThan(0);
    for (const cut of cuts) expect(text[cut.at - 1]).toBe('\n');
    expect(JSON.stringify(parseInPieces(text, cuts, parse))).toBe(JSON.stringify(parse(text)));
  });

  it('never cuts after a line of full-width spaces, nor inside a fence that a fence line with an info string leaves open', () => {
    const long = (c: string): string => `${c.repeat(MIN_PIECE)}\n\n`;
    const lazy = `${long('甲')}> 引用\n　　\n正文\n\n${long('乙')}`;
    expect(offsets(lazy)).not.toContain(lazy.indexOf('正文'));
    const fenced = `${long('甲')}\`\`\`\n代码\n\`\`\`python\n\n附件说明\n\n\`\`\`\n\n${long('乙')}`;
    expect(offsets(fenced)).not.toContain(fenced.indexOf('附件说明'));
    for (const text of [lazy, fenced])
      expect(JSON.stringify(parseInPieces(text, cutPoints(text), parse))).toBe(JSON.stringify(parse(text)));
  });

  it('cuts between GFM tables that follow one another (a compilation of table 三 copies)', () => {
    const gfm = renderText(drawModel(5), 'md-gfm');
    const start = gfm.indexOf('\n|', gfm.indexOf('收到和处理政府信息公开申请情况'));
    const table = gfm.slice(start + 1, gfm.indexOf('\n\n', start + 2));
    const copies = Math.ceil((2.2 * MIN_PIECE) / table.length);
    const text = `${gfm.slice(0, start)}\n${`${table}\n\n`.repeat(copies)}${gfm.slice(start)}`;
    const cuts = cutPoints(text);
    expect(cuts.length).toBeGreaterThan(0);
    // Between the tables, after their blank line: none is long enough to be cut inside.
    for (const cut of cuts) expect(text.slice(cut.at - 2, cut.at + 1)).toBe('\n\n|');
    expect(cuts.every((cut) => cut.header === undefined)).toBe(true);
    expect(JSON.stringify(parseInPieces(text, cuts, parse))).toBe(JSON.stringify(parse(text)));
  });

  it('never cuts inside a fence', () => {
    const filler = `${'正文段落。'.repeat(20)}\n\n`.repeat(MIN_PIECE / 100);
    const text = `${filler}\`\`\`\n${filler}\`\`\`\n${filler}`;
    const cuts = cutPoints(text);
    const open = text.indexOf('```');
    const close = text.lastIndexOf('```');
    expect(cuts.length).toBeGreaterThan(0);
    expect(cuts.filter((c) => c.at > open && c.at <= close)).toEqual([]);
    expect(JSON.stringify(parseInPieces(text, cuts, parse))).toBe(JSON.stringify(parse(text)));
  });

  it('parses whole a short document and one with a link definition', () => {
    const filler = `${'正文段落。'.repeat(20)}\n\n`.repeat(MIN_PIECE / 50);
    expect(cutPoints('正文段落。\n\n'.repeat(1000))).toEqual([]);
    expect(cutPoints(filler).length).toBeGreaterThan(0);
    expect(cutPoints(`${filler}[链接]: https://example.gov.cn\n`)).toEqual([]);
  });

  it('never cuts inside an HTML block that spans blank lines', () => {
    const filler = `${'正文段落。'.repeat(20)}\n\n`.repeat(MIN_PIECE / 50);
    for (const [open, close] of [
      ['<script>', '</script>'],
      ['<!-- 注释', '-->'],
      ['<pre>', '</pre>'],
    ] as const) {
      const text = `${filler}${open}\n\n${filler}${close}\n\n${filler}`;
      const [from, to] = [text.indexOf(open), text.indexOf(close)];
      const cuts = offsets(text);
      expect(cuts.some((c) => c > to)).toBe(true);
      expect(cuts.filter((c) => c > from && c <= to)).toEqual([]);
    }
  });

  describe('inside one long GFM table (a data annex with no blank line)', () => {
    const row = (i: number): string => `| 第${i}行 *说明* \\| 其一 | ${i} | ${i + 1} | **${i + 2}** |`;
    const annex = (rows: number, header = '| 名称 | 数量 | 甲 | 乙 |\n| :--- | :-: | ---: | --- |\n'): string =>
      `${header}${Array.from({ length: rows }, (_, i) => (i % 50 === 7 ? `| 短行 | ${i} |` : row(i))).join('\n')}\n`;
    // Pieces of 4 KB: the same cuts as in a long annex, at a size micromark parses whole quickly.
    const PIECE = 4096;
    const cutsOf = (text: string): ReturnType<typeof cutPoints> => cutPoints(text, PIECE);
    const rowsFor = (pieces: number): number => Math.ceil((pieces * PIECE) / row(1000).length);
    const rows = rowsFor(4);

    it('cuts between rows, each piece parsed after the header, and gives the tree of the whole', () => {
      for (const eol of ['\n', '\r\n']) {
        const text = `正文。\n\n${annex(rows)}\n附件结束。\n`.replace(/\n/g, eol);
        const cuts = cutsOf(text);
        const inTable = cuts.filter((cut) => cut.header !== undefined);
        expect(inTable.length).toBeGreaterThanOrEqual(2);
        for (const cut of inTable) {
          expect(text[cut.at]).toBe('|');
          expect(cut.header).toBe(`| 名称 | 数量 | 甲 | 乙 |${eol}| :--- | :-: | ---: | --- |${eol}`);
        }
        const whole = parse(text);
        expect(JSON.stringify(parseInPieces(text, cuts, parse))).toBe(JSON.stringify(whole));
        const table = whole.children.filter((n) => n.type === 'table').pop();
        expect(table?.type === 'table' && table.children.length).toBe(rows + 1);
      }
    });

    it('stops cutting at a row without a leading pipe, and never cuts a table that does not follow a blank line', () => {
      const lines = annex(rowsFor(4)).split('\n');
      lines.splice(Math.floor(lines.length * 0.4), 0, '无竖线开头的行 | 1 | 2');
      const loose = `${'正文段落。'.repeat(20)}\n\n${lines.join('\n')}\n`;
      const bare = loose.indexOf('无竖线开头的行');
      expect(cutsOf(loose).some((cut) => cut.header !== undefined && cut.at < bare)).toBe(true);
      expect(cutsOf(loose).filter((cut) => cut.at > bare)).toEqual([]);
      expect(JSON.stringify(parseInPieces(loose, cutsOf(loose), parse))).toBe(JSON.stringify(parse(loose)));
      const afterParagraph = `${'正文段落。'.repeat(20)}\n${annex(rowsFor(3.2))}`;
      expect(cutsOf(afterParagraph).filter((cut) => cut.header !== undefined)).toEqual([]);
    });

    it('parses whole when the header is no table header (its cells and the delimiter row disagree)', () => {
      const text = `${'正文段落。'.repeat(20)}\n\n${annex(rowsFor(3.2), '| 名称 | 数量 |\n| --- | --- | --- |\n')}`;
      expect(cutsOf(text).some((cut) => cut.header !== undefined)).toBe(true);
      expect(JSON.stringify(parseInPieces(text, cutsOf(text), parse))).toBe(JSON.stringify(parse(text)));
    });

    it('counts a lone carriage return as a line end, as micromark does, and stops cutting a row holding one', () => {
      const text = `甲\r乙\r\r丙\n\n${annex(rowsFor(3.2))}`;
      expect(JSON.stringify(parseInPieces(text, cutsOf(text), parse))).toBe(JSON.stringify(parse(text)));
      const lines = annex(rowsFor(4)).split('\n');
      lines[Math.floor(lines.length * 0.4)] += '\r\r| 另一段 |';
      const split = `正文。\n\n${lines.join('\n')}`;
      const at = split.indexOf('另一段');
      expect(cutsOf(split).some((cut) => cut.header !== undefined && cut.at < at)).toBe(true);
      expect(cutsOf(split).filter((cut) => cut.header !== undefined && cut.at > at)).toEqual([]);
      expect(JSON.stringify(parseInPieces(split, cutsOf(split), parse))).toBe(JSON.stringify(parse(split)));
    });
  });

  it('gives the whole tree where a fence or a definition sits in a container, or a fence line is no fence', () => {
    const filler = `${'正文段落。'.repeat(20)}\n\n`.repeat(Math.ceil((2.5 * MIN_PIECE) / 102));
    for (const text of [
      // A fence in a list item, closed by a fence at the margin that opens one of its own, to the end.
      `- 项目\n  \`\`\`\n  代码\n\`\`\`\n\n${filler}`,
      // A backtick fence's info string holds no backtick: this line is text, the next one opens a fence.
      `\`\`\`甲\`乙\n\n${filler}\`\`\`\n\n${filler}`,
    ]) {
      expect(JSON.stringify(parseInPieces(text, cutPoints(text), parse))).toBe(JSON.stringify(parse(text)));
    }
    // A definition in a quote applies to a reference a piece away.
    const quoted = `> [甲]: https://example.gov.cn\n\n${filler}见[说明][甲]。\n`;
    expect(cutPoints(quoted)).toEqual([]);
  });
});
