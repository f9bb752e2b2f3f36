/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. Artifact URIs are relative to the run's
 * %SRCROOT% (the working folder), declared in originalUriBaseIds; rules carry their docs as helpUri.
 * Findings without a rule (an unreadable file) become tool execution notifications as well as results.
 */
import { fileUri, relativePath, relativeUri } from './paths.js';
import { showsLocation } from './shared.js';
import type { Formatter } from './types.js';
import type { LintMessage } from '../types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export const sarif: Formatter = (results, context) => {
  const ruleIds = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)).filter((id): id is string => id !== null))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const firstMessage = new Map<string, LintMessage>();
  for (const r of results) for (const m of r.messages) if (m.ruleId && !firstMessage.has(m.ruleId)) firstMessage.set(m.ruleId, m);
  const rules = ruleIds.map((id) => {
    const meta = context.rulesMeta.get(id);
    const helpUri = meta?.docsUrl ?? firstMessage.get(id)?.docsUrl;
    const description = meta?.description[context.locale] ?? meta?.description.zh ?? id;
    return {
      id,
      name: id,
      shortDescription: { text: description },
      ...(meta ? { fullDescription: { text: `${description} (${meta.basis})` } } : {}),
      ...(helpUri ? { helpUri } : {}),
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
        ...(m.ruleId ? { ruleId: m.ruleId, ruleIndex: ruleIndex.get(m.ruleId) } : {}),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.location && showsLocation(r.format) ? `${m.message} (${m.location})` : m.message },
        locations: [location],
        ...(m.data || m.messageId ? { properties: { ...(m.messageId ? { messageId: m.messageId } : {}), ...(m.data ? { data: m.data } : {}) } } : {}),
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

function artifactLocation(cwd: string, filePath: string): { uri: string; uriBaseId?: string } {
  const relative = relativePath(cwd, filePath);
  if (relative.startsWith('../') || /^([A-Za-z]:)?\//.test(relative)) {
    return /^([A-Za-z]:)?[\\/]/.test(filePath) ? { uri: fileUri(filePath) } : { uri: relativeUri(relative) };
  }
  return { uri: relativeUri(relative), uriBaseId: '%SRCROOT%' };
}
