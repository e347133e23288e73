import { extractMentions, mentionsAsText, roomOf, SubjectType } from './live.js';

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
});

it('names a room after its subject', () => {
  expect(roomOf({ subjectType: SubjectType.COMMITMENT, subjectId: A })).toBe(`COMMITMENT:${A}`);
});
