/**
 * Operations generated from the schema itself, so that every root field is exercised without a
 * hand-written document: the authorisation matrix and the object-level tests use them.
 */
import {
  getNamedType, getNullableType, isAbstractType, isEnumType, isInputObjectType, isLeafType, isListType,
  isNonNullType, isObjectType, type ExecutionResult, type GraphQLArgument, type GraphQLField, type GraphQLInputField,
  type GraphQLInputType, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';
import type { Outcome } from './matrix';
import type { Samples } from './samples';

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface RootField {
  /** `Query.me`, `Mutation.setMyLanguage`: the matrix key. */
  key: string;
  kind: OperationKind;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([kind, type]) =>
    type ? Object.values(type.getFields()).map((field) => ({ key: `${type.name}.${field.name}`, kind, field })) : [],
  );
}

const isRequired = (arg: GraphQLArgument | GraphQLInputField) => isNonNullType(arg.type) && arg.defaultValue === undefined;

/**
 * Every scalar leaf of the type, and its object fields down to `depth` levels; fields that need
 * arguments are left out. `__typename` everywhere, so results can be sorted by type.
 */
export function selectionOf(type: GraphQLOutputType, depth = 3): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isAbstractType(named)) return `{ __typename }`;
  if (!isObjectType(named)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some(isRequired)) continue;
    const fieldType = getNamedType(field.type);
    if (isLeafType(fieldType)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} ${selectionOf(field.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** A value of the input type made from the samples (by type; enums: the first value). */
export function sampleValue(type: GraphQLInputType, samples: Samples): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType, samples)];
  if (isEnumType(nullable)) return nullable.getValues()[0]?.name;
  if (isInputObjectType(nullable))
    return Object.fromEntries(Object.values(nullable.getFields()).filter(isRequired).map((f) => [f.name, sampleValue(f.type, samples)]));
  if (!(nullable.name in samples.byType)) throw new Error(`No sample value for scalar ${nullable.name}: add one to samples.byType`);
  return samples.byType[nullable.name];
}

/** The field's arguments: its `byField` samples, then samples for the remaining required ones. */
export function sampleArgs(root: RootField, samples: Samples): Record<string, unknown> {
  const given = samples.byField[root.key] ?? {};
  const args: Record<string, unknown> = {};
  for (const arg of root.field.args) {
    if (arg.name in given) args[arg.name] = given[arg.name];
    else if (isRequired(arg)) args[arg.name] = sampleValue(arg.type, samples);
  }
  return args;
}

/** The document and variables that call one root field with these arguments. */
export function operationFor(root: RootField, args: Record<string, unknown>): { source: string; variables: Record<string, unknown> } {
  const used = root.field.args.filter((arg) => arg.name in args);
  const definitions = used.length ? `(${used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ')})` : '';
  const call = used.length ? `(${used.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const source = `${root.kind} Probe${definitions} { ${root.field.name}${call} ${selectionOf(root.field.type)} }`;
  return { source, variables: Object.fromEntries(used.map((arg) => [arg.name, args[arg.name]])) };
}

/** How a call ended: passed authorisation, refused (and how), or failed some other way. */
export type Observed = Outcome | `error: ${string}`;

export function observedOutcome(result: ExecutionResult): Observed {
  if (!result.errors?.length) return 'allow';
  const codes = result.errors.map((e) => e.extensions?.['code']);
  const refusal = result.errors.find((e) => e.path?.length === 1 && (e.extensions?.['code'] === 'UNAUTHENTICATED' || e.extensions?.['code'] === 'FORBIDDEN'));
  if (refusal) return refusal.extensions['code'] as Outcome;
  return `error: ${result.errors.map((e, i) => `${String(codes[i] ?? 'no code')} ${e.message} at ${e.path?.join('.') ?? '-'}`).join('; ')}`;
}

/**
 * Names of arguments that carry an object's id: `ID`s, and `String`s named like ids (`id`,
 * `childId`, `agreementIds`) for fields that take database ids as plain strings.
 */
export function isIdLike(name: string, type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return named.name === 'ID' || (named.name === 'String' && /(^ids?$)|(Ids?$)/.test(name));
}

/**
 * The field's arguments once per id-carrying slot (also inside input objects), with `id` in that
 * slot and samples elsewhere. Empty when the field takes no id.
 */
export function argsWithId(root: RootField, samples: Samples, id: string): Record<string, unknown>[] {
  const base = sampleArgs(root, samples);
  const variants: Record<string, unknown>[] = [];
  const inSlot = (type: GraphQLInputType) => (isListType(getNullableType(type)) ? [id] : id);

  function visit(type: GraphQLInputType, path: string[], seen: Set<string>): void {
    const nullable = getNullableType(type);
    const inner = isListType(nullable) ? getNullableType(nullable.ofType) : nullable;
    if (!isInputObjectType(inner) || seen.has(inner.name)) return;
    for (const field of Object.values(inner.getFields())) {
      if (isIdLike(field.name, field.type)) variants.push(withValueAt(root, samples, base, [...path, field.name], inSlot(field.type)));
      else visit(field.type, [...path, field.name], new Set([...seen, inner.name]));
    }
  }

  for (const arg of root.field.args) {
    if (isIdLike(arg.name, arg.type)) variants.push({ ...base, [arg.name]: inSlot(arg.type) });
    else visit(arg.type, [arg.name], new Set());
  }
  return variants;
}

/** A copy of `args` with `value` at `path` (input objects on the way made from samples; lists: their first item). */
function withValueAt(root: RootField, samples: Samples, args: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const arg = root.field.args.find((a) => a.name === path[0]);
  if (!arg) throw new Error(`no argument ${path[0]}`);
  const result = structuredClone(args);
  let holder: Record<string, unknown> = result;
  let type: GraphQLInputType = arg.type;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      holder[key] = value;
      break;
    }
    const nullable = getNullableType(type);
    const isList = isListType(nullable);
    const objectType = getNullableType(isList ? nullable.ofType : nullable);
    if (!isInputObjectType(objectType)) throw new Error(`${path.join('.')} does not lead through input objects`);
    let next = holder[key];
    if (isList) {
      if (!Array.isArray(next) || next.length === 0) next = [sampleValue(objectType, samples)];
      holder[key] = next;
      next = (next as unknown[])[0];
    } else if (typeof next !== 'object' || next === null) {
      next = sampleValue(objectType, samples);
      holder[key] = next;
    }
    holder = next as Record<string, unknown>;
    const nextField = objectType.getFields()[path[index + 1] ?? ''];
    if (!nextField) throw new Error(`no input field ${path[index + 1]} in ${objectType.name}`);
    type = nextField.type;
  }
  return result;
}

/** Every object with an `id` in a result, by type: what the user's screens could have shown. */
export function objectIds(data: unknown): { type: string; id: string }[] {
  const found: { type: string; id: string }[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record['__typename'] === 'string' && typeof record['id'] === 'string') found.push({ type: record['__typename'], id: record['id'] });
      Object.values(record).forEach(walk);
    }
  };
  walk(data);
  return found;
}

/** Every string anywhere in a result. */
export function stringsIn(data: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(data);
  return found;
}
