/** Types for postcss-safe-parser, which ships none: its one export is a postcss Parser. */
declare module 'postcss-safe-parser' {
  import type { Parser, Root } from 'postcss';
  const safeParse: Parser<Root>;
  export default safeParse;
}
