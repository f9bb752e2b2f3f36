/**
 * The arguments of an ordinary run (files, and options each given in their plain form), parsed without
 * loading yargs (~80 ms of a start): by yargs' own parser, yargs-parser, with the configuration yargs
 * would give it, so the result is the one yargs would produce. Anything else — help, version, the
 * extract command, an unknown or misspelt flag, a missing value, a value outside its choices — returns
 * undefined, and yargs (options.ts) parses the arguments as before, with its messages.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { OPTIONS, type OptionName, type OptionSpec } from './args.js';

type Parsed = Record<string, unknown> & { _: unknown[] };
type ParserOptions = {
  alias: Record<string, string[]>;
  boolean: string[];
  string: string[];
  number: string[];
  default: Record<string, unknown>;
  configuration: Record<string, boolean>;
};
type YargsParser = (args: string[], options: ParserOptions) => Parsed;

const SPECS = OPTIONS as Readonly<Record<OptionName, OptionSpec>>;
const SHORT = new Map(
  Object.entries(SPECS).flatMap(([name, spec]) => (spec.alias ? [[spec.alias, name as OptionName] as const] : [])),
);

/** yargs' settings for its parser: options.ts's parserConfiguration, and what yargs adds itself. */
const CONFIGURATION = {
  'duplicate-arguments-array': true,
  'greedy-arrays': false,
  'parse-positional-numbers': false,
  'populate--': true,
};

/** What yargs would hand to toCliArgs for these (already escaped) arguments, or undefined: let yargs parse them. */
export async function quickParse(argv: readonly string[]): Promise<Record<string, unknown> | undefined> {
  if (!plainArguments(argv)) return undefined;
  const parsed = (await yargsParser())([...argv], parserOptions());
  const { _: positionals, ...rest } = parsed;
  // The default command `$0 [files..]` (options.ts) takes every positional as a file.
  return { ...rest, _: [], ...(positionals.length ? { files: positionals.map(String) } : {}) };
}

/** Every argument is a file or an option this module knows, in a form whose meaning is beyond doubt. */
function plainArguments(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('-')) {
      if (arg === 'extract') return false;
      continue;
    }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const name = long ? arg.slice(2, eq < 0 ? undefined : eq) : arg.length === 2 ? SHORT.get(arg.slice(1)) : undefined;
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (name === undefined) return false;
    const spec = Object.prototype.hasOwnProperty.call(SPECS, name) ? SPECS[name as OptionName] : undefined;
    if (!spec) {
      const negated = name.startsWith('no-') ? SPECS[name.slice(3) as OptionName] : undefined;
      if (negated?.type === 'boolean' && inline === undefined) continue;
      return false;
    }
    if (spec.type === 'boolean') {
      // `--quiet=false` or `--quiet true`: yargs reads a value there; leave those to it.
      if (inline !== undefined || argv[i + 1] === 'true' || argv[i + 1] === 'false') return false;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('-'))) return false;
    if (spec.type === 'number' && !/^-?\d+$/.test(value)) return false;
    if (spec.choices && !spec.choices.includes(value)) return false;
  }
  return true;
}

function parserOptions(): ParserOptions {
  const entries = Object.entries<OptionSpec>(SPECS);
  const ofType = (type: OptionSpec['type']): string[] => entries.filter(([, s]) => s.type === type).map(([n]) => n);
  return {
    alias: Object.fromEntries(entries.flatMap(([n, s]) => (s.alias ? [[n, [s.alias]]] : []))),
    boolean: ofType('boolean'),
    string: ofType('string'),
    number: ofType('number'),
    default: Object.fromEntries(entries.flatMap(([n, s]) => (s.default !== undefined ? [[n, s.default]] : []))),
    configuration: CONFIGURATION,
  };
}

/** yargs-parser as yargs itself resolves it (its own copy, whatever version and wherever npm put it). */
async function yargsParser(): Promise<YargsParser> {
  const yargsFile = createRequire(import.meta.url).resolve('yargs');
  const file = createRequire(yargsFile).resolve('yargs-parser');
  return ((await import(pathToFileURL(file).href)) as { default: YargsParser }).default;
}
