/**
 * The certainty principle (docs/architecture.md, "Reading certainty"): reportlint accuses a report only of
 * what it read. Where it could not read a part — a section whose heading could not be placed, a table whose
 * rows could not be aligned, numbers run together — every other rule stays silent about that part, and this
 * rule says so once, where it is, with what the editor can do. It never reports a defect of the report.
 */
import { SECTIONS } from '../parser/data/sections.js';
import { ACTIVE_ROWS } from '../parser/data/active.js';
import { applicationRowLabel } from '../parser/data/applications.js';
import { REVIEW_GROUP_LABELS } from '../parser/data/review.js';
import { findSection, findTable, otherPagesPlace } from '../parser/query.js';
import type {
  ReportNode,
  TableKey,
  TableNode,
  Undecodable,
  UnreadableReason,
  UnreadableReasonId,
  UnreadableRow,
} from '../parser/types.js';
import { defineRule, type FindingInput, type LocalizedText } from './types.js';
import { TABLE_NAMES, TABLE_NAMES_EN } from '../parser/data/tables.js';

const TABLE_SECTIONS: readonly TableKey[] = ['active', 'applications', 'review'];

// Reasons are worded here, in both languages, and passed as {reason_zh} / {reason_en}: each message template
// takes its own language's words, so an English run never shows Chinese reasons.
const ROW_REASONS: Readonly<Record<UnreadableRow['reason'], LocalizedText>> = {
  valueCount: { zh: '数值个数与列数对不上', en: 'the number of values does not match the columns' },
  // As many values as columns, one per line, but their sum is not the total: the row cannot be placed with
  // certainty, and it may well hold the wrong figure the identity check would have reported.
  notAddingUp: {
    zh: '数值每行一个，但各项之和不等于总计：其中可能漏了空白单元格或混入了页码等多余数字，也可能有数字填错',
    en: 'one value per line, and they do not add up to the total: a blank cell may have left no line or a stray number such as a page number may stand among them, or a figure may be wrong',
  },
  digitsRunTogether: { zh: '数字连在一起，无法分列', en: 'digits run together with more than one possible split' },
  unplaced: { zh: '找到了行名，但找不到对应的数值', en: 'the row label is there but its values are not' },
  unknownLabel: { zh: '', en: '' },
  numbersInOneCell: {
    zh: '一个单元格里有两个以空格隔开的数字，无法确定各属哪一列',
    en: 'a cell holds two numbers separated by a blank: which column each belongs to cannot be told',
  },
  stackedValues: {
    zh: '一个单元格里的数字换行分成了上下两段，无法确定是一个数字折了行，还是两个数字',
    en: 'digits in a cell are broken over two lines: whether they are one number wrapped or two numbers cannot be told',
  },
  wrappedNumber: {
    zh: '有数字被折行或跨页断开，无法确定是否完整',
    en: 'a number is broken over a line or page and cannot be read as whole with certainty',
  },
  valuesBeforeLabels: {
    zh: '数值印在行名之前，无法确定各组数值属于哪一行',
    en: 'values are printed before their row labels, and which row each block belongs to cannot be told',
  },
  undecodable: {
    zh: '行中有无法读取的字符（�），数值或行名可能已丢失',
    en: 'characters of the row cannot be read (�): a value or its label may be lost',
  },
  labelUnreadable: {
    zh: '该行位置有一行数值，但行名无法识别',
    en: 'a row of values stands in its place, but its label cannot be read',
  },
  labelsInOneCell: {
    zh: '两行的行名挤在一个单元格里，无法确定数值属于哪一行',
    en: 'two rows’ labels stand in one cell, and which row the values belong to cannot be told',
  },
  numberInLabel: {
    zh: '行名末尾连着一个数字，而第一列为空，该数字可能就是第一列的数值',
    en: 'the label ends in a number and the first column is blank: that number may be the first value',
  },
  pageImage: { zh: '可能在只有图片的页上', en: 'they may stand on a page that is only a picture' },
  otherPage: { zh: '可能在网页的下一个分页上', en: 'they may stand on the next page of the paged web article' },
  // OCR'd text (cell borders read as | or ]): a digit misread (3173 as 3073) and a wrong figure look the same.
  ocrUncertain: {
    zh: '表格为扫描件识别（OCR）所得文字，该行数值无法确认（各项之和不等于总计，或数值中夹有边框线、字母等字符）：可能有数字识别错误',
    en: 'the table is OCR text of a scan, and the row’s values cannot be confirmed (they do not add up to the total, or a border stroke or letter stands among them): a digit may have been misread',
  },
  stackedLabels: {
    zh: '几行的行名连排在前、数值另起一块排在后，无法确定每行数值属于哪个行名',
    en: 'several rows’ labels stand as a block with their values as a block after them: which line of values is which label’s cannot be told',
  },
  columnOrder: {
    zh: '表头各列的顺序与格式不同，无法确定每个数值属于哪一列',
    en: 'the header names the columns in another order than the format, so which column each value belongs to cannot be told',
  },
  ocrLabelLost: {
    zh: '表格为扫描件识别（OCR）所得文字，找不到该行，其行名可能被识别成了别的字',
    en: 'the table is OCR text of a scan and the row is not found: its label may have been misread beyond recognition',
  },
  ocrTableDamaged: {
    zh: '文档为扫描件识别（OCR）所得文字，该表有行或列未能识别，该行数值无法确认',
    en: 'the document is OCR text of a scan and rows or columns of this table were lost: the row’s values cannot be confirmed',
  },
  splitRow: {
    zh: '该行分成了两行填写（行名相同、各加了说明），无法确定本行的数值是两行之和还是其中一行',
    en: 'the row is printed as two rows (its label on both, each with a qualifier): whether its figures are their sum or one of them cannot be told',
  },
  amountUnit: {
    zh: '表头或标题写了不止一种金额单位（如万元和元），无法确定收费金额是哪种单位',
    en: 'the header or caption names more than one unit of money (万元 and 元), so which one the amount is in cannot be told',
  },
  cutAtPageEdge: {
    zh: '有数字印到了页面边缘（表格超出页面），边缘之外的数字没有印出，无法确定完整数值',
    en: 'a number runs to the edge of the page (the table is wider than the page): digits past the edge were not printed, so its whole value cannot be read',
  },
};

/** Each reason's words, from its numbers (a row count, a value count and the format's). */
const TABLE_REASONS: Readonly<Record<UnreadableReasonId, (n: Readonly<Record<string, number>>) => LocalizedText>> = {
  sectionHeading: () => ({
    zh: '正文中有该部分的字样，但无法确定标题的位置',
    en: 'its words are in the text, but no line can be placed as its heading',
  }),
  sectionOtherWording: () => ({
    zh: '其所在位置有一个标题，但措辞与格式规定的不同，无法确认就是该部分',
    en: 'a heading stands in its place, worded otherwise than the format, so it cannot be told to be that section',
  }),
  sectionImage: () => ({
    zh: '其所在位置有图片，标题可能以图片形式发布',
    en: 'a picture stands where its heading would: the heading may be published as that picture',
  }),
  undecodable: () => ({
    zh: '其所在位置有无法读取的字符（�），可能已丢失',
    en: 'characters where it would stand cannot be read (�): it may be among them',
  }),
  pageImage: () => ({
    zh: '其所在位置是一页图片（没有文字），可能就在该页上',
    en: 'a page that is only a picture (no text) stands where it would: it may be on that page',
  }),
  unreadChunk: () => ({
    zh: '其所在位置嵌入了一段无法读取的其他格式内容（altChunk），可能就在其中',
    en: 'embedded content in another format (altChunk) that cannot be read stands where it would: it may be in it',
  }),
  otherPage: () => ({
    zh: '它所在的位置在网页的其他分页上（或在「展开全文」之后），本页没有',
    en: 'it would stand on another page of the paged web article (or behind “read more”), not on this one',
  }),
  tableWords: () => ({
    zh: '正文中有该表的行列名称，但无法对齐到格式的行列',
    en: "its row and column names are in the text but cannot be aligned with the format's rows and columns",
  }),
  tableImage: () => ({ zh: '该表以图片形式发布', en: 'it is published as an image' }),
  tablePlaceholder: () => ({
    zh: '此处只有转换工具留下的「[TABLE]」标记，表格内容没有转换过来',
    en: "only a converter's “[TABLE]” mark stands there: the table itself was not converted",
  }),
  tableAttachment: () => ({
    zh: '正文写明该表在附表或附件中，附件未随本文件检查',
    en: 'the text says it is in an attachment (附表/附件), which was not checked with this file',
  }),
  tableRows: () => ({
    zh: '行名与数值无法对应到格式的行列',
    en: "row labels and values cannot be matched to the format's rows and columns",
  }),
  tableDigits: (n) => ({
    zh: `有 ${n['count']} 行的数字连在一起，无法分列`,
    en: `${n['count']} row(s) print digits run together with more than one possible split`,
  }),
  tableColumnOrder: () => ({
    zh: '表头各列的顺序与格式不同（可能是扫描识别或排版打乱了列序），无法确定每个数值属于哪一列',
    en: 'the header names the columns in another order than the format (OCR of a scan or the layout may have moved them), so which column each value belongs to cannot be told',
  }),
  tableOtherYear: () => ({
    zh: '该表出现两次，前一张的标题写明是往年的数据，无法确定哪一张是本年度的',
    en: "it is printed twice, the first captioned as an earlier year's, so which one is this year's cannot be told",
  }),
  tableCutAtPageEdge: (n) => ({
    zh: `表格超出了页面，有 ${n['count']} 行的数字印到页面边缘为止，边缘之外的数字没有印出，无法确定完整数值`,
    en: `the table is wider than the page: ${n['count']} row(s) print a number up to the page's edge, and digits past the edge were not printed, so its whole value cannot be read`,
  }),
  reviewNoValues: () => ({ zh: '有表头，但找不到其中的数值', en: 'the header is there but none of its values' }),
  reviewWrappedNumber: () => ROW_REASONS.wrappedNumber,
  reviewStackedValues: () => ROW_REASONS.stackedValues,
  reviewValueCount: (n) => ({
    zh: `有 ${n['count']} 个数值，与格式的 ${n['expected']} 列对不上`,
    en: `${n['count']} values where the format has ${n['expected']} columns`,
  }),
  tableDebris: () => ({
    zh: '该部分标题之后只有零星的表格文字和数字，没有成句的说明：表格可能在扫描识别或转换中损坏了',
    en: "only scattered pieces of a table's labels and figures follow the section heading, and no sentence: the table may have been damaged by OCR or a conversion",
  }),
  tableOcrLost: () => ({
    zh: '文字为扫描件识别（OCR）所得，该部分标题之后只有零星字符，表格可能没有被识别出来',
    en: 'the text is OCR of a scan, and only a few stray characters follow the section heading: the table may not have been recognised',
  }),
  tableOcrDamaged: (n) => ({
    zh: `文字为扫描件识别（OCR）所得，该表有 ${n['count']} 行或列未能识别，其余各行的数值也无法确认`,
    en: `the text is OCR of a scan and ${n['count']} of the table's rows or columns were not recognised: the values of the other rows cannot be confirmed either`,
  }),
  tableSectionUnplaced: () => ({
    zh: '该表所在部分的标题无法定位，无法确定表格在哪里',
    en: 'the heading of its section could not be placed, so where the table stands cannot be told',
  }),
  tableUnlabelled: (n) => ({
    zh: `该部分有一张含 ${n['count']} 个数值的表，但表头和行名无法识别`,
    en: `a table of ${n['count']} numbers stands in its section, but its header and labels cannot be read`,
  }),
};

function reasonData(reason: UnreadableReason | undefined): { reason_zh: string; reason_en: string } {
  if (!reason) return { reason_zh: '', reason_en: '' };
  const text = TABLE_REASONS[reason.id](reason.data ?? {});
  return { reason_zh: text.zh, reason_en: text.en };
}

function rowLabel(kind: TableKey, row: UnreadableRow): string {
  if (!row.key) return row.label;
  if (kind === 'applications') return applicationRowLabel(row.key);
  if (kind === 'review') return REVIEW_GROUP_LABELS[row.key] ?? row.key;
  return ACTIVE_ROWS.find((r) => r.key === row.key)?.label ?? row.key;
}

export default defineRule({
  meta: {
    id: 'unreadable-content',
    description: {
      zh: '说明报告中无法确定读取的部分（不判定为缺失或错误）',
      en: 'Say which parts of the report could not be read with certainty (never reported as missing or wrong)',
    },
    category: 'structure',
    basis: '只对读懂的内容下结论：无法读取的部分提示一次，由编辑人工核对',
    defaultSeverity: 'warn',
    recommended: true,
    messages: {
      notAReport: {
        zh: '不是政府信息公开工作年度报告：未找到报告标题、六个部分或表二至表四',
        en: 'Not an annual report on government information disclosure: no title, none of the six sections, no tables 2–4',
      },
      secondReport: {
        zh: '文件中还有另一份年度报告（「{title}」起）：只检查了第一份，其后的内容未检查',
        en: 'The file holds another annual report (from “{title}”): only the first was checked, nothing after it',
      },
      publicInstitution: {
        zh: '公共企事业单位（学校、医院、供水等）按本行业信息公开办法编写的年度报告，不是政府信息公开工作年度报告：未按 2021 年格式检查',
        en: 'A public institution’s or enterprise’s report (a school, a hospital, a water company) in its sector’s own format, not a government information disclosure report: not checked against the 2021 format',
      },
      beforeTemplate: {
        zh: '{year}年度的报告早于 2019 年起使用的表格格式：表格和各部分未按格式检查',
        en: 'A report on {year}, before the tables’ format (used from 2019): its tables and sections were not checked against the format',
      },
      noBody: {
        zh: '没有报告正文（至多只有标题）：未找到六个部分中的任何一部分，也未找到表格（正文可能在附件中，或由网页脚本加载）',
        en: 'No report body (a title at most): none of the six sections and no table (the body may be an attachment, or loaded by a script)',
      },
      ocrScan: {
        zh: '该 PDF 是扫描件，文字来自 OCR 识别（文字层不可靠：字符可能识别错误，位置可能错行），未逐项核对',
        en: 'This PDF is a scan: its text comes from OCR (an unreliable text layer: characters may be misread, words put on the wrong line), and nothing in it was checked',
      },
      ocrText: {
        zh: '该文件是 OCR 识别结果（hOCR），文字来自扫描图像的识别（字符可能识别错误，位置可能错行），未逐项核对',
        en: 'This file is OCR output (hOCR): its text was recognised from a scan (characters may be misread, words put on the wrong line), and nothing in it was checked',
      },
      garbledText: {
        zh: '该 PDF 的文字层部分乱码（字体的字符映射有误，例如「政务公开」读出为「政ó|开」），标题、表格行名和日期无法确定读取，未逐项核对',
        en: 'Part of this PDF’s text layer is garbled (its fonts map glyphs to the wrong characters, e.g. 政务公开 reads as 政ó|开): headings, table row labels and dates cannot be read with certainty, and nothing in it was checked',
      },
      textBoxes: {
        zh: '该 Word 文件的文字几乎都在浮动文本框中（多为由 PDF 转换而来），文本框在文件中的先后不是页面上的阅读顺序：各部分的次序、表格中的数字属于哪一行都无法确定，未逐项核对',
        en: 'The text of this Word file stands almost all in floating text boxes (usually a PDF converted to Word): their order in the file is not the order on the page, so the order of the sections and the row each table figure belongs to cannot be told, and nothing in it was checked',
      },
      undecodable: {
        zh: '文件按 {encoding} 读取，但有 {count} 处字节不是有效的 {encoding}（文件可能在复制或传输中损坏），这些字符显示为 �，无法读取（第 {lines} 行）；这些位置上的内容不作缺失或错误判断',
        en: 'Read as {encoding}, but {count} place(s) hold bytes that are not valid {encoding} (the file may have been damaged in a copy or transfer): those characters show as � and cannot be read (line {lines_en}); nothing that stood there is reported as missing or wrong',
      },
      replacementCharacters: {
        zh: '文本中有 {count} 处字符显示为 �（原来的字符已丢失，无法读取）（第 {lines} 行）；这些位置上的内容不作缺失或错误判断',
        en: '{count} place(s) of the text show � (the characters there were lost and cannot be read) (line {lines_en}); nothing that stood there is reported as missing or wrong',
      },
      picturePages: {
        zh: '第 {pages} 页只有图片、没有文字（可能是扫描页），其内容无法读取；这些页上可能有的部分、表格和说明均不作缺失判断',
        en: 'Page {pages_en} shows only a picture and no text (a scanned page?): its content cannot be read, and nothing that may stand there is reported as missing',
      },
      unreadChunks: {
        zh: '文档中嵌入了 {count} 段其他格式的内容（altChunk，如 RTF），无法读取；其中可能有的部分、表格和说明均不作缺失判断',
        en: 'The document embeds {count} part(s) in another format (altChunk, such as RTF) that cannot be read: nothing that may stand there is reported as missing',
      },
      otherPages: {
        zh: '这是网页分页显示的报告中的一页{which}，其他页上的内容没有读到；那些页上可能有的部分、表格和说明均不作缺失判断',
        en: 'This is one page of a report its website shows over several pages{which_en}: the other pages were not read, and nothing that may stand on them is reported as missing',
      },
      collapsed: {
        zh: '网页只显示了报告的前一部分（其余内容在「展开全文」之后，没有一同保存），后面的内容没有读到；其中可能有的部分、表格和说明均不作缺失判断',
        en: 'The page shows only the first part of the report (the rest is behind “read more” and was not saved with it): nothing that may stand in the rest is reported as missing',
      },
      excerpt: {
        zh: '粘贴的内容只是报告的一部分（只有{parts}），只检查了粘贴的部分；没有粘贴的部分、表格、统计期限和收费说明均不作缺失判断',
        en: 'The pasted text is part of a report (only {parts_en}): only what was pasted is checked, and nothing not pasted (parts, tables, the statistical period, the fee statement) is reported as missing',
      },
      cutShort: {
        zh: '文件在表格中途结束，似乎没有下载或保存完整，其后的内容没有读到；其中可能有的行、部分和说明均不作缺失判断',
        en: 'The file stops in the middle of a table, as if not downloaded or saved in full: nothing that may stand after that point (rows, parts, statements) is reported as missing',
      },
      section: { zh: '无法确定「{section}」的位置：{reason_zh}', en: 'Could not place “{section_en}”: {reason_en}' },
      table: { zh: '无法读取{table}：{reason_zh}', en: 'Could not read {table_en}: {reason_en}' },
      tableImage: {
        zh: '{table}以图片形式发布，无法读取和核对其中的数据',
        en: '{table_en} is published as an image: its figures cannot be read or checked',
      },
      rows: {
        zh: '{table}有 {count} 行无法读取（{reason_zh}）：{rows}',
        en: '{table_en}: {count} row(s) could not be read ({reason_en}): {rows_en}',
      },
    },
    hints: {
      notAReport: {
        zh: '只检查年度报告文件；如确为年度报告，请检查标题和各部分标题',
        en: 'Lint annual reports only; if this is one, check its title and section headings',
      },
      secondReport: {
        zh: '每份年度报告单独成文件后再检查',
        en: 'Lint each annual report as a file of its own',
      },
      publicInstitution: {
        zh: '公共企事业单位的信息公开年度报告按本行业的规定编写，不适用本工具；如确为政府信息公开工作年度报告，请在标题中写明',
        en: 'A public institution’s report follows its sector’s rules, which this tool does not check; if this is a government information disclosure report, say so in its title',
      },
      beforeTemplate: {
        zh: '2019 年以前的报告没有统一表格格式，请人工核对；如年度读错，请检查标题和统计期限中的年份',
        en: 'Reports before 2019 had no common tables, so check this one by hand; if the year was misread, check the year in the title and the period',
      },
      noBody: {
        zh: '请检查报告正文本身（附件中的 Word、PDF 文件，或网页上显示的正文）；如正文确实缺失，请补全六个部分',
        en: 'Lint the report body itself (the attached Word or PDF file, or the text the page shows); if the body is really missing, write the six sections',
      },
      ocrScan: {
        zh: '请检查原始的 Word/WPS 文档或其直接导出（非扫描）的 PDF',
        en: 'Lint the original Word/WPS document, or a PDF exported from it (not scanned)',
      },
      ocrText: {
        zh: '请检查原始的 Word/WPS 文档或其直接导出（非扫描）的 PDF',
        en: 'Lint the original Word/WPS document, or a PDF exported from it (not scanned)',
      },
      garbledText: {
        zh: '请检查原始的 Word/WPS 文档，或从原件直接导出（未经再次处理）的 PDF',
        en: 'Lint the original Word/WPS document, or a PDF exported from it directly (not processed again)',
      },
      textBoxes: {
        zh: '请检查原始的 Word/WPS 文档，或直接检查 PDF 文件',
        en: 'Lint the original Word/WPS document, or the PDF itself',
      },
      undecodable: {
        zh: '请核对 � 处的原文并重新保存为 UTF-8 文本；如文件是其他编码，请用 --encoding 指定',
        en: 'Check the original text where � stands and save the file again as UTF-8; if it is in another encoding, give it with --encoding',
      },
      replacementCharacters: {
        zh: '请核对 � 处的原文，或改用未损坏的原件检查',
        en: 'Check the original text where � stands, or lint an undamaged copy',
      },
      picturePages: {
        zh: '请改用每页都有文字的 PDF（由 Word/WPS 直接导出），或人工核对这些页',
        en: 'Lint a PDF whose every page holds text (exported from Word/WPS), or check those pages by hand',
      },
      unreadChunks: {
        zh: '请在 Word 中打开并另存为 .docx（嵌入内容会转为正文），或人工核对嵌入的内容',
        en: 'Open the file in Word and save it again as .docx (the embedded content becomes body text), or check that content by hand',
      },
      otherPages: {
        zh: '请把报告的所有分页一起保存或复制（或改用报告的 Word/PDF 原件）再检查',
        en: 'Save or copy every page of the report together (or lint its Word/PDF original), then check again',
      },
      collapsed: {
        zh: '请先点击「展开全文」再保存或复制网页（或改用报告的 Word/PDF 原件）再检查',
        en: 'Open “read more” before saving or copying the page (or lint the Word/PDF original), then check again',
      },
      excerpt: {
        zh: '要检查整份报告，请粘贴报告全文（包括标题），或选择报告文件',
        en: 'To check the whole report, paste all of it (with its title), or choose the report file',
      },
      cutShort: {
        zh: '请重新下载或保存完整的报告（或改用报告的 Word/PDF 原件）再检查',
        en: 'Download or save the whole report again (or lint its Word/PDF original), then check again',
      },
      section: {
        zh: '请让该部分标题单独成行；如由网页或 PDF 转换而来，可改用 Word/HTML 原件检查',
        en: 'Put the heading on a line of its own, or check the original Word/HTML file',
      },
      table: {
        zh: '请检查原文表格；可改用 Word/HTML 原件检查，这部分内容需人工核对',
        en: 'Check the table by hand, or lint the original Word/HTML file',
      },
      tableImage: {
        zh: '请以文字表格发布该表（图片中的数字无法检索、复制或朗读），或人工核对图片中的数据',
        en: 'Publish the table as text (figures in an image cannot be searched, copied or read aloud), or check them by hand',
      },
      rows: {
        zh: '请人工核对这些行，或改用 Word/HTML 原件检查',
        en: 'Check these rows by hand, or lint the original Word/HTML file',
      },
    },
  },
  check(report, context) {
    if (report.reading?.notAReport) {
      context.report({ node: report, messageId: 'notAReport' });
      return;
    }
    if (report.reading?.noBody) {
      context.report({ node: report, messageId: 'noBody' });
      return;
    }
    if (report.reading?.formatNotChecked === 'publicInstitution') {
      context.report({ node: report, messageId: 'publicInstitution' });
      return;
    }
    if (report.reading?.formatNotChecked === 'beforeTemplate') {
      context.report({ node: report, messageId: 'beforeTemplate', data: { year: String(report.year) } });
      return;
    }
    if (report.reading?.ocrScan) {
      // A PDF is a scan under its OCR layer; any other format read as OCR is an engine's output (hOCR).
      context.report({ node: report, messageId: report.format === 'pdf' ? 'ocrScan' : 'ocrText' });
      return;
    }
    if (report.reading?.garbledText) {
      context.report({ node: report, messageId: 'garbledText' });
      return;
    }
    if (report.reading?.textBoxes) {
      context.report({ node: report, messageId: 'textBoxes' });
      return;
    }
    const reading = report.reading;
    if (!reading) return;
    // A second report after the first (a yearbook of reports in one file): only the first was read.
    if (reading.secondReport) {
      context.report({
        node: report,
        ...(reading.secondReport.position ? { place: reading.secondReport.position } : {}),
        messageId: 'secondReport',
        data: { title: reading.secondReport.title },
      });
    }
    // Bytes the decoder replaced: the characters there are lost, whatever part they fall in. Said once, with the
    // lines, for every place (the rules stay silent about what may have stood there).
    if (reading.undecodable) {
      context.report({
        node: report,
        place: reading.undecodable.position,
        // Bytes read in an encoding, or text given with U+FFFD already in it (pasted from a damaged copy).
        messageId: reading.undecodable.encoding ? 'undecodable' : 'replacementCharacters',
        data: undecodableData(reading.undecodable),
      });
    }
    // Pages that are only pictures: said once, with the parts that may stand on them (reason pageImage).
    if (reading.picturePages) {
      const { pages, places } = reading.picturePages;
      context.report({
        node: report,
        ...(places[0] ? { place: places[0] } : {}),
        messageId: 'picturePages',
        data: { pages: pages.join('、'), pages_en: pages.join(', ') },
      });
    }
    // Chunks of a .docx not read (RTF): said once, where the first stands, with the parts that may be in them.
    if (reading.unreadChunks) {
      const { places } = reading.unreadChunks;
      context.report({
        node: report,
        ...(places[0] ? { place: places[0] } : {}),
        messageId: 'unreadChunks',
        data: { count: places.length },
      });
    }
    // Pages of a paged article not there (or the rest of a file cut short, or what was not pasted): said once, where
    // the text meets them (otherPagesPlace), with the parts that may stand there.
    if (reading.otherPages) {
      const { page, pages, collapsed, cutShort, excerpt } = reading.otherPages;
      const place = otherPagesPlace(reading.otherPages);
      const held = excerpt ? SECTIONS.filter((spec) => reading.sections[spec.key]?.status === 'read') : [];
      const data: Record<string, string> = excerpt
        ? {
            parts: held.map((spec) => `第${spec.numeral}部分`).join('、'),
            parts_en: held.map((spec) => `part ${spec.numeral}`).join(', '),
          }
        : {
            which: page && pages ? `（第 ${page} 页，共 ${pages} 页）` : pages ? `（共 ${pages} 页）` : '',
            which_en: page && pages ? ` (page ${page} of ${pages})` : pages ? ` (${pages} pages)` : '',
          };
      const messageId = excerpt ? 'excerpt' : cutShort ? 'cutShort' : collapsed ? 'collapsed' : 'otherPages';
      context.report({ node: report, ...(place ? { place } : {}), messageId, data });
    }
    const onPicture = (c: { reason?: { id: string } } | undefined): boolean =>
      c?.reason?.id === 'pageImage' || c?.reason?.id === 'unreadChunk' || c?.reason?.id === 'otherPage';
    // Sections the reader could not place usually share one cause (a page without line breaks): one finding.
    const unplaced = SECTIONS.filter(
      (spec) => reading.sections[spec.key]?.status === 'unreadable' && !onPicture(reading.sections[spec.key]),
    );
    if (unplaced.length) {
      const first = unplaced.map((spec) => reading.sections[spec.key]?.position).find(Boolean);
      const data = {
        section: unplaced.map((spec) => spec.canonical).join('、'),
        section_en: unplaced.map((spec) => `section ${SECTIONS.indexOf(spec) + 1}`).join(', '),
        // Lost characters where each heading would stand say more than "could not be placed".
        ...reasonData({
          id: unplaced.every((spec) => reading.sections[spec.key]?.reason?.id === 'undecodable')
            ? 'undecodable'
            : unplaced.some((spec) => reading.sections[spec.key]?.reason?.id === 'sectionImage')
              ? 'sectionImage'
              : unplaced.every((spec) => reading.sections[spec.key]?.reason?.id === 'sectionOtherWording')
                ? 'sectionOtherWording'
                : 'sectionHeading',
        }),
      };
      context.report({ node: report, ...(first ? { place: first } : {}), messageId: 'section', data });
    }
    for (const kind of TABLE_SECTIONS) {
      const c = reading.tables[kind];
      const near: ReportNode = findSection(report, kind) ?? report;
      if (c?.status === 'unreadable' && onPicture(c)) continue;
      if (c?.status === 'unreadable') {
        // A table printed as an image has a message of its own: what the editor can do differs.
        const image = c.reason?.id === 'tableImage';
        context.report({
          node: near,
          ...(c.position ? { place: c.position } : {}),
          messageId: image ? 'tableImage' : 'table',
          data: { table: TABLE_NAMES[kind], table_en: TABLE_NAMES_EN[kind], ...(image ? {} : reasonData(c.reason)) },
        });
        continue;
      }
      const table = findTable(report, kind);
      if (table) reportRows(table, kind, (f) => context.report(f));
    }
  },
});

/** One finding per table for all of its rows that could not be read, whatever the reasons. */
function reportRows(table: TableNode, kind: TableKey, report: (finding: FindingInput<'rows'>) => void): void {
  // Rows that may stand on a page that is only a picture: the page's finding says so once.
  // So do rows that may stand on another page of a paged web article.
  const rows = table.unreadableRows.filter(
    (r) => r.reason !== 'unknownLabel' && r.reason !== 'pageImage' && r.reason !== 'otherPage',
  );
  if (!rows.length) return;
  const reasons = [...new Set(rows.map((r) => r.reason))].map((r) => ROW_REASONS[r]);
  const first = rows.find((r) => r.position)?.position;
  report({
    node: table,
    ...(first ? { place: first } : {}),
    messageId: 'rows',
    data: {
      table: TABLE_NAMES[kind],
      table_en: TABLE_NAMES_EN[kind],
      count: rows.length,
      reason_zh: reasons.map((r) => r.zh).join('；'),
      reason_en: reasons.map((r) => r.en).join('; '),
      rows: rows.map((r) => rowLabel(kind, r)).join('、'),
      // In English each label is quoted, as table-structure lists rows: the labels are the report's own words.
      rows_en: rows.map((r) => `“${rowLabel(kind, r)}”`).join(', '),
    },
  });
}

/** Lines listed in the undecodable message: the first few, in order; the rest as 等 / …. */
const LISTED_LINES = 8;

function undecodableData(u: Undecodable): Record<string, string | number> {
  const lines = [...new Set(u.places.map((p) => p.start.line))];
  const shown = lines.slice(0, LISTED_LINES);
  const more = lines.length > LISTED_LINES || u.places.length < u.count;
  return {
    count: u.count,
    encoding: (u.encoding ?? 'utf-8').toUpperCase(),
    lines: shown.join('、') + (more ? ' 等' : ''),
    lines_en: shown.join(', ') + (more ? ', …' : ''),
  };
}
