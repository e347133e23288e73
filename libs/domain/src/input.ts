/**
 * What the forum takes as text and dates from anyone. The api refuses the rest as BAD_USER_INPUT; the web can use the
 * same rules to say so before sending.
 */

/** C0 control characters but tab, line feed and carriage return, and DEL: no text here has a use for them, and PostgreSQL refuses NUL. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first control character of a text as `U+0000`, or null when it has none. */
export function controlCharacterIn(text: string): string | null {
  const found = CONTROL_CHARACTER.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** A letter, digit, punctuation mark or symbol: what makes a text more than blank. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** A letter or symbol drawn as nothing, used to fake a blank name: the Hangul fillers and the blank braille pattern. */
const BLANK_LOOKALIKE = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;

/**
 * Whether a text shows anything. Whitespace of every kind (the no-break space too), zero-width and other format
 * characters (U+200B, U+2060, U+FEFF…), controls, lone combining marks and blank look-alikes do not.
 */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text.replace(BLANK_LOOKALIKE, ''));
}

/**
 * The years a date of the forum falls in. OGP began in 2011 and the oldest record here is Korea's 2016 plan: a year
 * before 2000 or after 2100 is a typo (year 1, 20266), not a meeting or a plan.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export function isForumYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Whether a text is a day of the calendar, YYYY-MM-DD, in the forum's years: 2026-02-30 is not one, nor 0001-01-01. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return isForumYear(year) && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
