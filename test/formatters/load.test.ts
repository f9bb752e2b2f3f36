import { formatters } from '../../src/formatters/index.js';
import { loadBuiltinFormatter } from '../../src/formatters/load.js';
import { BUILTIN_FORMATS } from '../../src/formatters/names.js';

describe('loading one built-in formatter at a time (the CLI)', () => {
  it('knows the same formats as the registry, each the same function', async () => {
    expect([...BUILTIN_FORMATS].sort()).toEqual(Object.keys(formatters).sort());
    for (const name of BUILTIN_FORMATS) expect(await loadBuiltinFormatter(name)).toBe(formatters[name]);
  });

  it('has none for an unknown name, nor for an inherited property', async () => {
    expect(await loadBuiltinFormatter('nope')).toBeUndefined();
    expect(await loadBuiltinFormatter('toString')).toBeUndefined();
  });
});
