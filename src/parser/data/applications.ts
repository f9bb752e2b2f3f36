/** Table 三 (收到和处理政府信息公开申请情况): row and column keys and labels of docs/domain.md, and its identities. */

export interface ColumnSpec {
  key: string;
  label: string;
  /** Header cell texts (normalised) that name this column. */
  match: (cell: string) => boolean;
}

export const APPLICATION_COLUMNS: readonly ColumnSpec[] = [
  { key: 'natural', label: '自然人', match: (c) => c.includes('自然人') },
  { key: 'business', label: '商业企业', match: (c) => c.includes('商业') },
  { key: 'research', label: '科研机构', match: (c) => c.includes('科研') },
  { key: 'nonprofit', label: '社会公益组织', match: (c) => c.includes('公益') },
  { key: 'legal', label: '法律服务机构', match: (c) => c.includes('法律服务') || c === '法律' },
  // "其他" alone: 法人或其他组织 also contains 其他.
  { key: 'other', label: '其他', match: (c) => c === '其他' || c === '其它' },
  { key: 'total', label: '总计', match: (c) => c === '总计' || c === '合计' },
];

export const APPLICANT_COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'] as const;

export type ResultGroup = 'denied' | 'unavailable' | 'rejected' | 'other';

export interface RowSpec {
  key: string;
  label: string;
  /** The distinctive words of the label, normalised, for loose matching. */
  core: string;
  group?: ResultGroup;
}

export const GROUP_LABELS: Readonly<Record<ResultGroup, string>> = {
  denied: '（三）不予公开',
  unavailable: '（四）无法提供',
  rejected: '（五）不予处理',
  other: '（六）其他处理',
};

/** The label spanning table 三's result rows (（一）予以公开 to （七）总计), printed down its column. */
export const RESULTS_LABEL = '三、本年度办理结果';

/** Words that mark a group label in a row's label cells. */
export const GROUP_MARKERS: ReadonlyArray<[ResultGroup, string]> = [
  ['denied', '不予公开'],
  ['unavailable', '无法提供'],
  ['rejected', '不予处理'],
  ['other', '其他处理'],
];

export const APPLICATION_ROWS: readonly RowSpec[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', core: '本年新收政府信息公开申请数量' },
  { key: 'carried', label: '二、上年结转政府信息公开申请数量', core: '上年结转政府信息公开申请数量' },
  { key: 'granted', label: '（一）予以公开', core: '予以公开' },
  { key: 'partial', label: '（二）部分公开', core: '部分公开区分处理的只计这一情形不计其他情形' },
  { key: 'denied.1', label: '1.属于国家秘密', core: '属于国家秘密', group: 'denied' },
  { key: 'denied.2', label: '2.其他法律行政法规禁止公开', core: '其他法律行政法规禁止公开', group: 'denied' },
  { key: 'denied.3', label: '3.危及“三安全一稳定”', core: '危及三安全一稳定', group: 'denied' },
  { key: 'denied.4', label: '4.保护第三方合法权益', core: '保护第三方合法权益', group: 'denied' },
  { key: 'denied.5', label: '5.属于三类内部事务信息', core: '属于三类内部事务信息', group: 'denied' },
  { key: 'denied.6', label: '6.属于四类过程性信息', core: '属于四类过程性信息', group: 'denied' },
  { key: 'denied.7', label: '7.属于行政执法案卷', core: '属于行政执法案卷', group: 'denied' },
  { key: 'denied.8', label: '8.属于行政查询事项', core: '属于行政查询事项', group: 'denied' },
  { key: 'unavailable.1', label: '1.本机关不掌握相关政府信息', core: '本机关不掌握相关政府信息', group: 'unavailable' },
  { key: 'unavailable.2', label: '2.没有现成信息需要另行制作', core: '没有现成信息需要另行制作', group: 'unavailable' },
  { key: 'unavailable.3', label: '3.补正后申请内容仍不明确', core: '补正后申请内容仍不明确', group: 'unavailable' },
  { key: 'rejected.1', label: '1.信访举报投诉类申请', core: '信访举报投诉类申请', group: 'rejected' },
  { key: 'rejected.2', label: '2.重复申请', core: '重复申请', group: 'rejected' },
  { key: 'rejected.3', label: '3.要求提供公开出版物', core: '要求提供公开出版物', group: 'rejected' },
  { key: 'rejected.4', label: '4.无正当理由大量反复申请', core: '无正当理由大量反复申请', group: 'rejected' },
  {
    key: 'rejected.5',
    label: '5.要求行政机关确认或重新出具已获取信息',
    core: '要求行政机关确认或重新出具已获取信息',
    group: 'rejected',
  },
  {
    key: 'other.1',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    core: '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请',
    group: 'other',
  },
  {
    key: 'other.2',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    core: '申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请',
    group: 'other',
  },
  { key: 'other.3', label: '3.其他', core: '其他', group: 'other' },
  { key: 'handled', label: '（七）总计', core: '总计' },
  { key: 'carryForward', label: '四、结转下年度继续办理', core: '结转下年度继续办理' },
];

/** The 21 result rows whose sum is （七）总计 (identity 2). */
export const RESULT_ROWS: readonly string[] = APPLICATION_ROWS.filter(
  (r) => r.key === 'granted' || r.key === 'partial' || r.group !== undefined,
).map((r) => r.key);

const ROW_LABELS = new Map(APPLICATION_ROWS.map((r) => [r.key, r.group ? `${GROUP_LABELS[r.group]}${r.label}` : r.label]));
const COLUMN_LABELS = new Map(APPLICATION_COLUMNS.map((c) => [c.key, c.label]));

/** The printed label of a row key: （三）不予公开1.属于国家秘密; a group's key (a group printed as one row) gives the group's label. */
export function applicationRowLabel(key: string): string {
  return ROW_LABELS.get(key) ?? (GROUP_LABELS as Readonly<Record<string, string>>)[key] ?? key;
}

export function applicationColumnLabel(key: string): string {
  return COLUMN_LABELS.get(key) ?? key;
}

/**
 * A column header cell table 三's template does not have, which organs add after 总计 (其中：涉企申请, 其中：网上申请:
 * rtAB cause 2). Normalised (punctuation dropped: 其中涉企申请).
 */
export const EXTRA_COLUMN_HEAD = /^其中/;
