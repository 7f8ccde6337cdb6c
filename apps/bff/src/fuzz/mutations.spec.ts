/**
 * Property-based attack on every mutation of the BFF (issue 3, item 6). For each Mutation field
 * of the schema built from modules.ts — found at run time, so a new mutation is covered the day
 * it is added — random and hostile arguments derived from its GraphQL types (and, when
 * valid-inputs.ts has samples, valid arguments with one value made hostile) are sent as the
 * personas its authScopes let in, plus one it refuses. Every call must end either in success or
 * in an error meant for the client: never one the BFF would mask as a 500. And a call that
 * fails must leave every table exactly as it was: no partial writes.
 *
 * The seed is fixed so that a run is reproducible; fast-check prints it with the shrunk
 * counterexample. FUZZ_SEED=<n> and FUZZ_RUNS=<n> explore further locally.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import type { Database } from '@luotsi/db';
import { bffModules } from '../modules';
import { argumentsValue, inputValue, mutatedSamples } from './arbitraries';
import { allowedCallers, callerSubjects, type Caller } from './callers';
import { changedTables, databaseFingerprint } from './fingerprint';
import { asJson, describeValue, mutationFields, operationFor, unexpectedErrors } from './harness';
import { validInputs } from './valid-inputs';

const schema = buildSchema(bffModules);
const seed = Number(process.env['FUZZ_SEED'] ?? 20_260_301);
const numRuns = Number(process.env['FUZZ_RUNS'] ?? 40);

let db: Database;
let callers: Caller[];

beforeAll(async () => {
  db = await openTestDatabase(bffModules);
  callers = await Promise.all(
    callerSubjects.map(async ({ name, area, subject }) => ({
      name,
      resident: area === 'resident' ? await viewerOf(db.prisma, 'resident', subject) : null,
      staff: area === 'staff' ? await viewerOf(db.prisma, 'staff', subject) : null,
    })),
  );
});
afterAll(() => db?.close());

describe('the fuzz harness', () => {
  it('finds the mutations of the schema by itself', () => {
    const names = mutationFields(schema).map((f) => f.name);
    expect(names).toContain('setMyLanguage');
    expect(Object.keys(validInputs).filter((name) => !names.includes(name)), 'samples for mutations that no longer exist').toEqual([]);
  });

  it('sees a write in the fingerprint', async () => {
    const before = await databaseFingerprint(db.sql);
    const ville = callers.find((c) => c.name === 'resident (Swedish-speaking)');
    const result = await runOperation(schema, db.prisma, `mutation { setMyLanguage(language: en) { language } }`, { resident: ville?.resident ?? null });
    expect(result.errors).toBeUndefined();
    expect(changedTables(before, await databaseFingerprint(db.sql))).toContain('persons');
  });

  it('flags what a client would see as a 500', () => {
    expect(unexpectedErrors([new GraphQLError('x', { originalError: new TypeError('cannot read') })])).toHaveLength(1);
    expect(unexpectedErrors([new GraphQLError('x', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })])).toHaveLength(1);
    expect(unexpectedErrors([new GraphQLError('x', { extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['a'], code: 'String must contain' }] } })])).toHaveLength(1);
    // A refusal and a rejected variable are answers, not failures.
    expect(unexpectedErrors([new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } }), new GraphQLError('Variable "$x" got invalid value')])).toEqual([]);
  });

  it('makes hostile values of every kind', () => {
    const samples = fc.sample(inputValue(schema.getType('Language') as never), { seed, numRuns: 200 });
    expect(samples).toContain(null);
    expect(samples.some((v) => typeof v === 'string' && !['fi', 'sv', 'en'].includes(v))).toBe(true);
    expect(samples.some((v) => typeof v === 'object' && v !== null)).toBe(true);
  });
});

describe.each(mutationFields(schema).map((field) => ({ name: field.name, field })))('mutation $name under hostile input', ({ field }) => {
  it('never fails with an internal error, and a refused call writes nothing', async () => {
    const allowed = allowedCallers(field, callers);
    const refused = callers.find((caller) => !allowed.includes(caller));
    const who = refused ? [...allowed, refused] : allowed;
    const samples = validInputs[field.name] ?? [];
    const args = samples.length ? fc.oneof(argumentsValue(field.args), mutatedSamples(field.args, samples)) : argumentsValue(field.args);
    const source = operationFor(field);
    let baseline = await databaseFingerprint(db.sql);

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...who), args, async (caller, raw) => {
        const variables = asJson(raw);
        const context = `${field.name} as ${caller.name} with ${describeValue(variables)}`;
        let result;
        try {
          result = await runOperation(schema, db.prisma, source, { variables, resident: caller.resident, staff: caller.staff });
        } catch (error) {
          throw new Error(`${context} threw: ${String(error)}`, { cause: error });
        }
        const after = await databaseFingerprint(db.sql);
        const changed = changedTables(baseline, after);
        baseline = after;
        expect(unexpectedErrors(result.errors), context).toEqual([]);
        if (result.errors?.length) expect(changed, `${context} failed but wrote`).toEqual([]);
      }),
      { seed, numRuns },
    );
  });
});
