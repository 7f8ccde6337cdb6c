import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: 2026-02-30 must not roll over into March. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !datePattern.test(value) || !isCalendarDate(value))
    throw new GraphQLError('Date must be a calendar date YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

/** A calendar date without time or zone (a birth date, a day off), as YYYY-MM-DD. */
builder.scalarType('Date', {
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

/** An instant, as an ISO 8601 string in UTC; the UI shows it in Europe/Helsinki. */
builder.scalarType('DateTime', {
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      throw new GraphQLError('DateTime must be an ISO 8601 instant', { extensions: { code: 'BAD_USER_INPUT' } });
    return date;
  },
});
