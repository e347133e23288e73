import { hangulTsquery, MATCH_END, MATCH_START, searchTerms, snippetSegments } from './search.js';

describe('search terms', () => {
  it.each`
    query                          | words                   | hangul
    ${'published minutes'}         | ${'published minutes'}  | ${[]}
    ${'정보공개'}                   | ${''}                   | ${['정보공개']}
    ${'OGP에서 예산 회의'}           | ${'OGP'}                | ${['에서', '예산', '회의']}
    ${'"open data" 예산 -draft'}    | ${'"open data" -draft'} | ${['예산']}
    ${'예산 예산'}                   | ${''}                   | ${['예산']}
  `('$query', ({ query, words, hangul }) => {
    expect(searchTerms(query)).toEqual({ words, hangul });
  });
});

describe('the tsquery of Korean runs', () => {
  it.each`
    runs                    | tsquery
    ${[]}                   | ${''}
    ${['예산']}              | ${'예산'}
    ${['정보공개']}          | ${'(정보 <-> 보공 <-> 공개)'}
    ${['예산', '사립대학']}   | ${'예산 & (사립 <-> 립대 <-> 대학)'}
    ${['법']}               | ${'법:*'}
  `('$runs', ({ runs, tsquery }) => {
    expect(hangulTsquery(runs)).toBe(tsquery);
  });
});

const marked = (text: string) => text.replace(/\{/g, MATCH_START).replace(/\}/g, MATCH_END);
const render = (segments: { text: string; match: boolean }[]) => segments.map((segment) => (segment.match ? `<${segment.text}>` : segment.text)).join('');

describe('snippets', () => {
  it.each`
    text                                                     | hangul                 | shown
    ${'The minutes were {published} in June.'}               | ${[]}                  | ${'The minutes were <published> in June.'}
    ${'정보공개를 확대하고 정보공개의 범위를 넓힌다'}             | ${['정보공개']}         | ${'<정보공개>를 확대하고 <정보공개>의 범위를 넓힌다'}
    ${'**Bold** [open](https://x.org) {budget} 예산을 늘린다'}  | ${['예산']}             | ${'Bold open <budget> <예산>을 늘린다'}
    ${'<script>alert(1)</script> {budget}'}                  | ${[]}                  | ${'<script>alert(1)</script> <budget>'}
  `('$text', ({ text, hangul, shown }) => {
    expect(render(snippetSegments(marked(text), hangul))).toBe(shown);
  });

  it('is cut around the first match, at spaces, with ellipses where text was left out', () => {
    const text = `${'word '.repeat(100)}the {budget} was cut ${'after '.repeat(100)}`;
    const shown = render(snippetSegments(marked(text), [], 60));
    expect(shown).toMatch(/^…word/);
    expect(shown).toContain('<budget>');
    expect(shown).toMatch(/after…$/);
    expect(shown.length).toBeLessThan(70);
  });
});
