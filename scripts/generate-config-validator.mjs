#!/usr/bin/env node
// Regenerates src/config/config-shape.generated.ts (ajv standalone code for the config file's shape).
// Run after `npm run build` whenever src/config/schema.ts changes; the test suite says when it is stale.
import { writeFileSync } from 'node:fs';
import { shapeValidatorCode } from '../dist/config/shape-validator-code.js';

const target = new URL('../src/config/config-shape.generated.ts', import.meta.url);
writeFileSync(target, shapeValidatorCode());
console.log(`wrote ${target.pathname}`);
