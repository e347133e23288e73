import { extractMentions, mentionsAsText, mentionsForStoring, mentionsForWriting, roomOf, SubjectType } from './live.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('mentions', () => {
  it('finds each mentioned member once, in order', () => {
    expect(extractMentions(`Thanks @[Min-su](${A}) and @[Ji-woo](${B}); @[Min-su](${A}) again`)).toEqual([A, B]);
  });

  it('ignores things that only look like mentions', () => {
    expect(extractMentions('mail me at a@b.org or @someone or @[x](not-an-id)')).toEqual([]);
  });

  it('reads mentions as plain names', () => {
    expect(mentionsAsText(`cc @[Min-su](${A})`)).toBe('cc @Min-su');
  });

  const kim = { id: A, name: 'Kim' };
  const kimMinSu = { id: B, name: 'Kim Min-su' };
  it.each([
    ['a picked name', 'Thanks @Kim!', [kim], `Thanks @[Kim](${A})!`],
    ['every time it is written', '@Kim, @Kim', [kim], `@[Kim](${A}), @[Kim](${A})`],
    ['the longer of two names that start alike', 'cc @Kim Min-su and @Kim', [kim, kimMinSu], `cc @[Kim Min-su](${B}) and @[Kim](${A})`],
    ['not a longer word', 'cc @Kimberly', [kim], 'cc @Kimberly'],
    ['not inside an address', 'mail kim@Kim.org', [kim], 'mail kim@Kim.org'],
    ['not a name nobody picked', 'cc @Lee', [kim], 'cc @Lee'],
    ['a name with signs a pattern would read', 'cc @J. (Lee)+', [{ id: A, name: 'J. (Lee)+' }], `cc @[J. (Lee)+](${A})`],
  ])('stores %s as a mention', (_case, text, picked, stored) => {
    expect(mentionsForStoring(text, picked)).toBe(stored);
  });

  it('gives the author back the text they wrote, with the mentions aside, and stores it as it was', () => {
    const stored = `cc @[Kim Min-su](${B}) and @[Kim](${A})`;
    const written = mentionsForWriting(stored);
    expect(written).toEqual({ text: 'cc @Kim Min-su and @Kim', mentions: [kimMinSu, kim] });
    expect(mentionsForStoring(written.text, written.mentions)).toBe(stored);
  });
});

it('names a room after its subject', () => {
  expect(roomOf({ subjectType: SubjectType.COMMITMENT, subjectId: A })).toBe(`COMMITMENT:${A}`);
});
