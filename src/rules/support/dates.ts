/** A date as a finding prints it: 2024年1月31日 in Chinese, 31 January 2024 in English. */
import type { IsoDate } from '../../parser/types.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const showDate = (d: IsoDate): string => `${d.year}年${d.month}月${d.day}日`;
export const showDateEn = (d: IsoDate): string => `${d.day} ${MONTHS[d.month - 1] ?? d.month} ${d.year}`;
