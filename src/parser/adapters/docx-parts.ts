/**
 * Where a Word package's parts are, found as Word (and mammoth) find them: by relationship, not by name. The main
 * part is the target of the package's officeDocument relationship (_rels/.rels); Word Online and Office 365 save it
 * as word/document2.xml or word/document22.xml, and a reader that looks for word/document.xml by name misses the
 * body (hidden text was read as printed, table formulas blank). The main part's styles and numbering parts are the
 * targets of its own relationships (word/_rels/<name>.rels). Where a relationship is missing, the usual names stand,
 * as mammoth falls back to them.
 */

/** The package's relationships (they name the main part). */
export const PACKAGE_RELS = '_rels/.rels';

const DEFAULTS = { officeDocument: 'word/document.xml', styles: 'word/styles.xml', numbering: 'word/numbering.xml' };

/** A relationship: its id, type (the last step of its type URI: officeDocument, styles …) and the part it points to. */
interface Relationship {
  id: string;
  type: string;
  part: string;
}

/** A part's relationships file: word/document2.xml → word/_rels/document2.xml.rels. */
export function relsNameOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The relationships in a .rels file, their targets as part names in the zip. A target is relative to the folder of
 * the part the rels file belongs to (`source`), or absolute from the package's root.
 */
export function relationships(rels: string | undefined, source: string): Relationship[] {
  const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/')).split('/') : [];
  const out: Relationship[] = [];
  for (const [tag] of (rels ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    const type = /\bType="([^"]*)"/.exec(tag)?.[1] ?? '';
    if (!id || !target || /\bTargetMode="External"/.test(tag)) continue;
    const parts: string[] = target.startsWith('/') ? [] : [...folder];
    for (const step of target.replace(/^\//, '').split('/'))
      if (step === '..') parts.pop();
      else if (step && step !== '.') parts.push(step);
    out.push({ id, type: type.slice(type.lastIndexOf('/') + 1), part: parts.join('/') });
  }
  return out;
}

/** The main document part, from the package's relationships. */
export function mainPartName(packageRels: string | undefined): string {
  return partOfType(packageRels, '', 'officeDocument');
}

/** The part the source's relationships give for this type (styles, numbering), or its usual name. */
export function partOfType(rels: string | undefined, source: string, type: keyof typeof DEFAULTS): string {
  return relationships(rels, source).find((r) => r.type === type)?.part ?? DEFAULTS[type];
}
