/** The core runs in a browser: nothing under src/parser (or the rules and messages) imports a Node built-in. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../src/', import.meta.url).pathname;
const BUILTIN =
  /from\s+['"](node:[\w/]+|fs|path|os|process|buffer|worker_threads|child_process|url|util|crypto)(\/[\w/]*)?['"]|\b(Buffer|process)\./;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('browser-safe core', () => {
  for (const dir of ['parser', 'rules', 'messages', 'i18n']) {
    it(`src/${dir} imports no Node built-in`, () => {
      const offenders = files(join(root, dir)).filter((f) =>
        BUILTIN.test(readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')),
      );
      expect(offenders).toEqual([]);
    });
  }
  it('the engine, extract and the rule contract import no Node built-in', () => {
    for (const f of ['engine/lint.ts', 'engine/extract.ts', 'engine/types.ts'])
      expect(BUILTIN.test(readFileSync(join(root, f), 'utf8'))).toBe(false);
  });
});
