/** The six sections of the 2021 format (domain.md "Six sections"), with the wording variants real reports use. */
import type { SectionKey } from '../types.js';

export interface SectionSpec {
  key: SectionKey;
  numeral: string;
  canonical: string;
  /** Normalised texts (no spaces, no punctuation) that a heading may equal, numeral removed. */
  variants: readonly string[];
}

export const SECTIONS: readonly SectionSpec[] = [
  { key: 'overview', numeral: '一', canonical: '一、总体情况', variants: ['总体情况', '基本情况'] },
  {
    key: 'active',
    numeral: '二',
    canonical: '二、主动公开政府信息情况',
    variants: ['主动公开政府信息情况', '行政机关主动公开政府信息情况', '主动公开政府信息'],
  },
  {
    key: 'applications',
    numeral: '三',
    canonical: '三、收到和处理政府信息公开申请情况',
    variants: ['收到和处理政府信息公开申请情况', '行政机关收到和处理政府信息公开申请情况'],
  },
  {
    key: 'review',
    numeral: '四',
    canonical: '四、政府信息公开行政复议、行政诉讼情况',
    variants: [
      '政府信息公开行政复议行政诉讼情况',
      '因政府信息公开工作被申请行政复议提起行政诉讼情况',
      '政府信息公开工作行政复议行政诉讼情况',
      '政府信息公开行政复议和行政诉讼情况',
      '政府信息公开工作行政复议和行政诉讼情况',
      '行政复议行政诉讼情况',
      '行政复议和行政诉讼情况',
    ],
  },
  {
    key: 'problems',
    numeral: '五',
    canonical: '五、存在的主要问题及改进情况',
    variants: [
      '存在的主要问题及改进情况',
      '政府信息公开工作存在的主要问题及改进情况',
      '存在的主要问题及改进措施',
      '存在的主要问题及整改措施',
      '政府信息公开工作存在的主要问题及改进措施',
      '政府信息公开工作存在的主要问题及整改措施',
      '存在的主要问题和改进情况',
      '存在的主要问题和改进措施',
    ],
  },
  { key: 'other', numeral: '六', canonical: '六、其他需要报告的事项', variants: ['其他需要报告的事项'] },
];

export const SECTION_ORDER: readonly SectionKey[] = SECTIONS.map((s) => s.key);

export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
