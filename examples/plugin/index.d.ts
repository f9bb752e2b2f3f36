/** Types of the example plugin (its code is plain JavaScript, loadable without a build). */
import type { Plugin } from 'reportlint';

declare const plugin: Plugin;
export default plugin;
