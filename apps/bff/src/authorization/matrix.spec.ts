import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema as schemaFromSdl } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase } from '@luotsi/bff-core';
import { staffRoles } from '@luotsi/identity-domain';
import { bffModules } from '../modules';
import { call } from './harness';
import { authorizationMatrix, matrixRoles, type MatrixRole } from './matrix';
import { observedOutcome, rootFields, sampleArgs, type Observed } from './operations';
import { isolatedMutations, samples } from './samples';
import { loadSessions, type Sessions } from './viewers';

/**
 * The generated authorisation test: every root field of the schema, as every matrix role,
 * against the seeded demo data, compared with matrix.ts. Queries share one database; mutations
 * run on another (see samples.ts, isolatedMutations), so a write never changes what a query sees.
 */
const schema = buildSchema(bffModules);
const fields = rootFields(schema);

let queryDb: Database;
let mutationDb: Database;
let sessions: Record<MatrixRole, Sessions>;
const opened: Database[] = [];

beforeAll(async () => {
  queryDb = await openTestDatabase(bffModules);
  mutationDb = await openTestDatabase(bffModules);
  opened.push(queryDb, mutationDb);
  sessions = await loadSessions(queryDb.prisma);
});
afterAll(async () => {
  for (const db of opened) await db.close();
});

describe('the authorisation matrix', () => {
  it('has an entry for every root field, and only for fields that exist', () => {
    // The running schema and the printed one (the frontends' contract; a drift test keeps them equal).
    const printed = rootFields(schemaFromSdl(readFileSync(resolve(import.meta.dirname, '../../schema.graphql'), 'utf8')));
    const keys = new Set([...fields, ...printed].map((f) => f.key));
    const missing = [...keys].filter((key) => !(key in authorizationMatrix));
    const stale = Object.keys(authorizationMatrix).filter((key) => !keys.has(key));
    expect(missing, `Root fields without an entry: add a line per field to apps/bff/src/authorization/matrix.ts, e.g. 'Query.x': residents,`).toEqual([]);
    expect(stale, 'Entries in apps/bff/src/authorization/matrix.ts for fields the schema no longer has: remove them').toEqual([]);
  });

  it('plays every role with a user that really has it', () => {
    expect(sessions.anonymous).toEqual({ resident: null, staff: null });
    expect(sessions.resident.resident?.roles).toEqual(['resident']);
    expect(sessions.guardian.resident?.roles).toEqual(['resident']);
    expect(sessions.carer.resident?.roles).toEqual(['resident', 'carer']);
    for (const role of staffRoles) expect(sessions[role].staff?.roles, role).toContain(role);
  });

  // One test per field, so a failure names the field and shows its whole row.
  it.each(fields.map((root) => [root.key, root] as const))('%s gives each role what the matrix says', async (key, root) => {
    const isolated = root.kind === 'mutation' && isolatedMutations.includes(key);
    let db = root.kind === 'mutation' ? mutationDb : queryDb;
    if (isolated) {
      db = await openTestDatabase(bffModules);
      opened.push(db);
    }
    const args = sampleArgs(root, samples);
    const observed = {} as Record<MatrixRole, Observed>;
    // In matrix order, one at a time: mutation cases on a shared database stay deterministic.
    for (const role of matrixRoles) observed[role] = observedOutcome(await call(schema, db, root, args, sessions[role]));
    const expected = authorizationMatrix[key];
    expect(expected, `No entry for ${key} in apps/bff/src/authorization/matrix.ts. Observed today: ${JSON.stringify(observed)}`).toBeDefined();
    // An 'error: …' cell means the call failed for another reason: give the field valid arguments in samples.ts.
    expect(observed).toEqual(expected);
  });
});
