import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

import { ErrorCode } from '../errors/app-error';
import { FIRST_YEAR, LAST_YEAR } from '../validation/is-iso-date';

/** 2027-02-01T10:00:00Z, 2027-02-01T10:00:00.250+01:00: a date, a time and an offset or Z. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, params: { reason: 'NOT_A_DATE_TIME' } } });
}

/**
 * Strict ISO 8601: a string with an offset, naming a day that exists (2027-02-30 is refused, not
 * rolled over to 2 March), in the years a plan can hold. Numbers and booleans are refused.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw refuse('A date and time must be a string such as 2027-02-01T10:00:00Z.');
  const parts = ISO_DATE_TIME.exec(value);
  if (!parts) throw refuse(`"${value.slice(0, 40)}" is not a date and time such as 2027-02-01T10:00:00Z (with Z or an offset).`);
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map((part) => Number(part ?? 0));
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  const realDay =
    calendarDay.getUTCFullYear() === year && calendarDay.getUTCMonth() === month - 1 && calendarDay.getUTCDate() === day;
  const offsetHours = parts[8] === undefined ? 0 : Number(parts[8]);
  const offsetMinutes = parts[9] === undefined ? 0 : Number(parts[9]);
  if (!realDay || hour > 23 || minute > 59 || second > 59 || offsetHours > 18 || offsetMinutes > 59) {
    throw refuse(`${value.slice(0, 40)} names a date or time that does not exist.`);
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) throw refuse(`The year must be between ${FIRST_YEAR} and ${LAST_YEAR}.`);
  return new Date(value);
}

/**
 * Replaces Nest's DateTime scalar for every `Date` field and argument (same name, so the schema and
 * the generated client keep their types). Registered through `buildSchemaOptions.scalarsMap`.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A date and time in ISO 8601 with Z or an offset, e.g. 2027-02-01T10:00:00Z.',
  parseValue: parseDateTime,
  parseLiteral(ast: ValueNode): Date {
    if (ast.kind !== Kind.STRING) throw refuse('A date and time must be a string such as 2027-02-01T10:00:00Z.');
    return parseDateTime(ast.value);
  },
  serialize(value: unknown): string {
    const date = value instanceof Date ? value : new Date(value as string | number);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('This date and time cannot be shown.');
    return date.toISOString();
  },
});
