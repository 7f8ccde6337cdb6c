import { describe, expect, it } from 'vitest';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { argsWithId, observedOutcome, operationFor, rootFields, sampleArgs, type RootField } from './operations';
import { samples } from './samples';
import { collectViews, swapIds, type Run } from './swap-ids';

// A small schema with the shapes the generator must handle: nesting, required arguments, ids in
// input objects, and one object-level hole (note(id) returns anyone's note).
const sdl = /* GraphQL */ `
  type Query {
    myNotes: [Note!]!
    note(id: ID!): Note
    safeNote(id: ID!): Note
    search(filter: NoteFilter!, kind: Kind!): [Note!]!
  }
  type Mutation { archiveNotes(input: ArchiveInput!): Int! }
  enum Kind { PLAIN FANCY }
  input NoteFilter { text: String! ownerId: String }
  input ArchiveInput { reason: String! items: [ArchiveItem!]! }
  input ArchiveItem { noteId: String! }
  type Note { id: ID! text: String! owner: Person! related(first: Int!): [Note!]! }
  type Person { id: ID! name: String! friend: Person }
`;
const schema = buildSchema(sdl);
const field = (key: string): RootField => {
  const found = rootFields(schema).find((f) => f.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('generated operations', () => {
  it('select every scalar leaf, recurse into objects, and leave out fields that need arguments', () => {
    const { source } = operationFor(field('Query.myNotes'), {});
    expect(source).toBe(
      'query Probe { myNotes { __typename id text owner { __typename id name friend { __typename id name friend { __typename id name } } } } }',
    );
  });

  it('fill required arguments from the samples, enums with their first value', () => {
    const args = sampleArgs(field('Query.search'), samples);
    expect(args).toEqual({ filter: { text: 'sample' }, kind: 'PLAIN' });
    expect(operationFor(field('Query.search'), args).source).toMatch(/^query Probe\(\$filter: NoteFilter!, \$kind: Kind!\) \{ search\(filter: \$filter, kind: \$kind\)/);
  });

  it('find every argument that carries an id, also inside input objects and lists', () => {
    expect(argsWithId(field('Query.note'), samples, 'x1')).toEqual([{ id: 'x1' }]);
    expect(argsWithId(field('Query.search'), samples, 'x1')).toEqual([{ filter: { text: 'sample', ownerId: 'x1' }, kind: 'PLAIN' }]);
    expect(argsWithId(field('Mutation.archiveNotes'), samples, 'x1')).toEqual([{ input: { reason: 'sample', items: [{ noteId: 'x1' }] } }]);
    expect(argsWithId(field('Query.myNotes'), samples, 'x1')).toEqual([]);
  });

  it('tell a refusal from other errors', () => {
    const refusal = { data: null, errors: [{ message: 'no', path: ['me'], extensions: { code: 'FORBIDDEN' } }] } as never;
    expect(observedOutcome(refusal)).toBe('FORBIDDEN');
    const failure = { data: null, errors: [{ message: 'boom', path: ['me'], extensions: {} }] } as never;
    expect(observedOutcome(failure)).toBe('error: no code boom at me');
    expect(observedOutcome({ data: { me: null } })).toBe('allow');
  });
});

describe('swapping ids between personas', () => {
  const notes = [
    { id: 'n-anna', text: 'Anna’s', owner: { id: 'p-anna', name: 'Anna' }, related: [] },
    { id: 'n-ben', text: 'Ben’s', owner: { id: 'p-ben', name: 'Ben' }, related: [] },
  ];
  const run = (schema: GraphQLSchema): Run => (persona, root, args) => {
    const { source, variables } = operationFor(root, args);
    const mine = notes.filter((n) => n.owner.name.toLowerCase() === persona);
    const rootValue = {
      myNotes: () => mine,
      note: ({ id }: { id: string }) => notes.find((n) => n.id === id),
      safeNote: ({ id }: { id: string }) => mine.find((n) => n.id === id),
      search: () => mine,
      archiveNotes: () => 0,
    };
    return graphql({ schema, source, variableValues: variables, rootValue });
  };

  it('finds a field that returns another persona’s object by its id, and only that one', async () => {
    const personas = ['anna', 'ben'];
    const all = rootFields(schema);
    const views = await collectViews(personas, all.filter((f) => f.kind === 'query'), run(schema), samples, []);
    expect(views['anna']?.personal.map((o) => o.id)).toEqual(['n-anna', 'p-anna']);
    const leaks = await swapIds({ personas, alsoAttacking: ['nobody'], views, fields: all, run: run(schema), samples });
    expect(leaks).toContain('ben got anna\'s Note n-anna from Query.note({"id":"n-anna"})');
    expect(leaks).toContain('nobody got ben\'s Note n-ben from Query.note({"id":"n-ben"})');
    expect(leaks.filter((l) => !l.includes('Query.note('))).toEqual([]);
  });
});
