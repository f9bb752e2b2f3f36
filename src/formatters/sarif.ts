/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. Artifact URIs are relative to the run's
 * %SRCROOT% (the working folder), declared in originalUriBaseIds; rules carry their docs as helpUri.
 * Findings without a rule (an unreadable file) become tool execution notifications as well as results.
 */
import { fileUri, relativePath, relativeUri } from './paths.js';
import { oneLine } from './shared.js';
import type { Formatter, FormatterContext } from './types.js';
import type { LintMessage } from '../engine/types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export const sarif: Formatter = (results, context) => {
  const ruleIds = [...new Set(results.flatMap((r) => r.messages.map(sarifRuleId)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const firstMessage = new Map<string, LintMessage>();
  for (const r of results) for (const m of r.messages) if (!firstMessage.has(sarifRuleId(m))) firstMessage.set(sarifRuleId(m), m);
  const rules = ruleIds.map((id) => {
    const own = OWN_RULES[id];
    if (own) return ownRule(id, own, context.locale);
    const meta = context.rulesMeta.get(id);
    const helpUri = meta?.docsUrl ?? firstMessage.get(id)?.docsUrl;
    const description = meta?.description[context.locale] ?? meta?.description.zh ?? id;
    const full = meta ? `${description} (${meta.basis})` : description;
    // The rule's page (docs/rules/<id>.md) when the CLI passed it: GitHub shows help.markdown beside each alert.
    const page = context.ruleDocs?.get(id);
    const markdown = page ?? `${full}${helpUri ? `\n\n[${id}](${helpUri})` : ''}`;
    return {
      id,
      name: id,
      shortDescription: { text: description },
      fullDescription: { text: full },
      ...(helpUri ? { helpUri } : {}),
      help: { text: helpUri ? `${full} ${helpUri}` : full, markdown },
      defaultConfiguration: { level: meta?.defaultSeverity === 'warn' ? 'warning' : 'error' },
      ...(meta ? { properties: { category: meta.category, recommended: meta.recommended } } : {}),
    };
  });
  const artifacts = results.map((r) => artifactLocation(context.cwd, r.filePath));
  const notifications: unknown[] = [];
  const sarifResults = results.flatMap((r, index) =>
    r.messages.map((m) => {
      const region: Record<string, number> = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) };
      if (m.endLine !== undefined) region.endLine = Math.max(region.startLine ?? 1, m.endLine);
      if (m.endColumn !== undefined && m.endLine !== undefined) region.endColumn = Math.max(1, m.endColumn);
      const location = { physicalLocation: { artifactLocation: { ...artifacts[index], index }, region } };
      if (m.fatal && m.ruleId === null) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [location] });
      }
      return {
        ruleId: sarifRuleId(m),
        ruleIndex: ruleIndex.get(sarifRuleId(m)),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: oneLine(m, context.locale, r.format) },
        locations: [location],
        ...(m.data || m.messageId
          ? { properties: { ...(m.messageId ? { messageId: m.messageId } : {}), ...(m.data ? { data: m.data } : {}) } }
          : {}),
      };
    }),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reportlint',
            informationUri: 'https://github.com/reportlint/reportlint',
            ...(context.version ? { version: context.version, semanticVersion: context.version } : {}),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: fileUri(context.cwd, true) } },
        artifacts: artifacts.map((location) => ({ location })),
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/**
 * Findings of reportlint itself (an unreadable or empty file, a stale or misspelt disable comment) have no
 * rule, but code scanning needs a ruleId on every result: they get `reportlint/<messageId>`, described here.
 */
const OWN_RULES: Readonly<Record<string, { zh: string; en: string }>> = {
  'reportlint/unreadable': {
    zh: '报告文件无法读取（二进制、损坏、旧版 .doc/.wps 或编码错误）',
    en: 'The report file could not be read (binary, damaged, an old .doc/.wps, or a bad encoding)',
  },
  'reportlint/emptyDocument': { zh: '报告文件为空', en: 'The report file is empty' },
  'reportlint/unusedDisableDirective': {
    zh: 'reportlint-disable 注释没有屏蔽任何问题',
    en: 'A reportlint-disable comment suppresses nothing',
  },
  'reportlint/unknownRuleInDirective': {
    zh: 'reportlint-disable 注释中的规则不存在',
    en: 'A reportlint-disable comment names an unknown rule',
  },
  'reportlint/internal': { zh: 'reportlint 自身的消息', en: 'A message from reportlint itself' },
};

function sarifRuleId(m: LintMessage): string {
  if (m.ruleId !== null) return m.ruleId;
  const id = `reportlint/${m.messageId ?? 'unreadable'}`;
  return id in OWN_RULES ? id : 'reportlint/internal';
}

function ownRule(id: string, text: { zh: string; en: string }, locale: 'zh' | 'en'): object {
  const description = text[locale];
  return {
    id,
    name: id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text: description, markdown: description },
    defaultConfiguration: { level: 'error' },
  };
}

function artifactLocation(cwd: string, filePath: string): { uri: string; uriBaseId?: string } {
  const relative = relativePath(cwd, filePath);
  if (relative.startsWith('../') || /^([A-Za-z]:)?\//.test(relative)) {
    return /^([A-Za-z]:)?[\\/]/.test(filePath) ? { uri: fileUri(filePath) } : { uri: relativeUri(relative) };
  }
  return { uri: relativeUri(relative), uriBaseId: '%SRCROOT%' };
}

/**
 * The SARIF of a run that could not check anything (exit 2: a broken config, a pattern matching nothing):
 * no results and the reason as a tool execution notification. CI uploads the file whatever the exit code,
 * and a missing file would fail that upload and hide the reason.
 */
export function sarifForFailure(reason: string, context: FormatterContext): string {
  const log = JSON.parse(sarif([], context)) as { runs: Array<{ invocations: unknown[] }> };
  const run = log.runs[0];
  if (run)
    run.invocations = [
      { executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: reason } }] },
    ];
  return `${JSON.stringify(log, null, 2)}\n`;
}
