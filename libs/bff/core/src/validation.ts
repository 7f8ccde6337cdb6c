import SchemaBuilder, { BasePlugin, completeValue, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';
import { fieldErrorsFromIssues, type FieldError, type SchemaIssue } from '@luotsi/validation';

export { ValidationPlugin };

/**
 * Bad input: `extensions.code` BAD_USER_INPUT and `extensions.fields`, one entry per field with a
 * stable code (see @luotsi/validation) that the UI shows in the reader's language. The message is
 * for developers only.
 */
export class InvalidInputError extends GraphQLError {
  constructor(readonly fields: readonly FieldError[]) {
    super('The input is not valid: see extensions.fields.', { extensions: { code: 'BAD_USER_INPUT', fields } });
  }
}

/**
 * The builder's `validation.validationError`: issues of a schema given with `validate:` (on an
 * argument, an input type or its fields, or a whole field) become an InvalidInputError. The issue
 * paths start at the argument name (['input', 'email']); `args` tells "missing" from "wrong".
 */
export function toInvalidInputError(failure: { issues: readonly SchemaIssue[] }, args: Record<string, unknown>): InvalidInputError {
  return new InvalidInputError(fieldErrorsFromIssues(failure.issues, args));
}

type ArgMapper = NonNullable<PothosOutputFieldConfig<SchemaTypes>['argMappers']>[number];
const deferredArgMappers = Symbol('luotsi.deferredArgMappers');
type WithDeferred = PothosOutputFieldConfig<SchemaTypes> & { [deferredArgMappers]?: ArgMapper[] };

/**
 * Pothos runs argument mappers (where the validation plugin checks input) before every resolver
 * wrapper, so scope auth would run after validation: an anonymous caller would learn "too long"
 * instead of "sign in". This plugin moves the mappers inside the resolver, just within scope
 * auth: authorization first, then validation, then the resolver. List it right after
 * ScopeAuthPlugin and before ValidationPlugin.
 */
export class AuthorizeBeforeArgsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (!fieldConfig.argMappers.length) return fieldConfig;
    const deferred = { ...fieldConfig, argMappers: [], [deferredArgMappers]: fieldConfig.argMappers };
    return deferred as unknown as PothosOutputFieldConfig<Types>;
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const mappers = (fieldConfig as unknown as WithDeferred)[deferredArgMappers];
    if (!mappers?.length) return resolver;
    return (parent, args, context, info) => {
      const mapped = mappers.reduce<unknown>(
        (previous, mapper) => completeValue(previous, (value) => mapper(value as Record<string, unknown>, context, info)),
        args,
      );
      return completeValue(mapped, (value) => resolver(parent, value as object, context, info));
    };
  }
}

const authorizeBeforeArgs = 'authorizeBeforeArgs';
SchemaBuilder.registerPlugin(authorizeBeforeArgs, AuthorizeBeforeArgsPlugin);
export { authorizeBeforeArgs as AuthorizeBeforeArgs };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos' plugin registry is a global namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      authorizeBeforeArgs: AuthorizeBeforeArgsPlugin<Types>;
    }
  }
}
