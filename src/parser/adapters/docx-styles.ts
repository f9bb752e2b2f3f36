/**
 * What word/styles.xml says about printing, for docx-hidden.ts: which paragraph and character styles hide their
 * text (w:vanish in the style's run properties, through its w:basedOn chain), whether the document defaults
 * (w:docDefaults) do, which paragraph styles number their paragraphs (w:numPr in the style, as Word's heading
 * styles often do), and the size, raise and vertical alignment a run gets from its styles (docx-raised.ts: a
 * footnote-reference style prints its run as a superscript). Read with regular expressions: a style holds no
 * style, and only these few elements matter.
 */

/** A paragraph style's or character style's own settings (undefined: the style leaves it to the style it is based on). */
interface StyleEntry {
  basedOn?: string;
  vanish?: boolean;
  numId?: string;
  ilvl?: string;
  /** w:sz, in half-points. */
  size?: number;
  /** w:position, in half-points (raised above the baseline when positive, lowered when negative). */
  position?: number;
  /** w:vertAlign: superscript, subscript or baseline. */
  vertAlign?: string;
}

/** How a run is set, from its styles: undefined where no style and no default says. */
export interface RunFormat {
  size?: number;
  position?: number;
  vertAlign?: string;
}

export interface DocxStyles {
  /** The run is hidden by styles alone (no direct w:vanish): its paragraph's style, its character style, the defaults. */
  hiddenByStyles(paragraphStyle: string | undefined, characterStyle: string | undefined): boolean;
  /** The numbering a paragraph style gives its paragraphs (w:numPr through the basedOn chain), if any. */
  numbering(paragraphStyle: string | undefined): { numId: string; ilvl: string } | undefined;
  /** A run's size, raise and vertical alignment from its character style, its paragraph's style and the defaults. */
  runFormat(paragraphStyle: string | undefined, characterStyle: string | undefined): RunFormat;
}

const STYLE = /<w:style\b([^>]*)>((?:(?!<\/?w:style\b)[\s\S])*)<\/w:style>/g;
const RUN_PROPERTIES = /<w:rPr>([\s\S]*?)<\/w:rPr>/;
const PARAGRAPH_PROPERTIES = /<w:pPr>([\s\S]*?)<\/w:pPr>/;

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const childValue = (xml: string, name: string): string | undefined => new RegExp(`<w:${name}\\s+w:val="([^"]*)"`).exec(xml)?.[1];

/** An on/off property (ST_OnOff) in these properties: undefined when absent, false for w:val 0/false/off. */
export function onOff(properties: string, name: string): boolean | undefined {
  const match = new RegExp(`<w:${name}(?:\\s+w:val="([^"]*)")?\\s*/>`).exec(properties);
  if (!match) return undefined;
  return !/^(?:0|false|off)$/i.test(match[1] ?? 'true');
}

/** A run's own size, raise and vertical alignment (its w:rPr's content), each undefined when not set. */
export function runFormatOf(properties: string): RunFormat {
  const number = (name: string): number | undefined => {
    const value = childValue(properties, name);
    return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : undefined;
  };
  return { size: number('sz'), position: number('position'), vertAlign: childValue(properties, 'vertAlign') };
}

/** No styles: nothing hidden, numbered or set by a style. */
export const NO_STYLES: DocxStyles = { hiddenByStyles: () => false, numbering: () => undefined, runFormat: () => ({}) };

export function readStyles(xml: string | undefined): DocxStyles {
  if (!xml) return NO_STYLES;
  const paragraphStyles = new Map<string, StyleEntry>();
  const characterStyles = new Map<string, StyleEntry>();
  let defaultParagraph: string | undefined;
  let defaultCharacter: string | undefined;
  for (const [, tag, element] of xml.matchAll(STYLE)) {
    // A tracked change of formatting holds the properties the style had before, not what it prints now.
    const body = element!.replace(/<w:(rPrChange|pPrChange)\b(?:(?!<\/?w:\1\b)[\s\S])*<\/w:\1>/g, '');
    const type = attribute(tag!, 'w:type');
    const id = attribute(tag!, 'w:styleId');
    if (!id || (type !== 'paragraph' && type !== 'character')) continue;
    const runProperties = RUN_PROPERTIES.exec(body)?.[1] ?? '';
    const paragraphProperties = PARAGRAPH_PROPERTIES.exec(body)?.[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(paragraphProperties)?.[1];
    const entry: StyleEntry = {
      basedOn: childValue(body, 'basedOn'),
      vanish: onOff(runProperties, 'vanish'),
      numId: numPr ? childValue(numPr, 'numId') : undefined,
      ilvl: numPr ? childValue(numPr, 'ilvl') : undefined,
      ...runFormatOf(runProperties),
    };
    const isDefault = /^(?:1|true|on)$/.test(attribute(tag!, 'w:default') ?? '');
    if (type === 'paragraph') {
      paragraphStyles.set(id, entry);
      if (isDefault) defaultParagraph = id;
    } else {
      characterStyles.set(id, entry);
      if (isDefault) defaultCharacter = id;
    }
  }
  const defaults = /<w:rPrDefault>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1];
  const hiddenByDefault = defaults ? onOff(defaults, 'vanish') === true : false;
  const formatByDefault = runFormatOf(defaults ?? '');

  /** The first value the chain sets, from the style itself up its basedOn chain (a loop ends the walk). */
  function inherited<K extends keyof StyleEntry>(styles: Map<string, StyleEntry>, id: string | undefined, key: K): StyleEntry[K] {
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at); at = styles.get(at)?.basedOn) {
      seen.add(at);
      const value = styles.get(at)?.[key];
      if (value !== undefined) return value;
    }
    return undefined;
  }

  return {
    // w:vanish is a toggle property: set in a style, it toggles what the levels before it gave (document defaults,
    // then the paragraph style, then the character style), so a hidden run style in a hidden paragraph style shows.
    hiddenByStyles(paragraphStyle, characterStyle) {
      const byParagraph = inherited(paragraphStyles, paragraphStyle ?? defaultParagraph, 'vanish') === true;
      const byCharacter = inherited(characterStyles, characterStyle ?? defaultCharacter, 'vanish') === true;
      return [hiddenByDefault, byParagraph, byCharacter].filter(Boolean).length % 2 === 1;
    },
    numbering(paragraphStyle) {
      const id = paragraphStyle ?? defaultParagraph;
      const numId = inherited(paragraphStyles, id, 'numId');
      return numId === undefined ? undefined : { numId, ilvl: inherited(paragraphStyles, id, 'ilvl') ?? '0' };
    },
    // Not toggles: the character style's chain says first, then the paragraph style's, then the defaults.
    runFormat(paragraphStyle, characterStyle) {
      const of = <K extends 'size' | 'position' | 'vertAlign'>(key: K): StyleEntry[K] =>
        inherited(characterStyles, characterStyle ?? defaultCharacter, key) ??
        inherited(paragraphStyles, paragraphStyle ?? defaultParagraph, key) ??
        formatByDefault[key];
      return { size: of('size'), position: of('position'), vertAlign: of('vertAlign') };
    },
  };
}
