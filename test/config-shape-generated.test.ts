import { readFileSync } from 'node:fs';
import { shapeValidatorCode } from '../src/config/shape-validator-code.js';
import { validate } from '../src/config/config-shape.generated.js';

describe('the config shape validator generated at build time', () => {
  it('is up to date with genericConfigSchema() (else: npm run build && node scripts/generate-config-validator.mjs)', () => {
    const committed = readFileSync(new URL('../src/config/config-shape.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(shapeValidatorCode());
  });

  it('accepts a valid config and names the key of an invalid one', () => {
    const check = validate as unknown as ((data: unknown) => boolean) & {
      errors?: Array<{ instancePath: string; keyword: string }>;
    };
    expect(check({ lang: 'en', rules: { 'statistical-period': 'warn' }, hierarchy: { 省政府: ['市政府'] } })).toBe(true);
    expect(check({ hierarchy: { 省政府: [''] } })).toBe(false);
    expect(check.errors?.[0]).toMatchObject({ instancePath: '/hierarchy/省政府/0', keyword: 'minLength' });
    expect(check({ overrides: [{ rules: {} }] })).toBe(false);
    expect(check.errors?.[0]).toMatchObject({ keyword: 'required' });
  });
});
