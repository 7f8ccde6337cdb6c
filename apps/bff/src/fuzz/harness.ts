import { GraphQLError, isCompositeType, getNamedType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { fieldErrorCodes } from '@luotsi/validation';

/** Every Mutation field of the schema: the harness needs no list of its own. */
export function mutationFields(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {});
}

/**
 * One operation calling the field with every argument as a variable of the argument's own type,
 * so values arrive as they do over HTTP (coerced from JSON variables).
 */
export function operationFor(field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

/**
 * What a client must never see for any input: an error the BFF would mask as
 * INTERNAL_SERVER_ERROR (an exception that is not a GraphQLError: a Prisma error, a TypeError…),
 * or a BAD_USER_INPUT whose field codes are not the documented ones.
 */
export function unexpectedErrors(errors: readonly GraphQLError[] | undefined): string[] {
  return (errors ?? []).flatMap((error) => {
    const code = error.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR') return [`INTERNAL_SERVER_ERROR: ${error.message}`];
    const original = error.originalError;
    if (original && !(original instanceof GraphQLError)) return [`unmasked ${original.name}: ${original.message.slice(0, 300)}`];
    if (code === 'BAD_USER_INPUT' && error.extensions?.['fields'] !== undefined) {
      const fields = error.extensions['fields'] as { code?: unknown }[];
      const odd = fields.filter((f) => !(fieldErrorCodes as readonly unknown[]).includes(f.code));
      if (odd.length) return [`undocumented field error codes: ${JSON.stringify(odd)}`];
    }
    return [];
  });
}

/** Values as the BFF gets them over HTTP: JSON (undefined keys dropped, NaN and Infinity null). */
export function asJson(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/** A short description of a counterexample for the failure message (huge strings cut). */
export function describeValue(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v));
}
