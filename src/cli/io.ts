/** What the CLI reads and writes, and its exit codes: a module of their own so no CLI module imports main.ts. */
export type ExitCode = 0 | 1 | 2;

export interface CliIO {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}
