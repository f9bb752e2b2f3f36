/** Table 四 (行政复议、行政诉讼): three groups of five columns (docs/domain.md). */

export const REVIEW_GROUPS = ['review', 'litigation', 'litigationAfterReview'] as const;
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

export const REVIEW_GROUP_LABELS: Readonly<Record<string, string>> = {
  review: '行政复议',
  litigation: '行政诉讼·未经复议直接起诉',
  litigationAfterReview: '行政诉讼·复议后起诉',
};

export const REVIEW_COLUMN_LABELS: Readonly<Record<string, string>> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};
