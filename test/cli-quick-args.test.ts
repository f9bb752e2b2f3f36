import { quickParse } from '../src/cli/quick-args.js';
import { buildParser } from '../src/cli/options.js';
import { toCliArgs } from '../src/cli/args.js';

/** What yargs makes of the arguments (as main.ts runs it), through toCliArgs; or the error either throws. */
async function viaYargs(argv: string[]): Promise<unknown> {
  let failure: string | undefined;
  const raw = await buildParser('en', '0.0.0')
    .fail((message, error) => {
      failure = message || error?.message;
    })
    .parseAsync(argv, {}, () => undefined);
  if (failure) return { failure };
  return outcome(raw);
}

function outcome(raw: Record<string, unknown>): unknown {
  try {
    return toCliArgs(raw);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('the quick argument path (no yargs loaded)', () => {
  const plain: string[][] = [
    [],
    ['report.md'],
    ['a.md', 'b.md', 'reports/', '2023'],
    ['-f', 'json', '-o', 'out.json', 'a.md'],
    ['--format=compact', '--quiet', 'a.md'],
    ['--rule', 'statistical-period: off', '--rule', 'numeric-cells: warn', 'a.md'],
    ['--no-color', '--no-config-lookup', '--no-ignore', '--no-inline-config', 'a.md'],
    ['--max-warnings', '3', 'x.md', '--concurrency', 'auto'],
    ['--max-warnings=-1', '--cache', '--cache-strategy', 'metadata', '--cache-location', '.c'],
    ['--encoding', 'gb18030', '--lang', 'en', '--max-file-size', '0.5', 'a.txt'],
    ['-f', 'stylish', '-f', 'sarif:out.sarif', '-c', 'conf.json', 'a.md'],
    ['--format', 'json', '--format', 'csv'],
    ['--quiet', '--quiet', 'a.md'],
    ['--stdin', '--stdin-filename', '2023.md', '--previous', '2022.md', '--debug'],
    ['--suppress-rule', 'x', '--suppress-all', '--prune-suppressions', '--suppressions-location', 's.json'],
    ['--ignore-pattern', '**/draft/**', '--ignore-path', '.myignore', '--plugin', './p.js', '--no-error-on-unmatched-pattern'],
  ];
  it.each(plain)('reads %j as yargs does', async (...argv) => {
    const quick = await quickParse(argv);
    expect(quick).toBeDefined();
    expect(outcome(quick as Record<string, unknown>)).toEqual(await viaYargs(argv));
  });

  const unusual: string[][] = [
    ['--help'],
    ['-h'],
    ['--version'],
    ['-v'],
    ['extract', 'a.md'],
    ['--unknown', 'a.md'],
    ['-q', 'a.md'],
    ['--maxWarnings', '3'],
    ['--format'],
    ['--format', '--quiet'],
    ['--rule='],
    ['--encoding', 'latin1'],
    ['--cache-strategy=mtime'],
    ['--max-warnings', 'many'],
    ['--quiet', 'true', 'a.md'],
    ['--quiet=false'],
    ['--no-format'],
    ['-fjson'],
  ];
  it.each(unusual)('leaves %j to yargs', async (...argv) => {
    expect(await quickParse(argv)).toBeUndefined();
  });
});
