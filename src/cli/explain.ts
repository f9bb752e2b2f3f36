/**
 * `reportlint --explain <rule-id>`: a rule's documentation in the terminal, offline. Built-in rules print their
 * page (docs/rules/<id>.md, shipped in the package); plugin rules print what their metadata says.
 */
import { readFile } from 'node:fs/promises';
import type { ConfigLoader } from '../config/loader.js';
import { suggestRuleId } from '../config/registry.js';
import type { Locale } from '../rules/types.js';
import { UsageError } from './args.js';
import { msg } from '../i18n/messages.js';

const DOCS = new URL('../../docs/rules/', import.meta.url);

/** The pages of built-in rules that have one (for SARIF's help.markdown); a missing page is left out. */
export async function builtinRuleDocs(ids: Iterable<string>): Promise<Map<string, string>> {
  const docs = new Map<string, string>();
  await Promise.all(
    [...ids]
      .filter((id) => /^[a-z0-9-]+$/.test(id))
      .map(async (id) => {
        const page = await readFile(new URL(`${id}.md`, DOCS), 'utf8').catch(() => undefined);
        if (page !== undefined) docs.set(id, page);
      }),
  );
  return docs;
}

export async function explainRule(id: string, loader: ConfigLoader, cwdFile: string, locale: Locale): Promise<string> {
  // The registry of the config that applies here, so plugin rules named there can be explained too.
  const { registry } = await loader.forFile(cwdFile);
  const rule = registry.rules.get(id);
  if (!rule) {
    const suggestion = suggestRuleId(id, registry.rules.keys());
    throw new UsageError(
      msg('explainUnknown', { detail: suggestion ? msg('unknownRuleSuggest', { id, suggestion }) : msg('unknownRule', { id }) }),
    );
  }
  if (!id.includes('/')) {
    try {
      return await readFile(new URL(`${id}.md`, DOCS), 'utf8');
    } catch {
      // a build without docs: fall back to the metadata below
    }
  }
  const meta = rule.meta;
  const lines = [
    `# ${id}`,
    '',
    meta.description[locale] ?? meta.description.zh,
    '',
    `${locale === 'en' ? 'Basis' : '依据'}: ${meta.basis}`,
  ];
  lines.push(`${locale === 'en' ? 'Default severity' : '默认级别'}: ${meta.defaultSeverity}`);
  if (meta.docsUrl) lines.push(`${locale === 'en' ? 'Documentation' : '文档'}: ${meta.docsUrl}`);
  lines.push('', locale === 'en' ? 'Messages:' : '消息：');
  for (const text of Object.values(meta.messages)) lines.push(`- ${text[locale] ?? text.zh}`);
  return `${lines.join('\n')}\n`;
}
