/**
 * The Markdown and text files this repository holds (test fixtures, docs, examples) and the shared seeds: inputs
 * written by hand or taken from real reports, for tests that prove a reading path gives what another does.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const FOLDERS = ['test/fixtures', 'docs', 'examples', '../shared/seeds'];

/** Every file under those folders whose name ends in one of `extensions` (".md", ".txt"). */
export function repositoryTexts(extensions: readonly string[]): string[] {
  return FOLDERS.filter(isFolder).flatMap((folder) => filesUnder(folder, extensions));
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file, extensions);
    return extensions.some((e) => name.endsWith(e)) ? [file] : [];
  });
}
