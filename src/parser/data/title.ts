/** How the report's title is recognised (title.ts). */

export const TITLE_LIMITS = {
  /** A title is one short line, or a few wrapped ones; longer text is a sentence. */
  maxLength: 70,
  /** The title stands among the first lines of the preamble. */
  searchLines: 15,
  /** A wrapped title spans at most this many lines (OCR and PDF wrap a long title once or twice). */
  wrappedLines: 3,
  /** An organ's name on the line above the title is short and has no sentence punctuation. */
  organLine: 30,
  /** A crawler's metadata header is the first lines of the file. */
  headerLines: 12,
} as const;

/**
 * What makes a line a report's title: 年度报告 or 年报, or the year's work reported and nothing after it but a
 * bracket (青州市生态环境局2024年度政府信息公开工作报告, …关于2024年度政府信息公开工作情况的报告: red team M1,
 * 2026-12-06); 关于报送…工作报告的通知 ends with other words and is no title.
 */
export const REPORT_WORDS =
  /年度报告|年报|年度?(?:政府信息公开|政务公开)(?:(?:和|与|及|暨)(?:政府信息公开|政务公开))?(?:工作)?(?:情况)?的?报告(?:[（(][^（()）]{0,10}[）)])?$/;

/**
 * A title (or its first wrapped line) names its year or its subject; a line naming only the organ stands above
 * the title (白沙镇人民政府 ⏎ 2023年…年度报告) and is read as the organ, not joined into the title.
 */
export const TITLE_OPENERS = /政府信息公开|政务公开|年度报告/;

/** A metadata field of a crawler's header (标题: …, 发布机构: …), the value possibly empty. */
export const HEADER_FIELD = /^(标题|发布机构|发文机关|来源)\s*[:：]\s*(.*)$/;

/**
 * A line of a web page above the title, never its start (matched with ASCII digits): a breadcrumb (首页 > … >
 * 2024年政府信息公开年报), or a date, alone or after a greeting or the site's name (2024年01月20日 星期六, 今天是
 * 2024年1月20日, 尚志市人民政府 2022年1月20日 星期四 晴).
 */
export const NOT_TITLE_START = /[>›»＞]|^[^\d]{0,20}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

/**
 * A line under a title that dates the page, never a piece of the title (matched with ASCII digits): a label
 * (发布日期：, 发布时间：, 日期：, 来源：…), a day (2024年1月20日, （2024年1月20日）, 2024-01-20, 2024.1.20). A title names
 * its year, never a month or a day; joined to a yearless title, 发布日期：2024年1月20日 made 2024 the report's year
 * (red team I1, 2026-12-06).
 */
export const DATE_LINE =
  /^[\s（(【[]*(?:发布|印发|成文|更新|公开|信息)?(?:日期|时间)|^[\s（(【[]*(?:来源|发布机构|作者|浏览|点击)|\d{4}\s*年\s*\d{1,2}\s*月|\d{4}\s*[-./／]\s*\d{1,2}\s*[-./／]\s*\d{1,2}/;

/**
 * A year written in Chinese numerals (二〇二三年, 二零二三年, 二○二三年): read as 2023年 wherever the title's year is
 * read. Exactly four numerals before 年, so 十 (二十三年) and longer runs are not years.
 */
export const CHINESE_YEAR = /(?<![〇○零一二三四五六七八九])([〇○零一二三四五六七八九0-9]{4})(?=\s*年)/g;

/**
 * Where the organ's name ends in a title without the year first (南岭市公安局政府信息公开工作2023年度报告,
 * 南岭市公安局政府信息公开工作年度报告（2023年度）): the subject, when what follows it is the report's own words,
 * not an organ's (国务院办公厅政府信息与政务公开办公室 is an organ: 办公室 follows). 政府信息公开 right after 人民 is the
 * organ's 人民政府 and the subject's 信息公开 (东河县人民政府信息公开2023年度报告: the organ was read as 东河县人民, rtZ 5).
 */
export const SUBJECT_IN_TITLE =
  /(?:(?<!人民)政府信息公开|政务公开|信息公开)(?:(?:和|与|及|暨)(?:政府信息公开|政务公开))?(?:工作)?(?=年度|年报|报告|\d|[（(【[]|$)/;

/**
 * A title that names no year (南岭市公安局政府信息公开工作年度报告): read only when no dated title stands among the
 * first lines, and only when what precedes the subject is an organ's name (organ-above.ts); the year then comes
 * from the statistical period.
 */
export const YEARLESS_TITLE =
  /^(.+?)(?:关于)?(?:政府信息公开|政务公开)(?:(?:和|与|及|暨)(?:政府信息公开|政务公开))?(?:工作)?(?:年度报告|年报)(?:[（(][^（()）]{0,10}[）)])?$/;

/**
 * Words of a web page's chrome, never of an organ's name: a site banner (…门户网站, …欢迎您), a column or a
 * breadcrumb (政务公开, 信息公开目录, 政府信息公开年报, 当前位置), the page's tools (打印本页 关闭窗口, 字体).
 */
export const SITE_CHROME =
  /网站|门户|网$|首页|频道|栏目|专栏|专题|目录|公开|年报|报告|打印|关闭|窗口|字体|位置|导航|搜索|登录|无障碍|欢迎|发布|动态|信箱|互动/;

/**
 * An organ's name names its place or level (东河县农业农村局, 一面坡镇人民政府, 国家统计局): a column's name that
 * merely ends like an organ (工作部署, 新闻发布会, 我要办) does not.
 */
export const ORGAN_PLACE = /省|市|县|区|州|盟|旗|镇|乡|街道|苏木|国家|国务院|中国|中华人民共和国|自治区/;
