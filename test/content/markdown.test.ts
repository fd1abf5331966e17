import { describe, expect, it } from 'vitest';
import { MarkdownHtmlError, parseMarkdown } from '../../src/content/markdown.js';

describe('parseMarkdown', () => {
  it('turns paragraphs, emphasis, lists, links and images into blocks', () => {
    const blocks = parseMarkdown(
      [
        '<!-- a comment init writes -->',
        'Almost *all* migrants had **lost** their jobs; see [IOM](https://www.iom.int).',
        '',
        '1. food',
        '2. shelter',
        '',
        '![Food parcels](photo.jpg "© 2021 IOM")',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        line: 2,
        runs: [
          { text: 'Almost ' },
          { text: 'all', italic: true },
          { text: ' migrants had ' },
          { text: 'lost', bold: true },
          { text: ' their jobs; see ' },
          { text: 'IOM', link: 'https://www.iom.int' },
          { text: ' (' },
          { text: 'https://www.iom.int', link: 'https://www.iom.int' },
          { text: ').' },
        ],
      },
      { kind: 'list', ordered: true, line: 4, items: [[{ text: 'food' }], [{ text: 'shelter' }]] },
      { kind: 'image', src: 'photo.jpg', caption: 'Food parcels', credit: '© 2021 IOM', line: 7 },
    ]);
  });

  it('marks the runs of a web or mail link with its address, and no other', () => {
    const [p] = parseMarkdown('Write to [the office](mailto:dtm@iom.int), read <https://dtm.iom.int> or [this](javascript:alert(1)).');
    expect(p).toMatchObject({ kind: 'paragraph' });
    const runs = p && p.kind === 'paragraph' ? p.runs : [];
    expect(runs.filter((r) => r.link).map((r) => [r.text, r.link])).toEqual([
      ['the office', 'mailto:dtm@iom.int'],
      ['dtm@iom.int', 'mailto:dtm@iom.int'],
      ['https://dtm.iom.int', 'https://dtm.iom.int'],
    ]);
  });

  it('keeps slots as text for the composer', () => {
    expect(parseMarkdown('In total {total|plural:migrant,migrants} and {avr_age_min}.')).toEqual([
      { kind: 'paragraph', line: 1, runs: [{ text: 'In total {total|plural:migrant,migrants} and {avr_age_min}.' }] },
    ]);
  });

  it.each([
    ['<script>alert(1)</script>', 1],
    ['Text\n\nwith <b>bold</b> inline', 3],
    ['<img src="x" onerror="alert(1)">', 1],
  ])('refuses raw HTML %j with its line', (src, line) => {
    let err: unknown;
    try {
      parseMarkdown(src);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MarkdownHtmlError);
    expect((err as MarkdownHtmlError).line).toBe(line);
  });

  it('prints nothing for a file with only a comment', () => {
    expect(parseMarkdown('<!--\nslots: {total}\n-->\n')).toEqual([]);
  });
});
