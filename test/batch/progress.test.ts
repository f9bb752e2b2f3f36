/** The progress line (issue 23): on a terminal's stderr for runs of more than a few files, never in CI or a pipe. */
import { PassThrough, Readable } from 'node:stream';
import { describe as group, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { describe, progressLine, PROGRESS_MIN_FILES } from '../../src/cli/progress.js';
import { temporaryTrees } from '../cli-helpers.js';
import { writeReport } from '../rules/support/report.js';

const tree = temporaryTrees();

function sink(tty: boolean): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream = Object.assign(new PassThrough(), tty ? { isTTY: true } : {});
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

group('progress line', () => {
  test('count, rate and time left, in either language', () => {
    expect(describe(37, 500, 3, 'zh')).toBe('已检查 37/500 份报告 · 12.3 份/秒 · 预计还需 38 秒');
    expect(describe(10, 1000, 10, 'en')).toBe('Checked 10/1000 reports · 1.0/s · about 16:30 left');
    expect(describe(0, 10, 0, 'zh')).toBe('已检查 0/10 份报告 · 0.0 份/秒');
  });

  test('redrawn in place, throttled, cleared at the end; nothing for a few files, in CI or off a terminal', () => {
    let clock = 0;
    const out = sink(true);
    const p = progressLine({ stream: out.stream, env: {}, locale: 'zh', now: () => clock })!;
    clock = 1000;
    p.update(1, 10);
    clock = 1050;
    p.update(2, 10); // too soon: skipped
    clock = 2000;
    p.update(10, 10);
    p.end();
    expect(out.text()).toBe(
      '\r已检查 1/10 份报告 · 1.0 份/秒 · 预计还需 9 秒\u001b[K\r已检查 10/10 份报告 · 5.0 份/秒 · 预计还需 0 秒\u001b[K\r\u001b[K',
    );
    const few = sink(true);
    const q = progressLine({ stream: few.stream, env: {}, locale: 'zh' })!;
    q.update(1, PROGRESS_MIN_FILES - 1);
    q.end();
    expect(few.text()).toBe('');
    expect(progressLine({ stream: sink(true).stream, env: { CI: 'true' }, locale: 'zh' })).toBeUndefined();
    expect(progressLine({ stream: sink(false).stream, env: {}, locale: 'zh' })).toBeUndefined();
  });

  test('the CLI draws it on a terminal stderr and leaves stdout alone', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`r${i}.md`, writeReport({}, 'markdown').text.replaceAll('某市某局', `某市第${i}局`)]),
    );
    const cwd = await tree(files);
    const run = async (tty: boolean, env: Record<string, string> = {}) => {
      const out = sink(false);
      const err = sink(tty);
      const code = await main({
        argv: ['.', '-f', 'compact'],
        cwd,
        env,
        stdin: Readable.from([]),
        stdout: out.stream,
        stderr: err.stream,
      });
      return { code, stdout: out.text(), stderr: err.text() };
    };
    const shown = await run(true);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe('');
    expect(shown.stderr).toMatch(/^\r已检查 \d\/7 份报告/);
    expect(shown.stderr).toContain('已检查 7/7 份报告');
    expect(shown.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect((await run(true, { CI: 'true' })).stderr).toBe('');
    expect((await run(false)).stderr).toBe('');
  });
});
