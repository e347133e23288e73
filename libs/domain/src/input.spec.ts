import { controlCharacterIn, hasVisibleText, isCalendarDate } from './input.js';

describe('control characters', () => {
  it.each`
    text                    | found
    ${'plain text'}         | ${null}
    ${'line\nbreak\ttab\r'} | ${null}
    ${'한국어 ✓'}            | ${null}
    ${'nul\u0000byte'}      | ${'U+0000'}
    ${'bell\u0007'}         | ${'U+0007'}
    ${'escape\u001B[31m'}   | ${'U+001B'}
    ${'delete\u007F'}       | ${'U+007F'}
  `('$text: $found', ({ text, found }) => {
    expect(controlCharacterIn(text)).toBe(found);
  });
});

describe('visible text', () => {
  it.each`
    text                               | visible
    ${'Agreed.'}                       | ${true}
    ${'동의합니다'}                     | ${true}
    ${'?'}                             | ${true}
    ${'👍'}                            | ${true}
    ${'  a  '}                         | ${true}
    ${''}                              | ${false}
    ${' \n\t '}                        | ${false}
    ${'\u00A0\u00A0'}                  | ${false}
    ${'\u200B\u2060\uFEFF'}            | ${false}
    ${'\u200C\u200D\u2028\u3000'}      | ${false}
    ${'\u3164\u3164'}                  | ${false}
    ${'\u2800'}                        | ${false}
    ${'\u0301\u0301'}                  | ${false}
  `('$text: $visible', ({ text, visible }) => {
    expect(hasVisibleText(text)).toBe(visible);
  });
});

describe('calendar dates', () => {
  it.each`
    text              | ok
    ${'2026-02-28'}   | ${true}
    ${'2028-02-29'}   | ${true}
    ${'2000-01-01'}   | ${true}
    ${'2100-12-31'}   | ${true}
    ${'2026-02-29'}   | ${false}
    ${'2026-02-30'}   | ${false}
    ${'2026-13-01'}   | ${false}
    ${'2026-00-10'}   | ${false}
    ${'0001-01-01'}   | ${false}
    ${'1999-12-31'}   | ${false}
    ${'2101-01-01'}   | ${false}
    ${'2026-2-3'}     | ${false}
    ${'20266-01-01'}  | ${false}
  `('$text: $ok', ({ text, ok }) => {
    expect(isCalendarDate(text)).toBe(ok);
  });
});
