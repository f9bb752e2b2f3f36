/**
 * What the page test needs around the browser: paths, the build when dist/web is stale, the shared real
 * files when ../shared exists, and the bench section it records its timing in.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const HTML = join(ROOT, 'dist', 'web', 'reportlint.html');
export const OUT = join(ROOT, 'test-output', 'web');
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`test/web: ${CHROMIUM} not found; the browser tests are skipped (apt-get install chromium)`);
const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));
export const sharedFiles = existsSync(SHARED)
  ? [
      ...readdirSync(join(SHARED, 'seeds'))
        .filter((n) => n.endsWith('.txt'))
        .map((n) => join(SHARED, 'seeds', n)),
      ...readdirSync(join(SHARED, 'real'))
        .filter((n) => /\.(html|docx)$/.test(n))
        .map((n) => join(SHARED, 'real', n)),
    ]
  : [];

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export function ensureBuilt(): void {
  const sources = Math.max(...['web', 'src', join('docs', 'rules')].map((d) => newest(join(ROOT, d))));
  if (existsSync(HTML) && statSync(HTML).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(ROOT, 'web', 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

/** Writes the "## Editors' page" section of bench/RESULTS.md (replaced when present, else appended). */
export function recordBench(kb: number, runs: Array<{ lint: number; draw: number; wall: number }>, version: string): void {
  const file = join(ROOT, 'bench', 'RESULTS.md');
  if (!existsSync(file)) return;
  const median = (k: 'lint' | 'draw' | 'wall') => [...runs.map((r) => r[k])].sort((a, b) => a - b)[1] ?? 0;
  const section = `## Editors' page

\`dist/web/reportlint.html\` from \`file://\` in Chromium ${version} (Debian, headless, driven by playwright-core),
1920×1080, on this shared 2-core machine, ${new Date().toISOString().slice(0, 10)}. Input: a ${kb} KB Markdown report
(test/web/fixture.ts: tables 二/三/四 and 1,450 narrative paragraphs, three planted defects), given to the
page's file input three times.

| step | median ms | every run |
|---|---|---|
| lint in the page (decode, parse, rules, messages) | **${median('lint')}** | ${runs.map((r) => r.lint).join(' / ')} |
| draw summary, findings, tables and marked source | ${median('draw')} | ${runs.map((r) => r.draw).join(' / ')} |
| file input to findings on screen (incl. the test's file transfer) | ${median('wall')} | ${runs.map((r) => r.wall).join(' / ')} |

Measured by \`test/web/page.test.ts\`, which prints the figures on every run (recorded, not asserted);
\`REPORTLINT_UPDATE_BENCH=1\` rewrites this section.
`;
  const old = readFileSync(file, 'utf8');
  const at = old.indexOf("\n## Editors' page\n");
  const end = at < 0 ? -1 : old.indexOf('\n## ', at + 1);
  const next =
    at < 0 ? `${old.replace(/\n*$/, '\n')}\n${section}` : `${old.slice(0, at + 1)}${section}${end < 0 ? '' : old.slice(end)}`;
  writeFileSync(file, next);
}
