/**
 * Path helpers for formatters without node:path (formatters also run in the browser): results carry
 * absolute paths, output shows them relative to cwd with forward slashes, and SARIF needs URIs.
 */

function parts(p: string): { root: string; segments: string[] } {
  const normal = p.replace(/\\/g, '/');
  const root = /^[A-Za-z]:\//.test(normal) ? normal.slice(0, 3).toUpperCase() : normal.startsWith('/') ? '/' : '';
  return {
    root,
    segments: normal
      .slice(root.length)
      .split('/')
      .filter((s) => s && s !== '.'),
  };
}

/** `file` relative to `cwd` ("reports/a.md", "../x.md"); unchanged when not absolute or on another drive. */
export function relativePath(cwd: string, file: string): string {
  const from = parts(cwd);
  const to = parts(file);
  if (!to.root || from.root !== to.root) return file.replace(/\\/g, '/');
  let i = 0;
  while (i < from.segments.length && i < to.segments.length && from.segments[i] === to.segments[i]) i++;
  const up = from.segments.slice(i).map(() => '..');
  return [...up, ...to.segments.slice(i)].join('/') || '.';
}

/** A file:// URI for an absolute path (POSIX or Windows), each segment percent-encoded. */
export function fileUri(absolute: string, trailingSlash = false): string {
  const { root, segments } = parts(absolute);
  const drive = root.length > 1 ? `/${root.slice(0, 2)}` : '';
  const body = segments.map(encodeURIComponent).join('/');
  return `file://${drive}/${body}${trailingSlash && body ? '/' : ''}`;
}

/** A relative path as a URI reference (segments percent-encoded, '/' kept). */
export function relativeUri(relative: string): string {
  return relative
    .split('/')
    .map((s) => (s === '..' ? s : encodeURIComponent(s)))
    .join('/');
}
