/** Positive signs that a document is an annual report at all (certainty.ts, notAReport). */
export const NOT_A_REPORT = {
  /** Shorter normalised text than this is an empty or truncated file: other findings say so, not this one. */
  minLength: 20,
  /**
   * A report's title names both: 政府信息公开 (or 政务公开) and 年度报告 (or 年报), or the year's work reported as the
   * title reader accepts it (2023年度政府信息公开工作报告, 关于2023年度政府信息公开工作情况的报告: red team rtT §12).
   */
  titleWords: [/政府信息公开|政务公开/, /年度报告|年报|年度(?:政府信息公开|政务公开)(?:工作)?(?:情况)?的?报告/],
  /** Two placed sections make a structure no README or config file has. */
  sections: 2,
  /** Report prose is Chinese: a README or JSON file that quotes a heading is mostly Latin letters and markup. */
  chineseShare: 0.5,
  /** … and it names several of the six subjects. */
  subjects: 3,
  /**
   * A site's error page (normalised text: no punctuation, no spaces): the page asked for is not there. Only with
   * nothing of a report beside it (pageOnly).
   */
  errorPage:
    /页面不存在|页面未找到|找不到(?:该|此|您要访问的|您访问的|您所访问的)?(?:页面|网页)|(?:页面|网页|信息|文章|内容)(?:可能)?已被?(?:删除|移除|撤销|撤下)|访问的(?:页面|网页|信息|文章|内容)不存在|404notfound|pagenotfound/gi,
  /**
   * A report's title as a site's column page lists it, with its year (normalised text): 青山县东湖镇人民政府2023年政府
   * 信息公开工作年度报告, 2023年度某局政府信息公开年报. Several of different years, and nothing else, are a list page.
   */
  listedTitle: /((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,30}?(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报)/g,
  /** Titles of at least this many different years make a list of reports. */
  listedYears: 2,
  /**
   * A listed title whole, the organ's name before its year included (青山县交通运输局2018年政府信息公开工作年度报告):
   * what a list page holds of it is all furniture. Titles of this many different organs, even of one year, make a list
   * of several organs' reports (a site's column of its departments' reports; red team rtT §1).
   */
  listedWhole:
    /[\u4e00-\u9fff]{0,30}?((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,30}?(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报)/g,
  listedOrgans: 3,
  /**
   * The title of a document about the report or about the year's work, never the report itself (red team rtT §1): the
   * notice publishing it (关于…年度报告的公告/通知), its interpretation (一图读懂…, 图解：…, 关于…年度报告的解读), the
   * year's plan (…政务公开工作要点, 工作方案), a part of the year (第一季度, 上半年). Read on the title (or, with none read,
   * the first line naming a year and worded as a title), and decided only with no table 三 or 四 of the report read.
   */
  otherGenre: [
    /关于.{0,60}(?:报告|年报)[》」]?的?(?:公告|通知|通报|解读|说明|函)$/,
    /^(?:一图(?:读懂|看懂|解读)|图解|图说|解读)/,
    /(?:报告|年报)[》」]?的?(?:图解|解读)$/,
    /工作要点|工作方案|实施方案/,
    /第?[一二三四1-4]季度|上半年|下半年|前三季度/,
  ],
  /** A list page's own words: its paging (共3条 1/1页, 上一页, 尾页, 更多) and the column's name. */
  listFurniture:
    /共\d+(?:条|页|篇)|第?\d+页|上一页|下一页|尾页|末页|更多|跳转|(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报)/g,
  /**
   * Beside an error page's words or a list of reports, no more than this many Chinese characters that are not the
   * page's furniture: a report's prose, however short, is more.
   */
  pageOnly: 40,
} as const;

/** Reports in a format the rules do not check (certainty.ts, formatNotChecked; red team rtT §2, §7). */
export const OTHER_FORMAT = {
  /**
   * A public institution's or enterprise's name right before the title's year (青山县第一中学2023年…, 青山师范学院
   * 2022-2023学年…, 青山县人民医院…, 青山县自来水有限公司…): it reports under its sector's 信息公开办法, in its own
   * format, when its title names 信息公开 without 政府 (OTHER_FORMAT.governmentWords).
   */
  publicUnit: /(?:小学|中学|学校|大学|学院|幼儿园|医院|卫生院|保健院|公司|集团)(?=\s*(?:19|20)\d{2}|\s*[〇○零一二]{4})/,
  governmentWords: /政府信息公开|政务公开/,
  /** The last report year before the 2019 template: reports on 2018 and earlier were free-form. */
  lastFreeYear: 2018,
} as const;

/** Signs that a file with a report's title holds no body (certainty.ts, noBody). */
export const NO_BODY = {
  /** The body is elsewhere: an attachment named or linked, or a page that loads it by script (normalised text). */
  elsewhere: /附件|下载|点击查看|详见|(?:pdf|docx?|wps|ofd|zip|rar)(?![a-z])|正在加载|加载中|请稍候/i,
  /** What a page prints beside a title and is no report: dates' labels, a source, its menus, tools and footer. */
  furniture:
    /发布(?:时间|日期|机构)|来源|日期|浏览次数|访问量|阅读量|字号|[大中小]{3}|打印本?页?|关闭窗口|分享到?|微信|微博|QQ空间|扫一扫在手机打开当前页|责任编辑|索引号|主题分类|主办单位|承办单位|网站标识码|备案号|ICP|首页|当前位置|机构概况|互动交流|办事服务|网站地图|无障碍浏览|长者模式|关于我们|联系我们|返回顶部/gi,
  /**
   * A web page's signs that it shows the report from a file it does not hold (html-elsewhere.ts): a frame, embed or
   * object of a document or a viewer, a link to a document, a script of a PDF viewer.
   */
  documentUrl: /\.(?:pdf|ofd|docx?|wps|xlsx?|zip|rar)(?:$|[?#&])/i,
  viewer: /pdf(?:\.min)?\.js|pdfjs|pdfobject|pdfh5|viewer\.html|ofd(?:\.min)?\.js|ofdview|getDocument\s*\(/i,
  /** No more than this many Chinese characters besides the title and such furniture (an organ's name): no report. */
  titleOnly: 12,
  /**
   * The sentence a page publishing its report as a file says (normalised text: no punctuation): 根据《中华人民共和国政府
   * 信息公开条例》规定，现将本机关2023年政府信息公开工作年度报告予以公布，欢迎社会各界监督 (red team rtT §1). It tells
   * the report is elsewhere and is no prose of it.
   */
  publishing:
    /根据[\u4e00-\u9fff《》]{0,40}?(?:第[\u4e00-\u9fff\d]{1,6}条)?(?:的?(?:有关)?(?:规定|要求))?现将[\u4e00-\u9fff\d《》]{0,70}?(?:予以公布|予以公开|予以发布|公布如下|发布如下)(?:欢迎社会各界监督|请予监督)?(?:如有疑问请(?:与[\u4e00-\u9fff]{0,20})?联系)?/g,
  /** Beside a sign of the body elsewhere, no more than this many (附件：某县财政局2023年报, 正在加载，请稍候): no report. */
  besideSign: 40,
} as const;

/**
 * A saved page's button that shows the rest of an article folded away (html-fold.ts): 展开全文, 阅读全文, 点击查看更多,
 * 展开全部 (red team rtY §7), alone in its element, an arrow or bracket around it at most. The rest is in the file,
 * hidden, so a broader wording is safe here: html-fold reads only hidden text that continues the report.
 */
export const EXPAND_BUTTON =
  /^[\s【[［(（<《«>»↓∨︾﹀⌄▼…]*(?:点击)?(?:展开|阅读|查看|显示)(?:剩余)?(?:全文|全部|更多|剩余内容)(?:内容)?[\s】\]］)）>》»↓∨︾﹀⌄▼…]*$/;

/**
 * A link that opens the rest of the article in place where the save holds only what stood before it (paged-article.ts):
 * the wordings sites print for the rest of this text, 展开全文, 阅读全文, 点击查看更多, each in its own words. Broader
 * ones (查看更多内容, 阅读更多内容, 《…》 around them) stand as often under a list of related articles, and a collapse
 * makes the report's later parts unread, so they stay no collapse (review20 1b). Every collapse is an EXPAND_BUTTON.
 */
export const COLLAPSE =
  /^[\s【[<«]*(?:展开全文|阅读全文|查看全文|显示全文|展开剩余全文|点击(?:展开|查看|阅读)(?:全文|剩余内容|更多内容|更多)|展开更多内容)[\s】\]>»↓∨﹀⌄]*$/;
