/** Narrative figures are read in the many ways real reports write them, with their scope. */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';

async function figures(sentence: string) {
  const { report } = await parseReport(`一、总体情况\n\n${sentence}\n`, { format: 'text' });
  return report.figures.map((f) => [f.kind, f.value, f.scope]);
}

describe('narrative figures', () => {
  it.each([
    ['2023年，我局共收到政府信息公开申请26件。', [['applicationsReceived', 26, 'organ']]],
    [
      '全年新收依申请公开十二件，办结11件。',
      [
        ['applicationsReceived', 12, 'organ'],
        ['handled', 11, 'organ'],
      ],
    ],
    [
      '本年度共受理政府信息公开申请1,204件，上年结转3件，结转下年度5件。',
      [
        ['applicationsReceived', 1204, 'organ'],
        ['carried', 3, 'organ'],
        ['carryForward', 5, 'organ'],
      ],
    ],
    ['2021年，一面坡镇未接到任何形式的信息公开申请。', [['applicationsReceived', 0, 'organ']]],
    ['2023年度我局共收到依申请信息公开26件，均已按时答复。', [['applicationsReceived', 26, 'organ']]],
    ['全市各级行政机关共收到政府信息公开申请3456件。', [['applicationsReceived', 3456, 'jurisdiction']]],
    [
      '发生政府信息公开行政复议2件、行政诉讼1件。',
      [
        ['reviewCases', 2, 'organ'],
        ['litigationCases', 1, 'organ'],
      ],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await figures(sentence)).toEqual(expected);
  });

  // Counts of other matters: 行政许可, 办事 and 信访 applications, answers to 留言 and 诉求, others' cases, 征地 lawsuits.
  it.each([
    ['本年度受理行政许可申请1200件，办结1200件。', []],
    ['政务服务大厅接到群众办事申请356件。', []],
    ['收到群众信访申请12件。', []],
    ['通过政府门户网站答复100件网民留言。', []],
    ['答复170件群众诉求。', []],
    ['主动公开政府信息318条，办结群众来信12件，答复12件。', []],
    ['我镇司法所协助办理行政复议案件3件。', []],
    ['镇政府作为被告的行政诉讼案件2件均与征地有关。', []],
    ['共收到政府信息公开申请12件，受理行政许可申请1200件，办结1200件。', [['applicationsReceived', 12, 'organ']]],
    [
      '共收到政府信息公开申请12件，办结 12 件（含上年结转2件）。',
      [
        ['applicationsReceived', 12, 'organ'],
        ['carried', 2, 'organ'],
        ['handled', 12, 'organ'],
      ],
    ],
    ['办结12件政府信息公开申请。', [['handled', 12, 'organ']]],
    ['本局协助办理行政复议案件3件，本局发生行政复议案件2件。', [['reviewCases', 2, 'organ']]],
    // Table 四's header as a PDF of a .docx prints it among the text (LibreOffice): 未经复议 denies no review.
    ['行政复议 行政诉讼未经复议直接 复议后起诉 行政复议 行政诉讼起诉结果维持', []],
    ['未经行政复议直接提起行政诉讼的案件另行统计', []],
    [
      '本年度未发生行政复议和行政诉讼。',
      [
        ['reviewCases', 0, 'organ'],
        ['litigationCases', 0, 'organ'],
      ],
    ],
    // Red team rtV (2026-12-07): a negation reads to its clause's end; 申请人 is no application; reviews and lawsuits
    // counted together; the docket before its disclosure part; digit-by-digit numerals; several years.
    [
      '未被申请行政复议，被提起行政诉讼31起。',
      [
        ['litigationCases', 31, 'organ'],
        ['reviewCases', 0, 'organ'],
      ],
    ],
    [
      '未发生政府信息公开行政复议，发生行政诉讼31件。',
      [
        ['litigationCases', 31, 'organ'],
        ['reviewCases', 0, 'organ'],
      ],
    ],
    [
      '全年没有发生申请人对答复不服提起行政复议、行政诉讼的情况。',
      [
        ['reviewCases', 0, 'organ'],
        ['litigationCases', 0, 'organ'],
      ],
    ],
    ['未发生行政复议、行政诉讼被纠错的情况。', []],
    [
      '全年发生政府信息公开行政复议、行政诉讼案件共44件，其中行政复议13起、行政诉讼31起。',
      [
        ['reviewCases', 13, 'organ'],
        ['litigationCases', 31, 'organ'],
      ],
    ],
    ['全年共发生行政诉讼案件120件（其中政府信息公开类31件）。', []],
    ['全年共收到政府信息公开申请二二六件。', [['applicationsReceived', 226, 'organ']]],
    ['全年共收到政府信息公开申请二〇〇件以上。', []],
    [
      '全年共受理政府信息公开申请312件（其中新收226件，上年结转86件）。',
      [
        ['receivedWithCarried', 312, 'organ'],
        ['carried', 86, 'organ'],
      ],
    ],
    ['2020—2022年，我局共收到政府信息公开申请650件，其中2022年收到226件。', []],
    ['2022年1月至12月本局共收到政府信息公开申请226件。', [['applicationsReceived', 226, 'organ']]],
    ['2022年12月份本局共收到政府信息公开申请45件。', []],
    ['本局及所属单位共收到政府信息公开申请2,001件。', [['applicationsReceived', 2001, 'jurisdiction']]],
    ['按照全市政务公开工作部署，本局全年共收到政府信息公开申请999件。', [['applicationsReceived', 999, 'organ']]],
  ])('reads only disclosure counts: %s', async (sentence, expected) => {
    expect(await figures(sentence)).toEqual(expected);
  });

  it('drops `**` that CommonMark leaves literal next to CJK punctuation, keeping exact positions', async () => {
    const { report } = await parseReport('## 一、总体情况\n\n**（一）依申请公开。**我局共收到政府信息公开申请12件。\n', {
      format: 'markdown',
    });
    const paragraph = report.children[0]!.children[0]!;
    expect(paragraph).toMatchObject({ type: 'paragraph', text: '（一）依申请公开。我局共收到政府信息公开申请12件。' });
    expect(report.figures[0]).toMatchObject({ value: 12, position: { start: { line: 3, column: 16 } } });
  });

  it('keeps the position of the figure', async () => {
    const { report } = await parseReport('一、总体情况\n\n我局共收到政府信息公开申请２６件。\n', { format: 'text' });
    expect(report.figures[0]).toMatchObject({ value: 26, position: { start: { line: 3, column: 3 } } });
  });
});
