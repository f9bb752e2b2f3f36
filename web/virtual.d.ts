/** Modules web/build.mjs makes at build time: the rule docs (docs/rules/<id>.md: rule id → Markdown), pdfjs's worker. */
declare module 'virtual:rule-docs' {
  const docs: Readonly<Record<string, string>>;
  export default docs;
}

/** pdfjs's worker module source, embedded by web/build.mjs when the core reads PDF; null otherwise. */
declare module 'virtual:pdf-worker' {
  const source: string | null;
  export default source;
}
