/** Positive signs that a document is an annual report at all (certainty.ts, notAReport). */
export const NOT_A_REPORT = {
  /** Shorter normalised text than this is an empty or truncated file: other findings say so, not this one. */
  minLength: 20,
  /** A report's title names both: 政府信息公开 (or 政务公开) and 年度报告 (or 年报). */
  titleWords: [/政府信息公开|政务公开/, /年度报告|年报/],
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
  /** A list page's own words: its paging (共3条 1/1页, 上一页, 尾页, 更多) and the column's name. */
  listFurniture:
    /共\d+(?:条|页|篇)|第?\d+页|上一页|下一页|尾页|末页|更多|跳转|(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报)/g,
  /**
   * Beside an error page's words or a list of reports, no more than this many Chinese characters that are not the
   * page's furniture: a report's prose, however short, is more.
   */
  pageOnly: 40,
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
  /** Beside a sign of the body elsewhere, no more than this many (附件：某县财政局2023年报, 正在加载，请稍候): no report. */
  besideSign: 40,
} as const;
