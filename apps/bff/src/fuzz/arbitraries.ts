import fc from 'fast-check';
import {
  isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLInputType,
} from 'graphql';

/**
 * Hostile and random values for GraphQL arguments, derived from the argument types only: a new
 * mutation is fuzzed without anyone writing arbitraries for it.
 */

const megabyte = 1_000_000;
/** Built once: ~1 MB each (the second is 3 bytes per character in UTF-8). */
const hugeStrings = ['x'.repeat(megabyte), '€'.repeat(megabyte / 3), '\u0000'.repeat(megabyte / 10), `${'🙂'.repeat(100_000)}\u202E`];

/** Text that has broken systems before: control characters, injections, direction marks, emoji. */
export const nastyStrings: readonly string[] = [
  '', ' ', '   \t\n', '\u0000', 'a\u0000b', '\u0007\b\f\v\u001b[31mred', '\r\n\r\n', '\uFEFF', '\u200B',
  "'; DROP TABLE \"Person\"; --", "' OR '1'='1", '"; SELECT pg_sleep(1); --', '\\', '\\x00', '%00', '%s%s%s%n',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${jndi:ldap://x}',
  '\u202Eevil.exe\u202C', 'مرحبا بالعالم', 'שלום', '👨‍👩‍👧‍👦🏳️‍🌈', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', '\uD800', '\uDFFF\uD800',
  'null', 'undefined', 'NaN', '__proto__', 'constructor', '{"$gt":""}', '../../../../etc/passwd',
  '-1', '0', '1e309', '9'.repeat(400), '-0', '0x7fffffff',
  '2026-02-30', '2026-13-01', '0000-00-00', '9999-12-31', '-001986-03-15', '2026-02-29T25:61:00Z', '1986-03-15T00:00:00',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...hugeStrings) },
);

const edgeNumbers = [0, -0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300, 0.5, -0.5, 1.0000001];

const hostileInt: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -100, max: 10_000 }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.constantFrom(...edgeNumbers) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
);

const hostileFloat: fc.Arbitrary<number> = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...edgeNumbers));

const calendarDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const hostileDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: calendarDay },
  { weight: 2, arbitrary: fc.constantFrom('2026-02-30', '2025-02-29', '2026-04-31', '2026-00-10', '2026-1-1', '26-01-01', '+002026-01-01', '2026-01-01T00:00:00Z') },
  { weight: 1, arbitrary: hostileString },
);

const hostileDateTime: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 2, arbitrary: fc.constantFrom('2026-02-30T10:00:00Z', '2026-03-01T24:00:01Z', '+275760-09-13T00:00:00.001Z', '0', '2026-03-01 10:00') },
  { weight: 1, arbitrary: hostileString },
);

/** A value of the wrong JSON type: what a hand-made request sends. */
export const wrongJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, '', [], {}, [null], { '': null }),
  fc.jsonValue({ maxDepth: 2 }),
);

function scalarValue(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return hostileString;
    case 'ID':
      return fc.oneof(hostileString, fc.uuid(), fc.integer());
    case 'Int':
      return hostileInt;
    case 'Float':
      return hostileFloat;
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return hostileDate;
    case 'DateTime':
      return hostileDateTime;
    default:
      // A scalar this file does not know: anything JSON can carry.
      return fc.oneof(hostileString, wrongJson);
  }
}

/** A value for a GraphQL input type: mostly of the right shape, sometimes null or of another type. */
export function inputValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 12, arbitrary: inputValue(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  let right: fc.Arbitrary<unknown>;
  if (isListType(type)) {
    const item = inputValue(type.ofType, depth + 1);
    right = fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
      // GraphQL coerces one value into a list of one.
      { weight: 1, arbitrary: item },
      { weight: 1, arbitrary: fc.array(item, { minLength: 200, maxLength: 300 }) },
    );
  } else if (isInputObjectType(type)) {
    const fields = type.getFields();
    if (depth > 4) right = fc.constant({});
    else {
      const model = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, inputValue(field.type, depth + 1)]));
      right = fc.oneof(
        { weight: 6, arbitrary: fc.record(model, { requiredKeys: [] }) },
        { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }).map((value) => ({ ...value, unknownField: 'x' })) },
      );
    }
  } else if (isEnumType(type)) {
    right = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.oneof(hostileString, fc.constantFrom(...type.getValues().map((v) => v.name.toUpperCase()))) },
    );
  } else if (isScalarType(type)) {
    right = scalarValue(type.name);
  } else {
    right = wrongJson;
  }
  return fc.oneof(
    { weight: 10, arbitrary: right },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
    { weight: 1, arbitrary: wrongJson },
  );
}

/** All arguments of a field; a missing key is a variable left out of the request. */
export function argumentsValue(args: readonly GraphQLArgument[]): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(args.map((arg) => [arg.name, inputValue(arg.type)]));
  return fc.record(model, { requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name) });
}

type Path = readonly (string | number)[];
interface Leaf {
  path: Path;
  type: GraphQLInputType;
}

/** Every place in a sample where a value of a known type sits, to be replaced one at a time. */
function leavesOf(type: GraphQLInputType, value: unknown, path: Path): Leaf[] {
  const here: Leaf = { path, type };
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) && Array.isArray(value)) {
    return [here, ...value.flatMap((item, i) => leavesOf(inner.ofType, item, [...path, i]))];
  }
  if (isInputObjectType(inner) && value !== null && typeof value === 'object') {
    return [
      here,
      ...Object.entries(inner.getFields()).flatMap(([name, field]) => leavesOf(field.type, (value as Record<string, unknown>)[name], [...path, name])),
    ];
  }
  return [here];
}

function setAt(value: Record<string, unknown>, path: Path, replacement: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = replacement;
  return copy;
}

/**
 * Valid samples with one value replaced by a hostile one: gets past the argument types to the
 * validation and the write path, which fully random input rarely reaches.
 */
export function mutatedSamples(args: readonly GraphQLArgument[], samples: readonly Record<string, unknown>[]): fc.Arbitrary<Record<string, unknown>> {
  const byName = new Map(args.map((arg) => [arg.name, arg.type]));
  const variants = samples.flatMap((sample) =>
    Object.entries(sample).flatMap(([name, value]) => {
      const type = byName.get(name);
      return type ? leavesOf(type, value, [name]).map((leaf) => ({ sample, leaf })) : [];
    }),
  );
  const unchanged = fc.constantFrom(...samples);
  if (variants.length === 0) return unchanged;
  return fc.oneof(
    { weight: 1, arbitrary: unchanged },
    {
      weight: 6,
      arbitrary: fc
        .constantFrom(...variants)
        .chain(({ sample, leaf }) => inputValue(leaf.type).map((replacement) => setAt(sample, leaf.path, replacement))),
    },
  );
}
