/**
 * A report folded behind a 展开全文 button (red team rtY §7): the page shows its top, the rest is in the saved file,
 * hidden by an inline display:none or by a class the page's own sheet hides, until a click shows it. The page holds
 * the whole report, so it reads as the same report unfolded: no section the file holds is called missing. A hidden
 * copy of the report beside it (an old version, a print copy) is still no text of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { extractReport } from '../../src/engine/extract.js';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { renderText } from '../fuzz/layouts.js';
import { makeModel, type Model } from '../fuzz/model.js';

const nowFor = (m: Model): Date => new Date(Date.UTC(m.year + 1, 2, 1));
const findings = async (html: string, m: Model): Promise<string[]> =>
  (await lint(html, { format: 'html', now: nowFor(m) })).messages.map(
    (x) => `${x.severity === 2 ? 'error' : 'warn'} ${x.ruleId}/${x.messageId}@${x.line}:${x.column}`,
  );
const tables = async (html: string): Promise<unknown> => extractReport(await parseReport(html, { format: 'html' })).tables;
const statuses = async (html: string): Promise<string[]> =>
  Object.values((await parseReport(html, { format: 'html' })).report.reading.sections).map((s) => s.status);

const INLINE = 'style="display:none"';
const BY_CLASS = 'class="fold"';
const AFTER = '<div class="expand"><a href="javascript:void(0)" onclick="unfold()">展开全文</a></div>';
const BEFORE = '<p class="more"><a href="javascript:;">点击查看更多 ∨</a></p>';

/**
 * The page with the report's blocks from the line holding `from` to the end of its element hidden by `hide` (a class
 * the page's <head> sheet hides, or an inline style), a button before or after it. Lines are kept, so every finding
 * of the page stands where it stood.
 */
function folded(plain: string, from: string, hide: string, button: { before?: string; after?: string }): string {
  const lines = plain.split('\n');
  const zoom = lines.findIndex((l) => l.includes('id="zoom"'));
  const cut = lines.findIndex((l, i) => i > zoom && l.startsWith('<p') && l.includes(from));
  const close = lines.findIndex((l, i) => i > cut && l === '</div>');
  expect(zoom).toBeGreaterThan(0);
  expect(cut).toBeGreaterThan(zoom);
  lines[cut] = `${button.before ?? ''}<div ${hide}>${lines[cut]}`;
  lines[close - 1] = `${lines[close - 1]}</div>${button.after ?? ''}`;
  const html = lines.join('\n');
  return hide === BY_CLASS ? html.replace('</head>', '<style>.fold{display:none}</style></head>') : html;
}

/** The page with each block of the report (paragraph, table) from the line holding `from` on hidden by `hide`. */
function eachBlockHidden(plain: string, from: string, hide: string, button: { before?: string; after?: string }): string {
  const lines = plain.split('\n');
  const zoom = lines.findIndex((l) => l.includes('id="zoom"'));
  const cut = lines.findIndex((l, i) => i > zoom && l.startsWith('<p') && l.includes(from));
  const close = lines.findIndex((l, i) => i > cut && l === '</div>');
  let hidden = 0;
  for (let i = cut; i < close; i++) {
    // The first attribute written wins: the block's own class or style after it is ignored.
    const block = /^<(p|div) /.exec(lines[i]!);
    if (block) lines[i] = `<${block[1]} ${hide} ${lines[i]!.slice(block[0].length)}`;
    if (block) hidden++;
  }
  expect(hidden).toBeGreaterThan(2);
  lines[cut] = `${button.before ?? ''}${lines[cut]}`;
  lines[close - 1] = `${lines[close - 1]}${button.after ?? ''}`;
  const html = lines.join('\n');
  return hide === BY_CLASS ? html.replace('</head>', '<style>.fold{display:none}</style></head>') : html;
}

describe('the rest of the report folded behind a button, hidden in the file', () => {
  // Seed 3 in every form; seed 8 (its title and preamble outside the report's element) folded after 二.
  const forms = (seed: number, cuts: readonly string[]) =>
    cuts.flatMap((from) =>
      [INLINE, BY_CLASS].flatMap((hide) =>
        [{ after: AFTER }, { before: BEFORE }, {}].map((button) => [seed, from, hide, button] as const),
      ),
    );
  const cases = [...forms(3, ['>三、', '>五、', '>六、']), ...forms(8, ['>三、'])];

  it.each(cases)(
    'seed %i, folded from %s, hidden by %s, button %j: the same report unfolded',
    async (seed, from, hide, button) => {
      const m = makeModel(seed, [], null);
      const plain = renderText(m, 'html-page');
      const page = folded(plain, from, hide, button);
      expect(page).not.toBe(plain);
      expect(await findings(page, m)).toEqual(await findings(plain, m));
      expect(await statuses(page)).toEqual(Array(6).fill('read'));
      expect(await tables(page)).toEqual(await tables(plain));
    },
  );

  it.each([INLINE, BY_CLASS])(
    'folded inside section 六 (no heading hidden), hidden by %s: read when a button stands beside it',
    async (hide) => {
      const m = makeModel(3, [], null);
      const plain = renderText(m, 'html-page');
      const fee = /本年度共发出收费通知\d+件/.exec(plain)![0];
      expect(await findings(folded(plain, fee, hide, { after: AFTER }), m)).toEqual(await findings(plain, m));
      expect(await findings(folded(plain, fee, hide, { before: BEFORE }), m)).toEqual(await findings(plain, m));
      // Without a button it is a hidden paragraph, as the editor meant it: no text of the report.
      const six = plain.split('\n').findIndex((l) => l.includes('>六、')) + 1;
      expect(await findings(folded(plain, fee, hide, {}), m)).toEqual([`error fee-statement/missing@${six}:102`]);
    },
  );

  it.each([
    ['>三、', INLINE, { after: AFTER }],
    ['>五、', BY_CLASS, {}],
    ['>四、', BY_CLASS, { before: BEFORE }],
  ] as const)('folded from %s, each block after the cut hidden by %s, button %j: the same report', async (from, hide, button) => {
    const m = makeModel(3, [], null);
    const plain = renderText(m, 'html-page');
    const page = eachBlockHidden(plain, from, hide, button);
    expect(await findings(page, m)).toEqual(await findings(plain, m));
    expect(await tables(page)).toEqual(await tables(plain));
  });

  it.each([
    ['beside the fold', (page: string) => page],
    // Further down the report's element, an empty paragraph between: the fold's later headings alone tell it continues.
    ['further down', (page: string) => page.replace(AFTER, `<p><br></p><div class="tools">${AFTER}</div>`)],
  ])("the button's words %s are no text of the unfolded report", async (_, move) => {
    const m = makeModel(8, [], null);
    const page = move(folded(renderText(m, 'html-page'), '>四、', INLINE, { after: AFTER }));
    expect(page).toContain(AFTER);
    const { report } = await parseReport(page, { format: 'html' });
    expect(Object.values(report.reading.sections).map((s) => s.status)).toEqual(Array(6).fill('read'));
    expect(JSON.stringify(report)).not.toContain('展开全文');
  });
});

describe('other hidden parts stay unread', () => {
  it("a hidden list of links beside 查看更多 in the report's element is no rest of it", async () => {
    const m = makeModel(3, [], null);
    const plain = renderText(m, 'html-page');
    const list = '<ul style="display:none"><li><a href="/n/1.html">关于公布2024年第9批行政许可事项的通知</a></li></ul>';
    const page = plain.replace(
      /\n<\/div>\n<div class="share">/,
      `\n${list}<a href="/n/">查看更多</a></div>\n<div class="share">`,
    );
    expect(page).toContain(list);
    expect(await findings(page, m)).toEqual(await findings(plain, m));
    expect(JSON.stringify((await parseReport(page, { format: 'html' })).report)).not.toContain('第9批');
  });
});

describe('a hidden paragraph beside the fold', () => {
  it("one element holding the rest is the whole fold: the editor's hidden paragraph before it stays unread", async () => {
    const m = makeModel(3, [], null);
    const plain = renderText(m, 'html-page');
    const old = '<p style="display:none">本年度共收取信息处理费1365元。</p>';
    const page = folded(plain, '>三、', INLINE, { after: AFTER }).replace('<div style="display:none">', `${old}$&`);
    expect(page).toContain(`${old}<div style="display:none">`);
    expect(await findings(page, m)).toEqual(await findings(plain, m));
    expect(JSON.stringify((await parseReport(page, { format: 'html' })).report)).not.toContain('1365');
  });
});

describe('a hidden copy of the report stays unread', () => {
  /** The plain page with `copy`'s report element hidden by `hide` after its own, a button beside it. */
  const withCopy = (plain: string, copy: string, hide: string, button: string): string => {
    const body = (html: string): string => {
      const at = html.indexOf('<div class="TRS_Editor" id="zoom">');
      return html.slice(at, html.indexOf('\n</div>\n', at) + 7).replace('id="zoom"', '');
    };
    const html = plain.replace('<div class="share">', `<div ${hide}>${body(copy)}</div>${button}\n<div class="share">`);
    return hide === BY_CLASS ? html.replace('</head>', '<style>.fold{display:none}</style></head>') : html;
  };

  it.each([
    [INLINE, AFTER],
    [BY_CLASS, BEFORE],
    [INLINE, ''],
  ])('a whole copy with other figures, hidden by %s, button %s: the shown report is read once', async (hide, button) => {
    const m = makeModel(3, [], null);
    const plain = renderText(m, 'html-page');
    const other = renderText(makeModel(21, [], null), 'html-page');
    const page = withCopy(plain, other, hide, button);
    expect(await findings(page, m)).toEqual(await findings(plain, m));
    expect(await tables(page)).toEqual(await tables(plain));
  });

  it('a folded report beside a hidden copy: the fold is read, the copy is not', async () => {
    const m = makeModel(8, [], null);
    const plain = renderText(m, 'html-page');
    const other = renderText(makeModel(21, [], null), 'html-page');
    const page = withCopy(folded(plain, '>三、', INLINE, { after: AFTER }), other, INLINE, BEFORE);
    expect(await findings(page, m)).toEqual(await findings(plain, m));
    expect(await tables(page)).toEqual(await tables(plain));
  });
});

// review19 #2: the rest of the report folded away beside an old copy of that rest, also hidden (the reviewer's pages).
describe('a folded rest beside a hidden old copy of it', () => {
  const fixture = (name: string): string => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');
  const now = new Date('2024-03-01T00:00:00Z');

  it('both beside the page\'s buttons: neither is read (which one a click shows is unknown), no part "repeated"', async () => {
    const found = (await lint(fixture('fold-hidden-old-copy-after.html'), { format: 'html', now })).messages;
    expect(found.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['unreadable-content/collapsed']);
  });

  it("the old copy first, the rest after the shown part: the rest is read, its figures the report's", async () => {
    const html = fixture('fold-hidden-old-copy-first.html');
    expect((await lint(html, { format: 'html', now })).messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual([]);
    const t = extractReport(await parseReport(html, { format: 'html' })).tables.applications as Record<
      string,
      Record<string, number>
    >;
    expect(t['new']?.['total']).toBe(295);
  });
});
