/**
 * The formatting an event description may use: a small, safe Markdown subset.
 *
 * | Write                          | Shows as                                         |
 * |--------------------------------|--------------------------------------------------|
 * | a blank line                   | a new paragraph                                  |
 * | a single line break            | a line break                                     |
 * | `**bold**`                     | bold                                             |
 * | `*italic*` or `_italic_`       | italic                                           |
 * | `[link text](https://...)`     | a link (http, https and mailto addresses only, with no spaces or square brackets) |
 * | lines starting `- ` or `* `    | a bulleted list                                  |
 * | lines starting `1. `, `2. `... | a numbered list (only `1.` may follow a paragraph line directly) |
 * | `## Heading`, `### Heading`    | headings, one and two levels below the section   |
 * | `\*` (a backslash before `\ * _ [ ] ( ) # - + . ! < >` and similar) | the character itself |
 *
 * Everything else (HTML, images, code, tables, quotes, other link addresses
 * such as `javascript:`) is shown as the literal text it is. The parser
 * returns a tree, never HTML: the web app renders the tree with templates, so
 * no text is ever interpreted as markup.
 *
 * It reads line by line, then character by character, with no regular
 * expressions that could backtrack. Each kind of closing delimiter is looked
 * for by a {@link Finder} whose searches only ever move forward, so every
 * character is examined a bounded number of times: at most once per finder per
 * level of nesting, and nesting is at most three deep (a link, bold, italic,
 * each at most once). The work is linear in the length of the text; the
 * optional {@link MarkdownMeter} counts it so tests can check that.
 */

export type MarkdownInline =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'strong'; children: MarkdownInline[] }
  | { kind: 'emphasis'; children: MarkdownInline[] }
  | { kind: 'link'; href: string; children: MarkdownInline[] };

export type MarkdownBlock =
  | { kind: 'paragraph'; content: MarkdownInline[] }
  /** 2 for `##`, 3 for `###`: levels relative to the section the text sits in. */
  | { kind: 'heading'; level: 2 | 3; content: MarkdownInline[] }
  /** `start` is the first item's number, for numbered lists. */
  | { kind: 'list'; ordered: boolean; start: number; items: MarkdownInline[][] };

/** Counts the characters the parser examines (for tests of its linear running time). */
export interface MarkdownMeter {
  steps: number;
}

export function parseMarkdown(text: string, meter: MarkdownMeter = { steps: 0 }): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] | null = null;
  let list: { ordered: boolean; start: number; items: string[][] } | null = null;
  const inline = (source: string) => parseInline(source, meter);

  const close = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', content: inline(paragraph.join('\n')) });
    if (list) {
      blocks.push({
        kind: 'list',
        ordered: list.ordered,
        start: list.start,
        items: list.items.map((lines) => inline(lines.join('\n'))),
      });
    }
    paragraph = null;
    list = null;
  };

  for (const raw of splitLines(text, meter)) {
    meter.steps += raw.length;
    const line = raw.trim();
    if (line === '') {
      close();
      continue;
    }
    const heading = headingOf(line);
    if (heading) {
      close();
      blocks.push({ kind: 'heading', level: heading.level, content: inline(heading.text) });
      continue;
    }
    const item = listItemOf(line);
    // As in CommonMark, only "1." may interrupt a paragraph, so a sentence that wraps onto "2025. The year..." stays one.
    if (item && !(paragraph && item.ordered && item.number !== 1)) {
      if (!list || list.ordered !== item.ordered) {
        close();
        list = { ordered: item.ordered, start: item.number, items: [] };
      }
      list.items.push([item.text]);
      continue;
    }
    if (list) {
      // A line that is not a new item continues the item above it, on a new line.
      list.items[list.items.length - 1]?.push(line);
    } else {
      paragraph ??= [];
      paragraph.push(line);
    }
  }
  close();
  return blocks;
}

/** The address if it is one a description may link to (http, https or mailto), otherwise null. */
export function safeHref(href: string): string | null {
  const lower = href.slice(0, 8).toLowerCase();
  if (!(lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('mailto:'))) return null;
  for (let i = 0; i < href.length; i++) {
    const code = href.charCodeAt(i);
    // Browsers drop tabs and line breaks inside addresses; refuse them, and every other control or space.
    if (code <= 0x20 || code === 0x7f) return null;
  }
  try {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return url.pathname ? href : null;
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? href : null;
  } catch {
    return null;
  }
}

function splitLines(text: string, meter: MarkdownMeter): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    meter.steps++;
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lines.push(text.slice(start, i));
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

function headingOf(line: string): { level: 2 | 3; text: string } | null {
  let hashes = 0;
  while (hashes < 4 && line[hashes] === '#') hashes++;
  if ((hashes !== 2 && hashes !== 3) || !isSpace(line[hashes])) return null;
  return { level: hashes === 2 ? 2 : 3, text: line.slice(hashes).trim() };
}

function listItemOf(line: string): { ordered: boolean; number: number; text: string } | null {
  if ((line[0] === '-' || line[0] === '*') && isSpace(line[1])) {
    return { ordered: false, number: 1, text: line.slice(2).trim() };
  }
  let digits = 0;
  while (digits < 10 && isDigit(line[digits])) digits++;
  if (digits >= 1 && digits <= 9 && line[digits] === '.' && isSpace(line[digits + 1])) {
    return { ordered: true, number: Number(line.slice(0, digits)), text: line.slice(digits + 2).trim() };
  }
  return null;
}

/** Punctuation a backslash makes literal. */
const ESCAPABLE = new Set('\\`*_{}[]()#+-.!<>|~'.split(''));

type InlineKind = 'strong' | 'emphasis' | 'link';
const ALL: ReadonlySet<InlineKind> = new Set<InlineKind>(['strong', 'emphasis', 'link']);

function parseInline(source: string, meter: MarkdownMeter): MarkdownInline[] {
  // Resolve backslash escapes first; `escaped` marks characters that can no longer be markup.
  const escaped = new Uint8Array(source.length);
  let length = 0;
  const parts: string[] = [];
  for (let i = 0; i < source.length; i++) {
    meter.steps++;
    const next = source[i + 1];
    if (source[i] === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      parts.push(next);
      escaped[length++] = 1;
      i++;
    } else {
      parts.push(source[i] ?? '');
      length++;
    }
  }
  const s = parts.join('');
  return new InlineParser(s, escaped, meter).parse(0, s.length, ALL);
}

/**
 * Finds, at or after a position, the first index that matches. Successive
 * searches start no earlier than the one before (the parser only moves
 * forward), so the answer is reused while it still lies ahead, and no index
 * is examined twice.
 */
class Finder {
  private lastFrom = -1;
  private lastFound = -1;

  constructor(
    private readonly matches: (index: number) => boolean,
    private readonly end: number,
    private readonly meter: MarkdownMeter,
  ) {}

  next(from: number): number {
    if (this.lastFrom >= 0 && from >= this.lastFrom && (this.lastFound === -1 || this.lastFound >= from)) {
      return this.lastFound;
    }
    this.lastFrom = from;
    this.lastFound = -1;
    for (let i = from; i < this.end; i++) {
      this.meter.steps++;
      if (this.matches(i)) {
        this.lastFound = i;
        break;
      }
    }
    return this.lastFound;
  }
}

class InlineParser {
  /** The end of the link address after the last `]` looked at, so `[[[[x](` reads the address once. */
  private address = { bracket: -1, limit: -1, end: -1 };

  constructor(
    private readonly s: string,
    private readonly escaped: Uint8Array,
    private readonly meter: MarkdownMeter,
  ) {}

  parse(start: number, end: number, allowed: ReadonlySet<InlineKind>): MarkdownInline[] {
    const out: MarkdownInline[] = [];
    let textStart = start;
    const flush = (upTo: number) => {
      if (upTo > textStart) pushText(out, this.s.slice(textStart, upTo));
    };
    const star = (i: number) => this.is(i, '*', end);
    const strongClose = new Finder((i) => star(i) && star(i + 1) && !isSpace(this.s[i - 1]), end, this.meter);
    const starClose = new Finder(
      (i) => star(i) && !star(i + 1) && !star(i - 1) && !isSpace(this.s[i - 1]),
      end,
      this.meter,
    );
    const underscoreClose = new Finder(
      (i) => this.is(i, '_', end) && !isSpace(this.s[i - 1]) && !isWordChar(i + 1 < end ? this.s[i + 1] : undefined),
      end,
      this.meter,
    );
    const bracketClose = new Finder((i) => this.is(i, ']', end), end, this.meter);
    const without = (kind: InlineKind) => new Set([...allowed].filter((other) => other !== kind));

    let p = start;
    while (p < end) {
      this.meter.steps++;
      const c = this.s[p];
      const after = p + 1 < end ? this.s[p + 1] : undefined;
      if (this.escaped[p]) {
        p++;
      } else if (c === '\n') {
        flush(p);
        out.push({ kind: 'break' });
        p++;
        textStart = p;
      } else if (star(p) && star(p + 1)) {
        const closer = allowed.has('strong') && p + 2 < end && !isSpace(this.s[p + 2]) ? strongClose.next(p + 3) : -1;
        if (closer < 0) {
          p += 2;
        } else {
          flush(p);
          out.push({ kind: 'strong', children: this.parse(p + 2, closer, without('strong')) });
          p = closer + 2;
          textStart = p;
        }
      } else if (c === '*' || (c === '_' && !isWordChar(p > 0 ? this.s[p - 1] : undefined))) {
        const opens = allowed.has('emphasis') && after !== undefined && !isSpace(after) && after !== c;
        const closer = opens ? (c === '*' ? starClose : underscoreClose).next(p + 2) : -1;
        if (closer < 0) {
          p++;
        } else {
          flush(p);
          out.push({ kind: 'emphasis', children: this.parse(p + 1, closer, without('emphasis')) });
          p = closer + 1;
          textStart = p;
        }
      } else if (c === '[' && allowed.has('link') && !this.is(p - 1, '!', end)) {
        const link = this.link(p, end, bracketClose);
        if (!link) {
          p++;
        } else {
          const href = safeHref(this.s.slice(link.bracket + 2, link.end));
          // An address outside the subset leaves the whole construct as the text it is.
          if (href && link.bracket > p + 1) {
            flush(p);
            out.push({ kind: 'link', href, children: this.parse(p + 1, link.bracket, without('link')) });
            textStart = link.end + 1;
          }
          p = link.end + 1;
        }
      } else {
        p++;
      }
    }
    flush(end);
    return out;
  }

  /** `[text](address)` from the `[` at `open`: the `]` and the `)` that closes the address, or null. */
  private link(open: number, end: number, bracketClose: Finder): { bracket: number; end: number } | null {
    const bracket = bracketClose.next(open + 1);
    if (bracket < 0 || !this.is(bracket + 1, '(', end)) return null;
    if (this.address.bracket !== bracket || this.address.limit !== end) {
      this.address = { bracket, limit: end, end: this.addressEnd(bracket + 2, end) };
    }
    return this.address.end < 0 ? null : { bracket, end: this.address.end };
  }

  /**
   * The `)` that ends an address starting at `from` (balanced round brackets allowed inside), or -1. An address
   * never holds a space or a square bracket, so the reading stops before the next `]`: reads that start from
   * different `]`s never overlap.
   */
  private addressEnd(from: number, end: number): number {
    let depth = 0;
    for (let i = from; i < end; i++) {
      this.meter.steps++;
      const c = this.s[i];
      if (isSpace(c) || c === '[' || c === ']') return -1;
      if (this.escaped[i]) continue;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return i;
        depth--;
      }
    }
    return -1;
  }

  /** An unescaped `c` at index i, inside the range being parsed. */
  private is(i: number, c: string, end: number): boolean {
    return i >= 0 && i < end && this.s[i] === c && !this.escaped[i];
  }
}

function pushText(out: MarkdownInline[], text: string): void {
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Letters and digits, so `snake_case_names` stay as they are. */
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
