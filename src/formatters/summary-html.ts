/**
 * `--format summary-html`: one self-contained page for an office that reviews a whole batch of reports — a verdict
 * per report, counts per rule and per organ, the key figures side by side with outliers marked, and bar charts.
 * No script and nothing fetched (a CSP forbids it), so it opens from disk or an attachment on a machine offline.
 * Figures come from each result's `facts` (the CLI keeps them for this format); a formatter never parses.
 */
import type { Formatter, FormatterContext } from './types.js';
import type { LintResult } from '../engine/types.js';
import { oneLine } from './shared.js';
import { carryOverState, carryOverText } from './carry-text.js';
import { relativePath } from './paths.js';
import { escapeXml as esc, barChart } from './summary-svg.js';
import {
  FIGURE_KEYS,
  VERDICTS,
  summarize,
  verdictOf,
  type BatchSummary,
  type FigureKey,
  type ReportRow,
  type Verdict,
} from './summary-data.js';

const TEXT = {
  zh: {
    title: '政府信息公开工作年度报告检查汇总',
    overview: (n: number, e: number, w: number) => `共 ${n} 份报告，${e} 个错误，${w} 个警告。`,
    verdict: { publish: '可以发布', revise: '需要修改', unreadable: '无法完整读取' } as Record<Verdict, string>,
    reports: '报告',
    rules: '各规则的问题数',
    organs: '各机关',
    figures: '主要数据对照',
    findings: '问题明细',
    file: '文件',
    organ: '机关',
    year: '年度',
    errors: '错误',
    warnings: '警告',
    rule: '规则',
    affected: '涉及报告',
    byVerdict: '报告结论',
    verdictHead: '结论',
    carryOver: '上年结转核对',
    byOrganTop: (n: number) => `各机关的申请数据（新收最多的 ${n} 个）`,
    byRule: '各规则的问题数',
    byOrgan: '各机关的申请数据',
    count: '份数',
    unknown: '（未识别）',
    outlier: '与本批其他报告差异较大',
    noFindings: '没有问题。',
    line: '行',
    legend: '▲ 标记的数字与本批其他报告差异较大（超出四分位距的 1.5 倍），请核对；“—”表示未读到或无法计算。',
    figure: {
      received: '新收申请',
      handled: '办结',
      carryForward: '结转下年',
      grantRate: '予以公开率',
      correctionRate: '复议纠错率',
      reviews: '行政复议',
      lawsuits: '行政诉讼',
    } as Record<FigureKey, string>,
  },
  en: {
    title: 'Annual disclosure reports: batch summary',
    overview: (n: number, e: number, w: number) =>
      `${n} report${n === 1 ? '' : 's'}, ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}.`,
    verdict: { publish: 'Ready to publish', revise: 'Needs changes', unreadable: 'Could not be read in full' } as Record<
      Verdict,
      string
    >,
    reports: 'Reports',
    rules: 'Findings per rule',
    organs: 'Organs',
    figures: 'Key figures side by side',
    findings: 'Findings',
    file: 'File',
    organ: 'Organ',
    year: 'Year',
    errors: 'Errors',
    warnings: 'Warnings',
    rule: 'Rule',
    affected: 'Reports',
    byVerdict: 'Reports by verdict',
    verdictHead: 'Verdict',
    carryOver: 'Carry-over check',
    byOrganTop: (n: number) => `Applications by organ (the ${n} with most received)`,
    byRule: 'Findings per rule',
    byOrgan: 'Applications by organ',
    count: 'reports',
    unknown: '(unknown)',
    outlier: 'far from the rest of this batch',
    noFindings: 'No findings.',
    line: 'line',
    legend:
      '▲ marks a figure far from the rest of this batch (beyond 1.5 × the interquartile range): check it. “—”: not read or not computable.',
    figure: {
      received: 'Received',
      handled: 'Handled',
      carryForward: 'Carried forward',
      grantRate: 'Disclosure rate',
      correctionRate: 'Review correction rate',
      reviews: 'Admin. reviews',
      lawsuits: 'Lawsuits',
    } as Record<FigureKey, string>,
  },
} as const;

const COLORS = {
  publish: '#2e7d32',
  revise: '#c62828',
  unreadable: '#6d6d6d',
  error: '#c62828',
  warning: '#ef9f00',
  received: '#1565c0',
  handled: '#7cb342',
};

const CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",system-ui,sans-serif;margin:24px;color:#222;max-width:1280px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;font-size:13px;margin:4px 0}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
.verdict{font-weight:bold;white-space:nowrap}.v-publish{color:${COLORS.publish}}.v-revise{color:${COLORS.revise}}.v-unreadable{color:${COLORS.unreadable}}
.outlier{background:#fff3cd;font-weight:bold}.carry-mismatch{color:${COLORS.revise};font-weight:bold}.carry-notChecked,.carry-partial{color:#888}.muted{color:#888}.cards{display:flex;gap:12px;margin:12px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 16px;min-width:120px}.card b{display:block;font-size:26px}
.charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}figure{margin:0}.small{font-size:10px}svg{font-size:12px;max-width:100%;height:auto}
.chart-title{font-size:14px;font-weight:bold}.value,.legend{fill:#444}.label{fill:#222}
details{margin:4px 0}summary{cursor:pointer}li{margin:2px 0;font-size:13px}.rule{color:#666;font-size:12px}
@media print{details{display:block}body{margin:0}}
`;

export const summaryHtml: Formatter = (results, context) => {
  const t = TEXT[context.locale === 'en' ? 'en' : 'zh'];
  const s = summarize(results, context.cwd);
  const lang = context.locale === 'en' ? 'en' : 'zh-CN';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="reportlint${context.version ? ` ${esc(context.version)}` : ''}">
<title>${esc(t.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(t.title)}</h1>
<p>${esc(t.overview(s.reports.length, s.errors, s.warnings))}</p>
<div class="cards">${VERDICTS.map((v) => `<div class="card v-${v}" data-verdict="${v}"><b>${s.verdicts[v]}</b>${esc(t.verdict[v])}</div>`).join('')}</div>
<div class="charts">
${charts(s, t)}
</div>
<h2>${esc(t.figures)}</h2>
<p class="muted">${esc(t.legend)}</p>
${reportsTable(s.reports, results, t, context)}
<h2>${esc(t.rules)}</h2>
${rulesTable(s, t, context)}
<h2>${esc(t.organs)}</h2>
${organsTable(s, t)}
<h2>${esc(t.findings)}</h2>
${findingsList(results, t, context)}
</body>
</html>
`;
};

type Text = (typeof TEXT)[keyof typeof TEXT];

const MAX_ORGAN_BARS = 30;

/** Findings that come from the engine rather than a rule, described like rules are. */
const PASSES: Readonly<Record<string, Readonly<Record<'zh' | 'en', string>>>> = {
  reportlint: {
    zh: '无法读取的文件、内部错误或无效的屏蔽注释',
    en: 'Unreadable files, internal errors, unused disable comments',
  },
};

function charts(s: BatchSummary, t: Text): string {
  const verdicts = barChart({
    title: t.byVerdict,
    series: VERDICTS.map((v) => ({ name: t.verdict[v], color: COLORS[v] })),
    bars: VERDICTS.map((v, i) => ({ label: t.verdict[v], values: VERDICTS.map((_, j) => (i === j ? s.verdicts[v] : 0)) })),
    legendless: true,
  });
  const rules = barChart({
    title: t.byRule,
    series: [
      { name: t.errors, color: COLORS.error },
      { name: t.warnings, color: COLORS.warning },
    ],
    bars: s.rules.map((r) => ({ label: r.rule, values: [r.errors, r.warnings] })),
  });
  // The latest readable report of each organ: one bar group per organ, not per file.
  const latest = new Map<string, ReportRow>();
  for (const r of s.reports) {
    if (!r.figures || r.figures.received === null) continue;
    // Two organs printing one name (甲县's and 乙县's 城关镇人民政府) are two bars, each with where it is.
    const key = r.organ ? (r.where ? `${r.organ}（${r.where}）` : r.organ) : r.file;
    const known = latest.get(key);
    if (!known || (r.year ?? 0) > (known.year ?? 0)) latest.set(key, r);
  }
  // Hundreds of organs would make a chart nobody reads: the busiest ones, the full list is in the table below.
  const shown = [...latest.entries()]
    .sort(([, a], [, b]) => (b.figures?.received ?? 0) - (a.figures?.received ?? 0))
    .slice(0, MAX_ORGAN_BARS);
  const organs = barChart({
    title: latest.size > MAX_ORGAN_BARS ? t.byOrganTop(MAX_ORGAN_BARS) : t.byOrgan,
    series: [
      { name: t.figure.received, color: COLORS.received },
      { name: t.figure.handled, color: COLORS.handled },
    ],
    bars: shown
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([label, r]) => ({
        label: r.year ? `${label} ${r.year}` : label,
        values: [r.figures?.received ?? 0, r.figures?.handled ?? 0],
      })),
    grouped: true,
  });
  return [verdicts, s.rules.length ? rules : '', latest.size ? organs : '']
    .filter(Boolean)
    .map((svg) => `<figure>${svg}</figure>`)
    .join('\n');
}

function figureText(key: FigureKey, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return key === 'grantRate' || key === 'correctionRate' ? `${(value * 100).toFixed(1)}%` : String(value);
}

function reportsTable(reports: readonly ReportRow[], results: readonly LintResult[], t: Text, context: FormatterContext): string {
  const head = [
    t.file,
    t.organ,
    t.year,
    t.verdictHead,
    t.errors,
    t.warnings,
    ...FIGURE_KEYS.map((k) => t.figure[k]),
    t.carryOver,
  ];
  const rows = reports.map((r, i) => {
    const cells = FIGURE_KEYS.map((k) => {
      const odd = r.outliers.includes(k);
      return `<td class="n${odd ? ' outlier' : ''}" data-figure="${k}"${odd ? ` title="${esc(t.outlier)}"` : ''}>${odd ? '▲ ' : ''}${figureText(k, r.figures?.[k])}</td>`;
    });
    // The year-over-year check: checked and agreeing, differing, or not checked and why (carry-text.ts).
    const result = results[i];
    const state = carryOverState(result?.carryOverCheck) ?? 'notChecked';
    const carry = result ? carryOverText(result, context.locale) : '';
    cells.push(`<td class="carry-${state}" data-carry-over="${state}">${esc(carry)}</td>`);
    return `<tr data-file="${esc(r.file)}" data-verdict="${r.verdict}"><td>${esc(r.file)}</td><td>${esc(r.organ ?? t.unknown)}</td><td class="n">${r.year ?? '—'}</td><td class="verdict v-${r.verdict}">${esc(t.verdict[r.verdict])}</td><td class="n">${r.errors}</td><td class="n">${r.warnings}</td>${cells.join('')}</tr>`;
  });
  return `<table id="reports"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function rulesTable(s: BatchSummary, t: Text, context: FormatterContext): string {
  if (!s.rules.length) return `<p>${esc(t.noFindings)}</p>`;
  const lang = context.locale === 'en' ? 'en' : 'zh';
  const rows = s.rules.map((r) => {
    const description = context.rulesMeta.get(r.rule)?.description[lang] ?? PASSES[r.rule]?.[lang] ?? '';
    return `<tr data-rule="${esc(r.rule)}"><td>${esc(r.rule)}</td><td>${esc(description)}</td><td class="n">${r.errors}</td><td class="n">${r.warnings}</td><td class="n">${r.reports}</td></tr>`;
  });
  return `<table id="rules"><thead><tr><th>${esc(t.rule)}</th><th></th><th>${esc(t.errors)}</th><th>${esc(t.warnings)}</th><th>${esc(t.affected)}</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function organsTable(s: BatchSummary, t: Text): string {
  const rows = s.organs.map(
    (o) =>
      `<tr data-organ="${esc(o.organ)}"${o.where !== undefined ? ` data-where="${esc(o.where)}"` : ''}><td>${esc(o.organ || t.unknown)}${o.where !== undefined ? ` <span class="muted">（${esc(o.where)}）</span>` : ''}</td><td class="n">${o.reports}</td><td class="n">${o.errors}</td><td class="n">${o.warnings}</td>${VERDICTS.map((v) => `<td class="n">${o.verdicts[v]}</td>`).join('')}</tr>`,
  );
  return `<table id="organs"><thead><tr><th>${esc(t.organ)}</th><th>${esc(t.reports)}</th><th>${esc(t.errors)}</th><th>${esc(t.warnings)}</th>${VERDICTS.map((v) => `<th>${esc(t.verdict[v])}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function findingsList(results: readonly LintResult[], t: Text, context: FormatterContext): string {
  const parts = results
    .filter((r) => r.messages.length > 0)
    .map((r) => {
      const items = r.messages.map((m) => {
        const kind = m.severity === 2 ? t.errors : t.warnings;
        return `<li><span class="${m.severity === 2 ? 'v-revise' : 'muted'}">${esc(kind)}</span> ${esc(t.line)} ${m.line}:${m.column} ${esc(oneLine(m, context.locale, r.format))} <span class="rule">${esc(m.ruleId ?? 'reportlint')}</span></li>`;
      });
      const verdict = verdictOf(r);
      return `<details${verdict !== 'publish' ? ' open' : ''}><summary>${esc(relativePath(context.cwd, r.filePath))} — <span class="v-${verdict}">${esc(t.verdict[verdict])}</span> (${r.errorCount} / ${r.warningCount})</summary><ul>\n${items.join('\n')}\n</ul></details>`;
    });
  return parts.length ? parts.join('\n') : `<p>${esc(t.noFindings)}</p>`;
}
