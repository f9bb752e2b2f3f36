/** Modules web/build.mjs makes at build time: the rule docs (docs/rules/<id>.md: rule id → Markdown), pdfjs's worker. */
declare module 'virtual:rule-docs' {
  const docs: Readonly<Record<string, string>>;
  export default docs;
}

/**
 * Whether the bundled core reads PDF, and pdfjs's worker module source when the core does not bundle the
 * worker itself (web/build.mjs decides from the bundle's inputs).
 */
declare module 'virtual:pdf-support' {
  const support: { reads: boolean; workerSource: string | null };
  export default support;
}

/** pdfjs's Chinese character maps (bcmap), name → base64 (web/build.mjs). */
declare module 'virtual:cmaps' {
  const cmaps: Readonly<Record<string, string>>;
  export default cmaps;
}

/** package.json's version, defined by web/build.mjs. */
declare const REPORTLINT_VERSION: string;
