import { type MarkdownBlock, type MarkdownInline, type MarkdownMeter, parseMarkdown, safeHref } from './markdown';

const text = (value: string): MarkdownInline => ({ kind: 'text', text: value });
const strong = (...children: MarkdownInline[]): MarkdownInline => ({ kind: 'strong', children });
const em = (...children: MarkdownInline[]): MarkdownInline => ({ kind: 'emphasis', children });
const link = (href: string, ...children: MarkdownInline[]): MarkdownInline => ({ kind: 'link', href, children });
const br: MarkdownInline = { kind: 'break' };
const p = (...content: MarkdownInline[]): MarkdownBlock => ({ kind: 'paragraph', content });

/** The one paragraph a line of text parses to. */
function inline(source: string): MarkdownInline[] {
  const blocks = parseMarkdown(source);
  expect(blocks).toHaveLength(1);
  const [block] = blocks;
  if (block?.kind !== 'paragraph') throw new Error(`expected a paragraph, got ${JSON.stringify(block)}`);
  return block.content;
}

/** Every piece of text in the tree, joined: what a reader sees. */
function visibleText(blocks: MarkdownBlock[]): string {
  const ofInline = (nodes: MarkdownInline[]): string =>
    nodes
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.text;
          case 'break':
            return '\n';
          case 'strong':
          case 'emphasis':
          case 'link':
            return ofInline(node.children);
        }
      })
      .join('');
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
        case 'heading':
          return ofInline(block.content);
        case 'list':
          return block.items.map(ofInline).join('\n');
      }
    })
    .join('\n\n');
}

function linksIn(blocks: MarkdownBlock[]): string[] {
  const found: string[] = [];
  const walk = (nodes: MarkdownInline[]) => {
    for (const node of nodes) {
      if (node.kind === 'link') found.push(node.href);
      if ('children' in node) walk(node.children);
    }
  };
  for (const block of blocks) {
    if (block.kind === 'list') block.items.forEach(walk);
    else walk(block.content);
  }
  return found;
}

describe('parseMarkdown: blocks', () => {
  it('reads plain text as one paragraph, and nothing as nothing', () => {
    expect(parseMarkdown('A practical morning.')).toEqual([p(text('A practical morning.'))]);
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(' \n\t\n ')).toEqual([]);
  });

  it('starts a new paragraph at a blank line, and breaks the line at a single newline', () => {
    expect(parseMarkdown('First line\nsecond line\n\n\nNext paragraph')).toEqual([
      p(text('First line'), br, text('second line')),
      p(text('Next paragraph')),
    ]);
  });

  it('accepts Windows and old Mac line endings', () => {
    expect(parseMarkdown('One\r\nTwo\r\n\r\nThree\rFour')).toEqual([
      p(text('One'), br, text('Two')),
      p(text('Three'), br, text('Four')),
    ]);
  });

  it('makes bulleted lists from lines starting "- " or "* "', () => {
    expect(parseMarkdown('Topics:\n- Cyber resilience\n* AI in **social care**\n- Procurement')).toEqual([
      p(text('Topics:')),
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [[text('Cyber resilience')], [text('AI in '), strong(text('social care'))], [text('Procurement')]],
      },
    ]);
  });

  it('makes numbered lists from lines starting "1. ", keeping the first number', () => {
    expect(parseMarkdown('1. Register\n2. Join the call')).toEqual([
      { kind: 'list', ordered: true, start: 1, items: [[text('Register')], [text('Join the call')]] },
    ]);
    expect(parseMarkdown('3. Third\n4. Fourth')[0]).toMatchObject({ ordered: true, start: 3 });
  });

  it('continues a list item on the next line, and ends the list at a blank line or a different kind of list', () => {
    expect(parseMarkdown('- One\n  more of one\n- Two\n\nAfter\n\n- A\n1. B')).toEqual([
      { kind: 'list', ordered: false, start: 1, items: [[text('One'), br, text('more of one')], [text('Two')]] },
      p(text('After')),
      { kind: 'list', ordered: false, start: 1, items: [[text('A')]] },
      { kind: 'list', ordered: true, start: 1, items: [[text('B')]] },
    ]);
  });

  it('reads "##" and "###" as headings, and anything else with hashes as text', () => {
    expect(parseMarkdown('## Agenda\nText\n### Morning *session*')).toEqual([
      { kind: 'heading', level: 2, content: [text('Agenda')] },
      p(text('Text')),
      { kind: 'heading', level: 3, content: [text('Morning '), em(text('session'))] },
    ]);
    expect(parseMarkdown('# Too big\n\n#### Too small\n\n##No space\n\n\\## Escaped')).toEqual([
      p(text('# Too big')),
      p(text('#### Too small')),
      p(text('##No space')),
      p(text('## Escaped')),
    ]);
  });

  it('does not mistake a hyphen, a star or a number in a sentence for a list', () => {
    expect(parseMarkdown('-5 degrees\n*italic* start\n2025. A year')).toEqual([
      p(text('-5 degrees'), br, em(text('italic')), text(' start'), br, text('2025. A year')),
    ]);
    // A numbered line after a blank line is a list, whatever its number.
    expect(parseMarkdown('Intro\n\n2025. A year')[1]).toMatchObject({ kind: 'list', ordered: true, start: 2025 });
    expect(parseMarkdown('Steps:\n1. Register')[1]).toMatchObject({ kind: 'list', ordered: true, start: 1 });
  });
});

describe('parseMarkdown: inline formatting', () => {
  it('makes **bold**, *italic* and _italic_', () => {
    expect(inline('A **bold** and *slanted* and _also slanted_ word')).toEqual([
      text('A '),
      strong(text('bold')),
      text(' and '),
      em(text('slanted')),
      text(' and '),
      em(text('also slanted')),
      text(' word'),
    ]);
  });

  it('nests italic in bold, bold in italic, and both in link text', () => {
    expect(inline('**a *b* c**')).toEqual([strong(text('a '), em(text('b')), text(' c'))]);
    expect(inline('*a **b** c*')).toEqual([em(text('a '), strong(text('b')), text(' c'))]);
    expect(inline('[**Book** _now_](https://example.com/book)')).toEqual([
      link('https://example.com/book', strong(text('Book')), text(' '), em(text('now'))),
    ]);
    expect(inline('**See [the agenda](https://example.com)**')).toEqual([
      strong(text('See '), link('https://example.com', text('the agenda'))),
    ]);
  });

  it('leaves unmatched or spaced-out markers as they are', () => {
    expect(inline('2 * 3 * 4')).toEqual([text('2 * 3 * 4')]);
    expect(inline('**not closed')).toEqual([text('**not closed')]);
    expect(inline('a * not italic*')).toEqual([text('a * not italic*')]);
    expect(inline('*not italic *')).toEqual([text('*not italic *')]);
    expect(inline('****')).toEqual([text('****')]);
  });

  it('keeps underscores inside words, such as snake_case_names, as text', () => {
    expect(inline('Use snake_case_names and file_name.csv')).toEqual([text('Use snake_case_names and file_name.csv')]);
  });

  it('makes links to http, https and mailto addresses, brackets in the address included', () => {
    expect(inline('Read [the MoU](https://www.techuk.org/mou) or [email us](mailto:events@lga.gov.uk).')).toEqual([
      text('Read '),
      link('https://www.techuk.org/mou', text('the MoU')),
      text(' or '),
      link('mailto:events@lga.gov.uk', text('email us')),
      text('.'),
    ]);
    expect(inline('[Wiki](https://en.wikipedia.org/wiki/Procurement_(UK))')).toEqual([
      link('https://en.wikipedia.org/wiki/Procurement_(UK)', text('Wiki')),
    ]);
    expect(inline('[plain](http://example.com)')).toEqual([link('http://example.com', text('plain'))]);
  });

  it('turns a backslash before markup into the character itself', () => {
    expect(inline('\\*not italic\\* and \\[not](https://a.example) and 5 \\_ 6 and C:\\Users')).toEqual([
      text('*not italic* and [not](https://a.example) and 5 _ 6 and C:\\Users'),
    ]);
    expect(inline('\\\\*still italic*')).toEqual([text('\\'), em(text('still italic'))]);
  });
});

describe('parseMarkdown: anything outside the subset is literal text', () => {
  it.each([
    ['raw HTML', '<b>bold</b> <a href="https://evil.example">x</a>'],
    ['a script element', '<script>alert("hi")</script>'],
    ['an image', '![a cat](https://example.com/cat.png)'],
    ['an event handler', '<img src=x onerror=alert(1)>'],
    ['a code span', '`code`'],
    ['a block quote', '> quoted'],
    ['an autolink', '<https://example.com>'],
  ])('shows %s as the text it is', (_name, source) => {
    const blocks = parseMarkdown(source);
    expect(linksIn(blocks)).toEqual([]);
    expect(visibleText(blocks)).toBe(source);
  });

  it.each([
    ['javascript:', '[click](javascript:alert(1))'],
    ['JavaScript: in mixed case', '[click](JaVaScRiPt:alert(1))'],
    ['data:', '[x](data:text/html;base64,PHNjcmlwdD4=)'],
    ['vbscript:', '[x](vbscript:msgbox)'],
    ['a relative address', '[x](/admin/users)'],
    ['a protocol-relative address', '[x](//evil.example)'],
    ['an address with no host', '[x](https://)'],
    ['an empty mailto', '[x](mailto:)'],
    ['an address with a space', '[x](https://example.com/a b)'],
  ])('leaves a link to %s as plain text', (_name, source) => {
    const blocks = parseMarkdown(source);
    expect(linksIn(blocks)).toEqual([]);
    expect(visibleText(blocks)).toBe(source);
  });

  it('does not let an escaped control character smuggle in another scheme', () => {
    expect(safeHref('java\tscript:alert(1)')).toBeNull();
    expect(safeHref('https://exa\nmple.com')).toBeNull();
    expect(safeHref('https://example.com\u0000')).toBeNull();
    expect(safeHref(' https://example.com')).toBeNull();
    expect(safeHref('HTTPS://Example.com/Path')).toBe('HTTPS://Example.com/Path');
  });

  it('leaves markup of links as text when the link text is empty', () => {
    expect(linksIn(parseMarkdown('[](https://example.com)'))).toEqual([]);
  });
});

describe('parseMarkdown: running time', () => {
  const SIZE = 100_000;
  /** Repeats a pattern to exactly `length` characters. */
  const fill = (pattern: string, length: number) => pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);

  // Inputs that make naive parsers (nested regular expressions, or a fresh search for a closer at every opener)
  // take quadratic or exponential time.
  const adversarial: Record<string, (length: number) => string> = {
    'unclosed bold': (n) => fill('**a ', n),
    'unclosed italic': (n) => fill('*a ', n),
    'unclosed underscores': (n) => fill(' _a', n),
    'stars only': (n) => fill('*', n),
    'brackets without a link': (n) => fill('[', n - 10) + '](https://',
    'brackets sharing one closer': (n) => fill('[a', n - 30) + '](https://example.com/(((((',
    'open link addresses': (n) => fill('[a](', n),
    'deep address brackets': (n) => '[a](https://example.com/' + fill('(', n - 30),
    backslashes: (n) => fill('\\', n),
    'nested openers': (n) => fill('**[*_', n),
    'many list items': (n) => fill('- **a\n', n),
    'many heading markers': (n) => fill('#', n),
    'one long line of words': (n) => fill('word ', n),
    'matched bold, many times': (n) => fill('**a** ', n),
  };

  function steps(source: string): number {
    const meter: MarkdownMeter = { steps: 0 };
    parseMarkdown(source, meter);
    return meter.steps;
  }

  it.each(Object.keys(adversarial))('examines each character a bounded number of times: %s', (name) => {
    const make = adversarial[name];
    if (!make) throw new Error(name);
    const small = steps(make(SIZE));
    const large = steps(make(2 * SIZE));
    // At most a few dozen looks per character: a constant, not a function of the length...
    expect(small).toBeLessThanOrEqual(40 * SIZE);
    // ...and doubling the input about doubles the work, where quadratic work would quadruple it.
    expect(large / small).toBeLessThan(2.2);
  });
});

describe('parseMarkdown: any input', () => {
  it('never throws, and only ever links to http, https and mailto addresses', () => {
    // A small deterministic generator (xorshift), so a failure can be replayed.
    let seed = 0x2545f491;
    const random = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 0x100000000;
    };
    const pieces = ['*', '**', '_', '[', ']', '(', ')', '](', 'https://a.example', 'javascript:', 'mailto:x@y.example'];
    const more = ['\\', '\n', '\n\n', ' ', '- ', '1. ', '## ', '<', '>', 'word', '!', '#'];
    const alphabet = [...pieces, ...more];
    for (let run = 0; run < 2000; run++) {
      let source = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) source += alphabet[Math.floor(random() * alphabet.length)];
      const blocks = parseMarkdown(source);
      for (const href of linksIn(blocks)) expect(safeHref(href)).toBe(href);
      expect(visibleText(blocks).replace(/\s/g, '').length).toBeLessThanOrEqual(source.replace(/\s/g, '').length);
    }
  });
});
