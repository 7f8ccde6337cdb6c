import type { GraphQLSchema } from 'graphql';

/**
 * Fail closed: every field of Query, Mutation and Subscription must state who may use it
 * (`authScopes`, with `{ public: true }` for public fields). A field without one makes the BFF
 * refuse to start, so forgetting authorisation is a startup error, never an open door.
 */
export function findRootFieldsWithoutScopes(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const [name, field] of Object.entries(root.getFields())) {
      const options = (field.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions;
      if (options?.authScopes === undefined) missing.push(`${root.name}.${name}`);
    }
  }
  return missing;
}

export function assertFailClosed(schema: GraphQLSchema): void {
  const missing = findRootFieldsWithoutScopes(schema);
  if (missing.length)
    throw new Error(`These fields have no authScopes (use { public: true } for public ones): ${missing.join(', ')}`);
}
