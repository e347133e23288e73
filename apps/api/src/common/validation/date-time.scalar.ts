import { FIRST_YEAR, isCalendarDate, LAST_YEAR } from '@ogp-forum/domain';
import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';

/** ISO 8601 with its offset, as `toISOString()` writes it: 2030-05-31T05:00:00.000Z, or 2030-05-31T14:00+09:00. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function parseDateTime(value: unknown): Date {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!match) throw new GraphQLError(`${text} is not a date and time with its offset, such as 2030-05-31T14:00:00+09:00`);
  if (!isCalendarDate(match[1])) throw new GraphQLError(`${match[1]} is not a day of the calendar between ${FIRST_YEAR} and ${LAST_YEAR}`);
  return new Date(value as string);
}

/**
 * The `DateTime` of the schema, stricter than the one Nest ships: that one reads any string with `new Date()`, which
 * rolls 2026-02-30 over to 2 March, takes year 1, and reads a time without offset in the server's own zone.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string | null>({
  name: 'DateTime',
  description: 'A date and time, ISO 8601 with its offset (2030-05-31T05:00:00.000Z); as input, on a real day between the years 2000 and 2100.',
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : print(ast)),
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
});
