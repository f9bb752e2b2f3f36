/**
 * A title as OCR gives it: wrapped inside the organ's name (临江市东湖区人民 ⏎ 政府2024年…) or set with a space
 * between every character. It read as organ "政府" (or none), of no known kind, and the 第五十条 check for a
 * people's government was skipped without a word (red team H B3, 2026-12-06).
 */
import { describe, expect, it } from '@jest/globals';
import { reportUnder } from '../helpers/title-report.js';

const ORGAN = '临江市东湖区人民政府';
const TITLE = `${ORGAN}2023年政府信息公开工作年度报告`;

const read = async (head: string[], file: string) => {
  const r = await reportUnder(head, file);
  return [r.title, r.year, r.organ, r.organType];
};

describe.each(['report.txt', 'report.md'])('an OCR’d title in %s', (file) => {
  it('wrapped inside the organ’s name: the line above completes it', async () => {
    expect(await read(['临江市东湖区人民', '', '政府2023年政府信息公开', '', '工作年度报告'], file)).toEqual([
      TITLE,
      2023,
      ORGAN,
      'government',
    ]);
  });

  it('a space between every character: read as written', async () => {
    const spaced = '临 江 市 东 湖 区 人 民 政 府 2023 年 政 府 信 息 公 开 工 作 年 度 报 告';
    expect(await read([spaced], file)).toEqual([TITLE, 2023, ORGAN, 'government']);
  });

  it('a whole organ’s name in the title takes nothing from the line above', async () => {
    expect(await read(['临江市东湖区', '', '临江市东湖区教育局2023年政府信息公开工作年度报告'], file)).toEqual([
      '临江市东湖区教育局2023年政府信息公开工作年度报告',
      2023,
      '临江市东湖区教育局',
      'department',
    ]);
  });
});
