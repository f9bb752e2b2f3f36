/**
 * The house's boundaries (docs/architecture.md, "Folders and what they may import"), checked in `npm test`.
 * Type-only imports count too (tsPreCompilationDeps), so a cycle through types is still a cycle.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle, not even through types.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'parser-stays-below',
      severity: 'error',
      comment:
        'The parser produces the report model and knows nothing of rules, messages, output, config, the engine or the CLI.',
      from: { path: '^src/parser/' },
      to: { path: '^src/(rules|messages|formatters|engine|config|cli|i18n)/' },
    },
    {
      name: 'rules-read-the-model-only',
      severity: 'error',
      comment: 'Rules read the report model; they know nothing of the engine, output, config or the CLI.',
      from: { path: '^src/rules/' },
      to: { path: '^src/(engine|formatters|config|cli)/' },
    },
    {
      name: 'engine-below-cli',
      severity: 'error',
      from: { path: '^src/(engine|config|messages|formatters|i18n)/' },
      to: { path: '^src/cli/' },
    },
    { name: 'web-below-cli', severity: 'error', from: { path: '^web/' }, to: { path: '^src/cli/' } },
    {
      name: 'browser-core-no-node',
      severity: 'error',
      comment: "The core runs in a browser too: no Node built-in below the engine's file layer.",
      from: { path: '^src/(parser|rules|messages|i18n)/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
