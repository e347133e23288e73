import { FIRST_YEAR, hasVisibleText, isCalendarDate, LAST_YEAR } from '@ogp-forum/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A required text: blank is refused, and so is a text of only invisible characters (U+200B, U+FEFF, no-break spaces…). */
export function IsVisibleText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isVisibleText',
      validator: {
        validate: (value) => typeof value === 'string' && hasVisibleText(value),
        defaultMessage: () => '$property must not be empty: blank and invisible characters do not count',
      },
    },
    options,
  );
}

/** A date as YYYY-MM-DD that is a day of the calendar in the forum's years: 2026-02-30 is refused, not rolled over. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => `$property must be a day of the calendar between ${FIRST_YEAR} and ${LAST_YEAR} as YYYY-MM-DD; $value is not`,
      },
    },
    options,
  );
}
