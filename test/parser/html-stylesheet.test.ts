/**
 * A page's own stylesheets and the text no reader sees (red team rtB, E7 and E9): anti-copy characters hidden by a
 * class, in white on the white page, moved off the screen or one pixel high were read into the numbers beside them
 * (「总计为 170」 for a page showing 10), and a phone copy of the report hidden by a class made every section
 * "repeated". Table 四's 行政复议 总计 is 8 (3 + 2 + 1 + 2) in every case here; a digit 7 is slipped in.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { mediaHolds } from '../../src/parser/adapters/html-stylesheet.js';
import { lint } from '../../src/index.js';
import { REVIEW_OK, writeReport, type Value } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const findings = async (html: string): Promise<string[]> =>
  (await lint(html, { format: 'html', now: NOW })).messages.map((m) => `${m.ruleId}:${m.messageId ?? ''}`);
const reviewTotalOf = async (html: string): Promise<number | null | undefined> =>
  extractReport(await parseReport(html, { format: 'html' })).tables.review?.['review']?.['total'];

/** A page with `css` in its <head> and table 四's 行政复议 总计 written as `cell`. */
const page = (css: string, cell: Value): string =>
  writeReport({ review: REVIEW_OK.map((v, i) => (i === 4 ? cell : v)) }, 'html').text.replace(
    '<head>',
    `<head><style>${css}</style>`,
  );

describe('text a class hides is not read', () => {
  it.each([
    ['.hid{display:none}', '8<i class="hid">7</i>'],
    ['.hid { visibility: hidden }', '8<span class="hid">7</span>'],
    ['span.x{font-size:0}', '8<span class="x">7</span>'],
    ['#a7{display:none}', '8<span id="a7">7</span>'],
    ['@media (width >= 768px) { .hid{display:none} }', '8<span class="hid">7</span>'],
    ['@supports (display: grid) { .hid{display:none} }', '8<span class="hid">7</span>'],
    ['/* 防复制 */ .a, .hid{display:none!important}', '8<span class="hid" style="display:inline">7</span>'],
    ['@media screen and (min-width: 768px) { .hid{display:none} }', '8<span class="hid">7</span>'],
  ])('%s: 总计 reads 8 and nothing is reported (it read 87 and accused the total)', async (css, cell) => {
    const html = page(css, cell);
    expect(await reviewTotalOf(html)).toBe(8);
    expect(await findings(html)).toEqual([]);
  });

  it.each([
    [
      'a later, more specific rule shows it again',
      '.hid{display:none} td span.hid{display:inline}',
      '8<span class="hid">7</span>',
    ],
    ['the inline style shows it again', '.hid{display:none}', '8<span class="hid" style="display:inline">7</span>'],
    ['only on a phone', '@media (max-width: 600px) { .hid{display:none} }', '8<span class="hid">7</span>'],
    ['only in print', '@media print { .hid{display:none} }', '8<span class="hid">7</span>'],
    ['on hover', '.hid:hover{display:none}', '8<span class="hid">7</span>'],
    ['a fade-in that ends shown', '.hid{opacity:0;animation:show 1s forwards}', '8<span class="hid">7</span>'],
    ['a hanging indent', '.hid{padding-left:120px;text-indent:-120px}', '8<span class="hid">7</span>'],
    [
      'a :where() rule that a plain class overrides',
      '.hid{display:none} :where(td) span.hid{display:inline}',
      '8<span class="hid">7</span>',
    ],
  ])('a class that hides nothing on a desktop screen (%s): the 7 is read, and the total reported', async (_, css, cell) => {
    const html = page(css, cell);
    expect(await reviewTotalOf(html)).toBe(87);
    expect(await findings(html)).toContain('review-litigation-totals:groupTotal');
  });

  it.each([['.hid{display:none} .x{color:red'], ['} .hid{display:none}'], ['.hid{display:none;color:']])(
    'a broken sheet (%s) is read as a browser reads it: its whole rules apply',
    async (css) => {
      const html = page(css, '8<span class="hid">7</span>');
      expect(await reviewTotalOf(html)).toBe(8);
    },
  );

  it('a phone copy of the report hidden by a class, placed first, is not read: no section "repeated"', async () => {
    const report = writeReport({}, 'html').text;
    const html =
      '<html><head><style>.m-only{display:none} @media (max-width:640px){.m-only{display:block}.pc-only{display:none}}</style></head>' +
      `<body><div class="m-only">${report.replace(/<table>[\s\S]*?<\/table>/g, '<p><img src="t.png" width="600" height="400"></p>')}</div>` +
      `<div class="pc-only">${report}</div></body></html>`;
    expect(await findings(html)).toEqual([]);
    expect(await reviewTotalOf(html)).toBe(8);
  });
});

describe('text no reader sees though no style hides it', () => {
  it.each([
    ['white', '8<span style="color:#fff">7</span>'],
    ['white and one pixel high', '8<span style="color:#ffffff;font-size:1px">7</span>'],
    ['white by a class', '8<font class="w">7</font>'],
    ['transparent', '8<span style="color:transparent">7</span>'],
    ['one pixel high', '8<span style="font-size:1px">7</span>'],
    ['off the screen', '8<span style="position:absolute;left:-9999px">7</span>'],
  ])('%s: 总计 reads 8 and nothing is reported', async (_, cell) => {
    const html = page('.w{color:white}', cell);
    expect(await reviewTotalOf(html)).toBe(8);
    expect(await findings(html)).toEqual([]);
  });

  it('white text on a background is shown: the 7 is read', async () => {
    const html = page('td.dark{background:#1f4e79}', '8<span style="color:#fff">7</span>').replace(
      /<td>8<span/,
      '<td class="dark">8<span',
    );
    expect(await reviewTotalOf(html)).toBe(87);
  });

  it.each([
    [
      'a picture behind it',
      '<p style="background-image:url(bar.png)"><span style="color:#fff">一、</span><span style="color:#fff">总体情况</span></p>',
    ],
    ['a bar whose colour a linked sheet gives', '<p class="bar"><span style="color:#fff">一、</span>总体情况</p>'],
  ])('white heading text on %s is read (no section missing)', async (_, heading) => {
    const html = writeReport({}, 'html').text.replace('<h2>一、总体情况</h2>', heading);
    expect(html).toContain(heading);
    expect(await findings(html)).toEqual([]);
  });

  it('a heading in white on a banner whose colour the page links to is still read (no section missing)', async () => {
    const html = writeReport({}, 'html').text.replace(
      '<h2>一、总体情况</h2>',
      '<p><span style="color:#fff">一、总体情况</span></p>',
    );
    expect(html).toContain('color:#fff">一、总体情况');
    expect(await findings(html)).toEqual([]);
  });
});

describe('mediaHolds: a query judged on a 1280 px desktop screen', () => {
  it.each([
    ['screen', true],
    ['all', true],
    ['print', false],
    ['screen and (min-width: 768px)', true],
    ['(max-width: 767px)', false],
    ['(min-width: 90em)', false],
    ['only screen and (max-width: 1400px)', true],
    ['not print', true],
    ['print, screen', true],
    ['(orientation: portrait)', false],
  ])('%s → %s', (query, holds) => {
    expect(mediaHolds(query)).toBe(holds);
  });
});
