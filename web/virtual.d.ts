/** The rule docs (docs/rules/<id>.md), embedded by web/build.mjs at build time: rule id → Markdown. */
declare module 'virtual:rule-docs' {
  const docs: Readonly<Record<string, string>>;
  export default docs;
}
