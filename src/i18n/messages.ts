/**
 * Operational messages (what goes to stderr: a bad flag, a broken config, a plugin that will not load, a file
 * that cannot be read, a notice about a skipped file) in one zh/en table with {placeholders}, as rule messages
 * are. Errors carry a message id and data rather than text, so the CLI can print them in the run's language
 * even when that language was not known where the error was thrown. No node built-ins: the config code that
 * throws these also runs in the browser.
 */
import type { Locale, LocalizedText } from '../rules/types.js';

const MESSAGES = {
  raw: { zh: '{text}', en: '{text}' },
  atFile: { zh: '{file}: {detail}', en: '{file}: {detail}' },
  atFileKey: { zh: '{file}: {key}: {detail}', en: '{file}: {key}: {detail}' },

  // Reading files (config files, reports, the ignore file).
  fileNotFound: { zh: '找不到文件', en: 'file not found' },
  permissionDenied: { zh: '没有读取权限', en: 'permission denied' },
  isFolder: { zh: '是文件夹', en: 'is a folder' },
  notRegularFile: {
    zh: '不是普通文件（设备或管道），未读取；管道中的内容请用 - 从标准输入传入',
    en: 'not a regular file (a device or pipe); not read; pipe such content to standard input with -',
  },
  brokenLink: { zh: '符号链接指向的文件不存在（{target}）', en: 'symbolic link to a missing file ({target})' },
  cannotRead: { zh: '无法读取（{code}）', en: 'cannot be read ({code})' },
  binaryContent: { zh: '二进制内容，不是文本报告', en: 'binary content, not a text report' },
  notValidText: { zh: '不是有效的 {encoding} 文本', en: 'not valid {encoding} text' },
  unknownEncoding: {
    zh: '无法识别文字编码：既不是 UTF-8，也不是 GB18030/GBK；请用 --encoding 指定编码，或另存为 UTF-8 文本',
    en: 'unknown text encoding: neither UTF-8 nor GB18030/GBK; give it with --encoding, or save the file as UTF-8 text',
  },
  legacyOffice: {
    zh: '这是旧版 Word 或 WPS 文件（.doc/.wps），无法直接读取；请在 Word 或 WPS 中“另存为” .docx 后再检查',
    en: 'this is an old Word or WPS file (.doc/.wps), which cannot be read; save it as .docx in Word or WPS and check the .docx',
  },
  emptyDocument: { zh: '文档为空，没有可检查的内容', en: 'the document is empty: there is nothing to check' },
  fileTooLarge: {
    zh: '文件过大（{size} MB，超过 {limit} MB 的上限），未检查',
    en: 'file too large ({size} MB > {limit} MB limit); not checked',
  },
  nestedTooDeeply: { zh: '文档嵌套层级过深，无法读取', en: 'the document is nested too deeply to read' },

  // Documents the parser could not read (src/parser/read-error.ts: the parser throws the id, the edge words it).
  noReader: { zh: '没有读取 {format} 格式的程序', en: 'no reader for the {format} format' },
  noText: { zh: '文档中没有文字，没有可检查的内容', en: 'the document shows no text: there is nothing to check' },
  picturesOnly: {
    zh: '文档中只有图片，没有文字（扫描件，或以图片发布），无法检查；请提供可复制文字的版本',
    en: 'the document holds pictures and no text (a scan, or published as pictures): provide a version with text',
  },
  pdfNoText: {
    zh: 'PDF 没有文字层（可能是扫描件），请先进行 OCR 识别',
    en: 'the PDF has no text layer (scanned?): run OCR first',
  },
  pdfGarbled: {
    zh: 'PDF 的文字层无法解码（字体缺少字符映射，复制出的文字是乱码），请从 Word/WPS 重新导出 PDF，或检查 .docx 原文件',
    en: 'the PDF’s text layer cannot be decoded (its fonts lack a character map; copied text is garbled): export the PDF again from Word/WPS, or check the .docx',
  },
  pdfEncrypted: { zh: 'PDF 已加密，无法读取，请提供未加密的文件', en: 'the PDF is encrypted: provide an unencrypted copy' },
  pdfDamaged: { zh: 'PDF 文件已损坏或不完整（可能下载未完成）', en: 'the PDF is damaged or truncated' },
  pdfTooManyPages: { zh: 'PDF 共 {pages} 页，超过上限 {max} 页', en: 'the PDF has {pages} pages, more than the limit of {max}' },
  pdfTimeout: { zh: 'PDF 读取超时（{seconds} 秒）', en: 'reading the PDF took longer than {seconds} s' },
  // Named .pdf, but its first bytes say what else it is (src/parser/adapters/pdf-not-pdf.ts): say that, not "damaged".
  pdfIsPicture: {
    zh: '这是图片文件（{kind}），不是 PDF，其中的文字无法检查；请提供可复制文字的报告（PDF、Word 文档或网页）',
    en: 'this is a picture ({kind}), not a PDF, and its text cannot be checked: provide the report with text (PDF, Word or web page)',
  },
  pdfIsZip: {
    zh: '这是 zip 格式的文件（Word .docx、OFD 或压缩包），不是 PDF；请改回它的真实扩展名（如 .docx）后再检查',
    en: 'this is a zip file (a Word .docx, an OFD or an archive), not a PDF: give it its real extension (such as .docx) and check it again',
  },
  pdfIsWebPage: {
    zh: '这是网页文件（HTML），不是 PDF（下载得到的可能是网页或出错页面）；请在浏览器中打开查看，重新下载 PDF，或将其改为 .html 后再检查',
    en: 'this is a web page (HTML), not a PDF (the download may have returned a page or an error page): open it in a browser, download the PDF again, or rename it .html and check it',
  },
  // Both say the same: the reason (jszip's or mammoth's own words, e.g. "End of data reached (data length = 0,
  // asked index = 4)" for an empty file) names their internals, nothing a user can act on; it stays in the data.
  docxDamaged: {
    zh: '无法读取 .docx：文件已损坏，或不是 Word 文档（.doc 请另存为 .docx）',
    en: 'cannot read .docx: the file is damaged or not a Word document (save a .doc as .docx)',
  },
  // A zip that is not a Word document (src/parser/adapters/zip-kind.ts): say what it is and what to do.
  ofdFile: {
    zh: '这是 OFD 版式文件，不是 Word 文档，无法读取；请检查原始的 Word/WPS 文档，或将其导出为 PDF 后再检查',
    en: 'this is an OFD document, not a Word document, and cannot be read; check the original Word/WPS document, or export it as PDF',
  },
  odtFile: {
    zh: '这是 OpenDocument 文档（.odt），无法直接读取；请“另存为” .docx 后再检查',
    en: 'this is an OpenDocument file (.odt), which cannot be read; save it as .docx and check the .docx',
  },
  rtfFile: {
    zh: '这是 RTF 文档，无法直接读取；请“另存为” .docx 后再检查',
    en: 'this is an RTF file, which cannot be read; save it as .docx and check the .docx',
  },
  spreadsheetFile: {
    zh: '这是 Excel 或 WPS 表格文件，不是年度报告文档；请检查报告的 Word/WPS 文档',
    en: 'this is a spreadsheet, not a report document; check the report’s Word/WPS document',
  },
  presentationFile: {
    zh: '这是演示文稿文件，不是年度报告文档；请检查报告的 Word/WPS 文档',
    en: 'this is a presentation, not a report document; check the report’s Word/WPS document',
  },
  zipArchive: {
    zh: '这是 ZIP 压缩包，不是 Word 文档；请先解压，再检查其中的报告文件',
    en: 'this is a zip archive, not a Word document; unpack it and check the reports inside',
  },
  // Named as an archive (.zip, .rar, .7z), or a RAR or 7-Zip by its first bytes: whatever it holds, it is no report to read.
  archiveFile: {
    zh: '这是压缩包（.{ext}），无法直接读取；请先解压，再检查其中的报告文件',
    en: 'this is an archive (.{ext}), which cannot be read; unpack it and check the reports inside',
  },
  docxLying: {
    zh: '无法读取 .docx：文件已损坏（条目解压后比目录所记的大）',
    en: 'cannot read .docx: damaged (an entry inflates to more than the zip directory says)',
  },
  mhtmlNoPage: {
    zh: '无法读取网页存档（.mht/.mhtml）：其中没有网页内容',
    en: 'cannot read the web archive (.mht/.mhtml): it holds no web page',
  },
  mhtmlTruncated: {
    zh: '无法读取网页存档（.mht/.mhtml）：文件不完整（可能保存或下载未完成），请重新保存网页',
    en: 'cannot read the web archive (.mht/.mhtml): it is cut short (saving or downloading did not finish); save the page again',
  },
  mhtmlDamaged: {
    zh: '无法读取网页存档（.mht/.mhtml）：文件已损坏，请重新保存网页',
    en: 'cannot read the web archive (.mht/.mhtml): it is damaged; save the page again',
  },
  overBudget: {
    zh: '超出读取上限：{what} {over}（上限 {max}），未检查',
    en: 'over the reading limit: {what} {over} (limit {max}); not checked',
  },
  budgetBytes: { zh: '文件大小', en: 'file size' },
  budgetZip: { zh: 'Word 文件（.docx）大小', en: 'Word file (.docx) size' },
  budgetExpanded: { zh: '解压后大小', en: 'decompressed size' },
  budgetXml: { zh: '解压后的 XML 大小', en: 'decompressed XML size' },
  budgetEntries: { zh: '压缩包条目数', en: 'zip entries' },
  budgetPages: { zh: '页数', en: 'pages' },
  budgetBlocks: { zh: '段落和元素数', en: 'paragraphs and elements' },
  budgetItems: { zh: '文字片段数（每 10 字计 1）', en: 'text runs (10 characters count as one)' },
  budgetColumns: { zh: '表格列数', en: 'table columns' },
  budgetDepth: { zh: '嵌套层数', en: 'nesting depth' },

  // Config files.
  invalidJson: {
    zh: 'JSON 格式错误（第 {line} 行第 {column} 列）：{code}',
    en: 'invalid JSON at line {line}, column {column}: {code}',
  },
  hierarchySelf: {
    zh: '上级机关不能列为自己的下级机关（{name}），否则它的报告会计入与它比较的下级之和',
    en: 'a parent organ cannot be its own subordinate ({name}): its report would be added to the sum it is compared with',
  },
  hierarchyRepeated: {
    zh: '{file}: hierarchy 中 {parent} 的下级机关 {names} 列出不止一次（忽略空白后相同），按一个机关计入下级之和',
    en: '{file}: hierarchy names {names} more than once under {parent} (spacing aside); each is counted once in the sum',
  },
  rollUpUndecided: {
    zh: '{file}: 下级机关 {name} 在本次检查中的报告（{files}）属于不同机关，无法确定哪一份是其下级机关的，未核对汇总数',
    en: '{file}: the reports of {name} in this run ({files}) are of different organs and which is the subordinate cannot be told; the roll-up was not checked',
  },
  circularExtends: { zh: 'extends 形成循环，再次经过 {file}', en: 'circular extends through {file}' },
  unknownRule: { zh: '未知规则 "{id}"', en: 'unknown rule "{id}"' },
  unknownRuleSuggest: {
    zh: '未知规则 "{id}"，是否应为 "{suggestion}"？',
    en: 'unknown rule "{id}"; did you mean "{suggestion}"?',
  },
  badSeverity: {
    zh: '应为 "off"、"warn"、"error"、0、1、2 或 [级别, 选项]，实际为 {value}',
    en: 'expected "off", "warn", "error", 0, 1, 2 or [severity, options], got {value}',
  },
  badSeveritySuggest: {
    zh: '级别应为 "off"、"warn" 或 "error"，实际为 {value}；是否应为 "{suggestion}"？',
    en: 'expected "off", "warn" or "error", got {value}; did you mean "{suggestion}"?',
  },
  badSettingArray: {
    zh: '应为 [级别] 或 [级别, 选项]，实际是 {count} 项的数组',
    en: 'expected [severity] or [severity, options], got an array of {count}',
  },
  noOptions: { zh: '此规则没有选项', en: 'this rule takes no options' },
  unknownKey: { zh: '未知的键', en: 'unknown key' },
  forbiddenKey: { zh: '不允许使用此键名', en: 'this key name is not allowed' },
  missingKey: { zh: '缺少必需的键 "{key}"', en: 'missing required key "{key}"' },
  oneOfValues: { zh: '应为以下之一：{values}', en: 'must be one of {values}' },
  isInvalid: { zh: '无效', en: 'is invalid' },
  unknownPreset: {
    zh: '未知的配置 "{entry}"；可用 "reportlint:recommended"、"reportlint:all"、"plugin:<插件名>/<配置名>" 或相对路径',
    en: 'unknown config "{entry}"; use "reportlint:recommended", "reportlint:all", "plugin:<name>/<config>" or a relative path',
  },
  presetPluginNotListed: {
    zh: '"{entry}" 引用了插件 "{plugin}"，但 plugins 中没有列出它',
    en: '"{entry}" names plugin "{plugin}", which is not listed in plugins',
  },
  presetMissing: { zh: '插件 "{plugin}" 没有名为 "{config}" 的配置', en: 'plugin "{plugin}" has no config "{config}"' },
  ruleFlagNotObject: { zh: '无法把 {text} 解析为规则的 JSON 对象', en: 'cannot parse {text} as a JSON object of rules' },
  ruleFlagNoColon: { zh: '应为 "规则id: off|warn|error"，实际为 {text}', en: 'expected "rule-id: off|warn|error", got {text}' },
  ruleFlagBadJson: { zh: '无法把 {text} 解析为 JSON', en: 'cannot parse {text} as JSON' },
  ruleDefinedTwice: { zh: '规则 id "{id}" 定义了两次', en: 'rule id "{id}" is defined twice' },

  // Option values checked by ajv: English keeps ajv's own words; Chinese says the same for the usual keywords.
  ajvType: { zh: '应为 {type} 类型', en: '{ajv}' },
  ajvLimit: { zh: '应 {comparison} {limit}', en: '{ajv}' },
  ajvMinLength: { zh: '长度不能少于 {limit} 个字符', en: '{ajv}' },
  ajvMaxLength: { zh: '长度不能超过 {limit} 个字符', en: '{ajv}' },
  ajvMinItems: { zh: '不能少于 {limit} 项', en: '{ajv}' },
  ajvMaxItems: { zh: '不能多于 {limit} 项', en: '{ajv}' },
  ajvPattern: { zh: '应符合模式 "{pattern}"', en: '{ajv}' },
  ajvOther: { zh: '不符合要求（{ajv}）', en: '{ajv}' },

  // Plugins.
  pluginClash: { zh: '{a} 和 {b} 的名称都是 "{prefix}"', en: '{a} and {b} are both named "{prefix}"' },
  pluginNotFound: { zh: '"{name}"：从 {dir} 找不到该插件', en: '"{name}": cannot be found from {dir}' },
  formatterFailed: { zh: '格式化程序 {name} 出错：{reason}', en: 'formatter {name} failed: {reason}' },
  /** A plugin module or a custom formatter that never settles (src/parser/time-limit.ts). */
  timeLimitExceeded: { zh: '{seconds} 秒内没有完成', en: 'did not finish within {seconds} s' },
  pluginLoadFailed: { zh: '"{name}"：加载失败：{reason}', en: '"{name}": failed to load: {reason}' },
  pluginInvalid: { zh: '"{name}"：{detail}', en: '"{name}": {detail}' },
  pluginPrefixClash: {
    zh: '"{name}"：其规则将命名为 "{prefix}/…"，与 {other} 的规则重名',
    en: '"{name}": its rules would be named "{prefix}/…", like those of {other}',
  },
  pluginNotObject: {
    zh: '不是有效的插件：默认导出必须是对象 { meta, rules, configs? }',
    en: 'not a valid plugin: the default export must be an object { meta, rules, configs? }',
  },
  pluginMetaName: {
    zh: '不是有效的插件：meta.name 必须是非空字符串',
    en: 'not a valid plugin: meta.name must be a non-empty string',
  },
  pluginMetaVersion: { zh: '不是有效的插件：meta.version 必须是字符串', en: 'not a valid plugin: meta.version must be a string' },
  pluginRules: {
    zh: '不是有效的插件：rules 必须是以 id 为键的规则对象',
    en: 'not a valid plugin: rules must be an object of rules by id',
  },
  pluginConfigs: { zh: '不是有效的插件：configs 必须是对象', en: 'not a valid plugin: configs must be an object' },
  pluginConfigShape: { zh: '配置 "{name}" 必须是 { rules: {…} }', en: 'config "{name}" must be { rules: {…} }' },
  ruleMetaInvalid: { zh: '规则 "{id}" 的元数据无效：{detail}', en: 'rule "{id}" has invalid metadata: {detail}' },
  metaKebab: { zh: 'id 必须是 kebab-case', en: 'ids are kebab-case' },
  metaShape: { zh: '规则必须是 { meta, check(report, context) }', en: 'a rule is { meta, check(report, context) }' },
  metaId: { zh: 'meta.id 为 {actual}，但规则以 "{id}" 登记', en: 'meta.id is {actual}, but the rule is listed as "{id}"' },
  metaDescription: { zh: 'meta.description 需要中文（zh）和英文（en）文本', en: 'meta.description needs zh and en text' },
  metaCategory: { zh: 'meta.category 必须是以下之一：{values}', en: 'meta.category must be one of {values}' },
  metaBasis: { zh: 'meta.basis 必须说明规则依据的要求', en: 'meta.basis must say which requirement the rule enforces' },
  metaSeverity: { zh: 'meta.defaultSeverity 必须是 "warn" 或 "error"', en: 'meta.defaultSeverity must be "warn" or "error"' },
  metaRecommended: { zh: 'meta.recommended 必须是 true 或 false', en: 'meta.recommended must be true or false' },
  metaMessages: { zh: 'meta.messages 至少需要一条消息', en: 'meta.messages needs at least one message' },
  metaMessageText: { zh: '消息 "{key}" 需要中文（zh）和英文（en）文本', en: 'message "{key}" needs zh and en text' },
  metaUnknownMessage: { zh: 'severities/hints 引用了未知的消息 "{key}"', en: 'severities/hints name an unknown message "{key}"' },
  metaNeeds: {
    zh: 'meta.needs 只能是 "previousReport" 或 "subordinates"',
    en: 'meta.needs must be "previousReport" or "subordinates"',
  },
  metaValidateOptions: { zh: 'meta.validateOptions 必须是函数', en: 'meta.validateOptions must be a function' },
  metaSchema: { zh: 'meta.schema 不是有效的 JSON Schema（{reason}）', en: 'meta.schema is not a valid JSON schema ({reason})' },

  // Finding files.
  noFilesMatch: { zh: '没有与 "{pattern}" 匹配的文件', en: 'no files match the pattern "{pattern}"' },
  allIgnored: {
    zh: '与 "{pattern}" 匹配的文件都被忽略了（见忽略文件或 --ignore-pattern）',
    en: 'all files matched by "{pattern}" are ignored',
  },
  skipped: { zh: '{file}: 已跳过，{reason}', en: '{file}: skipped, {reason}' },
  skippedNotReports: {
    zh: '已跳过 {count} 个不是年度报告的文件：{files}',
    en: 'skipped {count} file(s) that are not annual reports: {files}',
  },
  skippedOwnOutput: {
    zh: '{file}: 已跳过，这是 reportlint 生成的汇总页',
    en: '{file}: skipped, a summary page reportlint wrote',
  },
  cacheNotWritten: {
    zh: '警告：缓存未写入 {file}（{reason}），结果不受影响',
    en: 'warning: the cache was not written to {file} ({reason}); the results stand',
  },
  cacheForeign: { zh: '不是 reportlint 缓存文件，未覆盖', en: 'not a reportlint cache file, left as it is' },
  workerTimeout: {
    zh: '检查此文件超过 {seconds} 秒未完成（可能是某条插件规则陷入死循环），已停止；其他文件不受影响',
    en: 'checking this file took more than {seconds} s (a plugin rule in an endless loop?) and was stopped; other files are unaffected',
  },
  workerExited: {
    zh: '检查此文件时工作线程意外退出（退出码 {code}），其他文件不受影响',
    en: 'the thread checking this file stopped unexpectedly (exit code {code}); other files are unaffected',
  },
  workersKeepStopping: {
    zh: '检查用的工作线程反复意外退出（退出码 {code}）',
    en: 'lint workers keep stopping unexpectedly (exit code {code})',
  },
  folderUnreadable: {
    zh: '{file}: 文件夹无法读取（{code}），其中的报告未检查',
    en: '{file}: folder cannot be read ({code}); the reports in it were not checked',
  },
  skippedBinary: { zh: '{file}: 已跳过，二进制内容（不是文本报告）', en: '{file}: skipped, binary content (not a text report)' },
  ignoredExplicit: {
    zh: '{file}: 已被忽略文件或 --ignore-pattern 忽略（加 --no-ignore 可检查它）',
    en: '{file}: ignored by the ignore file or --ignore-pattern (use --no-ignore to lint it)',
  },
  ignoreFileUnreadable: { zh: '{file}: 无法读取忽略文件（{reason}）', en: '{file}: cannot read the ignore file ({reason})' },
  previousUnreadable: { zh: '--previous: {file}: {reason}', en: '--previous: {file}: {reason}' },
  previousUnused: {
    zh: '--previous: {file}（{organ} {year} 年度）不是本次任何报告的上一年度报告（同一机关的 {next} 年度报告），未用于核对',
    en: '--previous: {file} ({organ}, {year}) is last year’s report of no report in this run (a {next} report of the same organ); it was not used',
  },
  previousNoSummary: {
    zh: '--previous: {file}: 找不到报告年度或表三',
    en: '--previous: {file}: no report year or no table 三 found',
  },

  // The suppressions file (review decisions kept outside the reports).
  suppressionsInvalid: {
    zh: '{file}: 无法读取屏蔽记录文件（{reason}）',
    en: '{file}: cannot read the suppressions file ({reason})',
  },
  suppressionsNotObject: { zh: '不是以文件为键的 JSON 对象', en: 'not a JSON object of files' },
  suppressionsNotWritten: { zh: '无法写入屏蔽记录 {file}：{reason}', en: 'cannot write the suppressions file {file}: {reason}' },
  suppressionsWrote: { zh: '已更新屏蔽记录 {file}。', en: 'Updated the suppressions in {file}.' },
  suppressionsUnused: {
    zh: '{file} 中有 {count} 条屏蔽记录本次未出现；运行 --prune-suppressions 可清理。',
    en: '{count} suppression(s) in {file} no longer occur; run with --prune-suppressions to remove them.',
  },

  // The command line.
  seeHelp: { zh: '运行 reportlint --help 查看用法。', en: 'Run reportlint --help for usage.' },
  langExpected: { zh: '--lang: 应为 zh 或 en', en: '--lang: expected zh or en' },
  maxWarningsExpected: { zh: '--max-warnings: 应为不小于 -1 的整数', en: '--max-warnings: expected an integer ≥ -1' },
  maxFileSizeExpected: {
    zh: '--max-file-size: 应为不小于 0 的数字（MB），实际为 "{value}"',
    en: '--max-file-size: expected a number of MB ≥ 0, got "{value}"',
  },
  concurrencyExpected: {
    zh: '--concurrency: 应为 1 到 {max} 的整数、auto 或 off，实际为 "{value}"',
    en: '--concurrency: expected an integer from 1 to {max}, auto or off, got "{value}"',
  },
  onlyOnce: { zh: '--{name} 只能指定一次', en: '--{name} can be given only once' },
  unknownFormat: { zh: '未知的输出格式 "{name}"；可用：{names}', en: 'unknown format "{name}"; available: {names}' },
  formatterNoDefault: {
    zh: '{name}: 格式化模块必须默认导出一个函数',
    en: '{name}: a formatter module must export a default function',
  },
  extractFormat: {
    zh: 'extract: --format 应为 json 或 text，实际为 "{format}"',
    en: 'extract: --format must be json or text, got "{format}"',
  },
  explainUnknown: { zh: '--explain: {detail}', en: '--explain: {detail}' },
  tooManyWarnings: {
    zh: 'reportlint 发现 {count} 个警告，超过 --max-warnings {max}。',
    en: 'reportlint found {count} warnings, more than --max-warnings {max}.',
  },
  // Writing the findings to files (-o, -f format:file).
  outputNotWritten: { zh: '无法写入输出文件 {file}：{reason}', en: 'cannot write the output file {file}: {reason}' },
  sameOutputFile: {
    zh: '有两个输出都写入 {file}：请为每种格式指定不同的文件',
    en: 'two outputs are written to {file}: give each format a file of its own',
  },
  noWritePermission: { zh: '没有写入权限', en: 'permission denied' },
  pathNotFolder: { zh: '路径中有一部分是文件而不是文件夹', en: 'a part of the path is a file, not a folder' },
  diskFull: { zh: '磁盘空间不足', en: 'no space left on the device' },
  folderNotCreated: { zh: '无法在此处创建文件夹', en: 'a folder on the path cannot be created there' },
  initExists: { zh: '{file} 已存在，未覆盖。', en: '{file} already exists; not overwritten.' },
  initWrote: { zh: '已写入 {file}。', en: 'Wrote {file}.' },
} as const satisfies Record<string, LocalizedText>;

export type MessageId = keyof typeof MESSAGES;

/** A value for a placeholder: text, a number, a list (joined in the locale's way) or another message. */
export type MessageValue = string | number | readonly string[] | Msg;

export interface Msg {
  id: MessageId;
  data?: Readonly<Record<string, MessageValue>>;
}

export function msg(id: MessageId, data?: Readonly<Record<string, MessageValue>>): Msg {
  return data ? { id, data } : { id };
}

/** The reason for a plugin module or a formatter stopped by its time limit (a TimeLimitError's `ms`). */
export function timeLimitExceeded(ms: number): Msg {
  return msg('timeLimitExceeded', { seconds: ms / 1000 });
}

/**
 * Fills `{name}` placeholders from `data`; a placeholder without data stays as written. The one template
 * function of rule messages, operational messages, the page and the roll-up.
 */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data?.[name];
    return value === undefined ? whole : String(value);
  });
}

/** The text of a message in one locale; a placeholder without data stays as written. */
export function render(message: Msg, locale: Locale): string {
  const data = message.data;
  const shown = data && Object.fromEntries(Object.keys(data).map((name) => [name, shownValue(data[name]!, locale)]));
  return fillTemplate(MESSAGES[message.id][locale], shown);
}

/** A message value as text: a list joined in the locale's way, a nested message rendered. */
function shownValue(value: MessageValue, locale: Locale): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isList(value)) return value.join(locale === 'zh' ? '、' : ', ');
  return render(value, locale);
}

/** `say('seeHelp', 'en')`: render() for the CLI's own lines. */
export function say(id: MessageId, locale: Locale, data?: Readonly<Record<string, MessageValue>>): string {
  return render(msg(id, data), locale);
}

/** An error whose message comes from the table: `message` is Chinese, `localized(locale)` any language. */
export class LocalizedError extends Error {
  readonly detail: Msg;
  constructor(detail: Msg | string) {
    const m = typeof detail === 'string' ? msg('raw', { text: detail }) : detail;
    super(render(m, 'zh'));
    this.detail = m;
    this.name = 'LocalizedError';
  }

  localized(locale: Locale): string {
    return render(this.detail, locale);
  }

  /** Rewrites `message` in `locale` (library callers that asked for English get English errors). */
  inLocale(locale: Locale): this {
    this.message = this.localized(locale);
    return this;
  }
}

/** The message of any error, in `locale` when it comes from the table, else its first line. */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof LocalizedError) return error.localized(locale);
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

function isList(value: MessageValue): value is readonly string[] {
  return Array.isArray(value);
}
