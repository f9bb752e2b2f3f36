/**
 * ajv, loaded the first time a schema has to be compiled at run time (a rule's options in a config, a
 * plugin's meta.schema). Importing it costs ~40 ms of every start, and a run without such options needs
 * none of it: the config file's own shape is checked by code ajv generated at build time
 * (config-shape.generated.ts). ajv is CommonJS, so `require` loads it synchronously where it is needed.
 */
import { createRequire } from 'node:module';
import type { Ajv, Options } from 'ajv';

let AjvClass: typeof Ajv | undefined;

export function newAjv(options: Options): Ajv {
  AjvClass ??= (createRequire(import.meta.url)('ajv') as { Ajv: typeof Ajv }).Ajv;
  return new AjvClass(options);
}
