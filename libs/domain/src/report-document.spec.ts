import { inlineSpans, markdownBlocks, plainText } from './report-document.js';

describe('Markdown written in the forum, as report blocks', () => {
  it.each`
    markdown                                           | spans
    ${'plain text'}                                    | ${[{ text: 'plain text' }]}
    ${'a **bold** word'}                               | ${[{ text: 'a ' }, { text: 'bold', bold: true }, { text: ' word' }]}
    ${'an *italic* one'}                               | ${[{ text: 'an ' }, { text: 'italic', italic: true }, { text: ' one' }]}
    ${'see [the portal](https://open.go.kr) now'}      | ${[{ text: 'see ' }, { text: 'the portal', href: 'https://open.go.kr' }, { text: ' now' }]}
    ${'[click](javascript:alert(1))'}                  | ${[{ text: 'click' }, { text: ')' }]}
    ${'<https://www.innogov.go.kr>'}                   | ${[{ text: 'https://www.innogov.go.kr', href: 'https://www.innogov.go.kr' }]}
    ${'`code` stays text'}                             | ${[{ text: 'code' }, { text: ' stays text' }]}
    ${'5 * 3 * 2 is not italic'}                       | ${[{ text: '5 * 3 * 2 is not italic' }]}
    ${'<script>alert(1)</script>'}                     | ${[{ text: '<script>alert(1)</script>' }]}
  `('$markdown', ({ markdown, spans }) => {
    expect(inlineSpans(markdown)).toEqual(spans);
  });

  it('keeps paragraphs apart and joins the lines of one paragraph', () => {
    expect(markdownBlocks('First line\nsame paragraph.\n\nSecond paragraph.')).toEqual([
      { kind: 'paragraph', spans: [{ text: 'First line same paragraph.' }] },
      { kind: 'paragraph', spans: [{ text: 'Second paragraph.' }] },
    ]);
  });

  it('nests list items by indentation, as the seeded commitments write them', () => {
    const [list] = markdownBlocks('- Regional education (Nov. 2017)\n  - Contents: procedures\n  - Q&A\n- Press release\n1. numbered');
    expect(list).toEqual({
      kind: 'list',
      items: [
        { spans: [{ text: 'Regional education (Nov. 2017)' }], children: [{ spans: [{ text: 'Contents: procedures' }], children: [] }, { spans: [{ text: 'Q&A' }], children: [] }] },
        { spans: [{ text: 'Press release' }], children: [] },
        { spans: [{ text: 'numbered' }], children: [] },
      ],
    });
  });

  it('reads a pipe table, like the one in commitment 4-a', () => {
    const [table] = markdownBlocks('| Category | 2016 | 2017 |\n| --- | --- | --- |\n| After | 63% | 87.3% |', 'ActiveX');
    expect(table).toMatchObject({ kind: 'table', caption: 'ActiveX', head: ['Category', '2016', '2017'] });
    expect(table.kind === 'table' && table.rows.map((row) => row.map((c) => c.blocks.map((b) => (b.kind === 'paragraph' ? plainText(b.spans) : '')).join()))).toEqual([['After', '63%', '87.3%']]);
  });

  it('turns a heading into a bold paragraph, so it cannot break the report\'s outline', () => {
    expect(markdownBlocks('## Figure\nStage 1')).toEqual([
      { kind: 'paragraph', spans: [{ text: 'Figure', bold: true }] },
      { kind: 'paragraph', spans: [{ text: 'Stage 1' }] },
    ]);
  });

  it('gives nothing for an empty text', () => {
    expect(markdownBlocks('  \n\n')).toEqual([]);
  });
});
