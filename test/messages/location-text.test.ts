import { describe, expect, it } from '@jest/globals';
import { locationBeyond, locationText } from '../../src/messages/location-text.js';
import { oneLine } from '../../src/formatters/shared.js';

describe('a finding’s location in the reader’s language', () => {
  it('stays as the reader wrote it in Chinese', () => {
    expect(locationText('第2页 表三「（一）予以公开」行·自然人', 'zh')).toBe('第2页 表三「（一）予以公开」行·自然人');
  });
  it('names page, table, row and column in English, the labels as printed', () => {
    expect(locationText('第2页 表三「（一）予以公开」行·自然人', 'en')).toBe(
      'page 2, table 3, row “（一）予以公开”, column “自然人”',
    );
    expect(locationText('表二「规章」行·本年制发件数', 'en')).toBe('table 2, row “规章”, column “本年制发件数”');
    expect(locationText('表四「行政复议」行', 'en')).toBe('table 4, row “行政复议”');
    expect(locationText('第3页 正文', 'en')).toBe('page 3, 正文');
  });
  it('adds only the page to a message that names its table, row and column already', () => {
    const at = '第2页 表三「（一）予以公开」行·自然人';
    expect(locationBeyond('表三「（一）予以公开」行「自然人」列为空', at, 'zh')).toBe('第2页');
    expect(locationBeyond('table 3, row “（一）予以公开”, column “自然人” is blank', at, 'en')).toBe('page 2');
    expect(locationBeyond('表三「（一）予以公开」行「自然人」列为空', '表三「（一）予以公开」行·自然人', 'zh')).toBeUndefined();
    expect(locationBeyond('缺少统计期限', at, 'en')).toBe('page 2, table 3, row “（一）予以公开”, column “自然人”');
  });
  it('is what a one-line English format appends to a .docx finding', () => {
    const m = {
      ruleId: 'numeric-cells',
      severity: 2 as const,
      message: 'blank',
      line: 1,
      column: 1,
      location: '表三「（七）总计」行·自然人',
    };
    expect(oneLine(m, 'en', 'docx')).toBe('blank (at table 3, row “（七）总计”, column “自然人”)');
    expect(oneLine(m, 'zh', 'docx')).toBe('blank（位置：表三「（七）总计」行·自然人）');
  });
});
