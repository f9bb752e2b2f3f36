/**
 * Row labels in tables exported by Word and LibreOffice (red team rt8): a label drawn in pieces on each of its
 * lines, a row broken by a page, and a table set tight (rows one line apart) with header lines between its rows.
 */
import { describe, expect, it } from '@jest/globals';
import type { PdfItem } from '../../src/parser/adapters/pdf-lines.js';
import { joinLabelFragments } from '../../src/parser/adapters/pdf-rows.js';
import { cell, layoutLines, line, pdfRun, texts } from '../helpers/pdf-lines.js';

const SIZE = 10.5;
const item = (str: string, x: number, y: number): PdfItem => pdfRun(str, x, y, SIZE);
const VALUES_X = [232, 277, 322, 367, 412, 457, 502];
const values = (y: number, ...v: string[]): PdfItem[] => v.map((s, k) => item(s, VALUES_X[k]!, y));
const text = (pages: PdfItem[][]): string[] => layoutLines(pages).filter((l) => l.includes('\t'));

describe('pdf: a label drawn in pieces, its row broken by a page (LibreOffice export, d-redHeader)', () => {
  it('the rest of the row above stays with it; the pieces of the next label are no vertical label', () => {
    // The label column is three characters wide: 3.要求提供公 ⏎ 开出版 ⏎ 物, and 4.无正 ⏎ 当理由 ⏎ 大量反 ⏎ 复申请, each
    // line drawn in pieces (开出 版, 当 理 由) right behind each other.
    const page1 = [
      item('2.重复申请', 162, 700),
      ...values(700, '19', '52', '75', '108', '143', '165', '562'),
      item('3.要求提', 162, 740),
      ...values(740, '5', '35', '90', '106', '143', '154', '533'),
      item('供公', 162, 752.3),
    ];
    const page2 = [
      item('开出', 162, 132.4),
      item('版', 183, 132.4),
      item('物', 162, 144.7),
      item('4.', 162, 157.5),
      item('无正', 172.5, 157.5),
      ...values(157.5, '11', '49', '65', '115', '128', '161', '529'),
      ...['当', '理', '由'].map((ch, k) => item(ch, 162 + SIZE * k, 169.8)),
      ...['大', '量', '反'].map((ch, k) => item(ch, 162 + SIZE * k, 182.1)),
      item('复申请', 162, 194.4),
      item('5.要求行', 162, 207.2),
      ...values(207.2, '25', '48', '79', '100', '148', '171', '571'),
    ];
    expect(text([page1, page2])).toEqual([
      '2.重复申请\t19\t52\t75\t108\t143\t165\t562',
      '3.要求提供公开出版物\t5\t35\t90\t106\t143\t154\t533',
      '4.无正当理由大量反复申请\t11\t49\t65\t115\t128\t161\t529',
      '5.要求行\t25\t48\t79\t100\t148\t171\t571',
    ]);
  });
});

describe('pdf: a row broken by a page with footnotes under the table (LibreOffice export, d-footnote)', () => {
  it('the label lines at the top of the next page continue the last row, past the footnotes', () => {
    const page1 = [
      item('2.其他法律', 162, 700),
      ...values(700, '23', '42', '63', '115', '122', '171', '536'),
      item('3.危及', 162, 735),
      ...values(735, '27', '47', '83', '94', '133', '172', '556'),
      item('含上年度转入的 2 件。', 77, 755.7),
      item('统计时限为全年。', 77, 768),
    ];
    const page2 = [
      item('“三安', 162, 132.4),
      item('全一稳', 162, 144.7),
      item('定”', 162, 157),
      item('4.保护第', 162, 169.8),
      ...values(169.8, '4', '57', '68', '98', '142', '179', '548'),
    ];
    expect(text([page1, page2])).toEqual([
      '2.其他法律\t23\t42\t63\t115\t122\t171\t536',
      '3.危及“三安全一稳定”\t27\t47\t83\t94\t133\t172\t556',
      '含上年度转入的 2 件。\t',
      '统计时限为全年。\t',
      '4.保护第\t4\t57\t68\t98\t142\t179\t548',
    ]);
  });
});

describe('pdf: a table set tight as Word sets it (rows one line apart)', () => {
  it('a header line under a row is not the end of its label; a wrapped label still is', () => {
    const out = joinLabelFragments([
      line(100, cell(71, 89, '规章'), cell(199, 204, '3'), cell(309, 319, '7'), cell(419, 429, '56')),
      line(111.6, cell(71, 134, '行政规范性文件'), cell(199, 209, '10'), cell(309, 314, '6'), cell(419, 429, '53')),
      line(123.2, cell(71, 152, '第二十条第（五）项')),
      line(134.8, cell(71, 107, '信息内容'), cell(199, 271, '本年处理决定数量')),
      line(146.4, cell(71, 107, '行政许可'), cell(199, 214, '504')),
      line(170, cell(71, 170, '2.申请人逾期未按收费'), cell(199, 209, '16'), cell(309, 319, '60'), cell(419, 429, '85')),
      line(181.6, cell(71, 143, '通知要求缴纳费用')),
    ]);
    expect(texts(out)).toEqual([
      ['规章', '3', '7', '56'],
      ['行政规范性文件', '10', '6', '53'],
      ['第二十条第（五）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政许可', '504'],
      ['2.申请人逾期未按收费通知要求缴纳费用', '16', '60', '85'],
    ]);
  });
});
