// ESLint 9 flat config: typescript-eslint's recommended-type-checked over the TypeScript sources
// (src, web, test, the example plugin), typescript-eslint's recommended over bench, plain recommended over the
// few JavaScript files.
// `npm run lint` runs with --cache (.eslintcache, git-ignored): type-checked lint is slow cold (a minute on a busy
// 2-core machine, 3 s warm). The cache keys on each file's content, not on the types it imports, so a change of a type
// can leave another file's cached result stale: CI lints cold; `rm .eslintcache` when in doubt.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The Node globals the JavaScript files use (bin, build and test scripts); TypeScript files get theirs from @types/node. */
const NODE_GLOBALS = { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' };

export default tseslint.config(
  {
    // config-shape.generated.ts: ajv's standalone code, written by scripts/generate-config-validator.mjs.
    ignores: ['dist/', 'coverage/', 'test-output/', 'bench/out/', '**/node_modules/', 'src/config/config-shape.generated.ts'],
  },
  js.configs.recommended,
  {
    // The bench compiles on its own (bench/tsconfig.json) against the tools of bench/package.json, which a
    // clone installs only when it runs the bench: its files are linted without type information.
    files: ['bench/**/*.ts'],
    extends: [tseslint.configs.recommended],
  },
  {
    files: ['**/*.ts'],
    ignores: ['bench/**'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // One program for every TypeScript file: tsconfig.json includes src, test, web and examples/plugin.
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore marks a parameter or a destructured part left out on purpose (`{ messages: _m, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `async` without `await` is how a function keeps a Promise contract (an interface, a mock) and turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      // A caught value is passed on as it is (`catch (error) { reject(error) }`): its type is unknown, not Error.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // '{}' is what TypeScript narrows `unknown` to once null and undefined are ruled out; the rule leaves `unknown` alone, so this too.
      '@typescript-eslint/no-base-to-string': [
        'error',
        { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', '{}'] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    rules: {
      // Chinese reports indent and separate with the ideographic space (U+3000); fixtures and the check sheet write it in templates on purpose.
      'no-irregular-whitespace': ['error', { skipTemplates: true }],
      // The regexes that name control characters do so on purpose: ANSI colour codes, characters XML 1.0 forbids.
      'no-control-regex': 'off',
    },
  },
);
