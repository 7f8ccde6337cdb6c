import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '@luotsi/db';
import { buildSchema, runOperation } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { messagesModule } from './index';

// The schema as the BFF builds it, with the platform's identity module (it has the Mutation
// fields a GraphQL schema needs when this module has none yet).
const schema = buildSchema([identityModule, messagesModule]);

// The welcome reads no data, so no database is opened here (opening one takes seconds). For a
// field that reads data, open a fresh one with the demo data as libs/family/bff/src/family.spec.ts
// does — `db = await openTestDatabase([identityModule, messagesModule])` in beforeAll — and
// pass db.prisma instead of this.
const noDatabase = {} as PrismaClient;

const query = /* GraphQL */ `query { messagesWelcome { text language isFallback } }`;

describe('messagesWelcome', () => {
  it('is public: an anonymous visitor gets it, in Finnish by default', async () => {
    const result = await runOperation(schema, noDatabase, query);
    expect(result.errors).toBeUndefined();
    expect(result.data?.['messagesWelcome']).toEqual({ text: 'Tervetuloa! Palvelu on käytettävissä.', language: 'fi', isFallback: false });
  });

  it('comes in the reader’s language', async () => {
    const result = await runOperation(schema, noDatabase, query, { language: 'sv' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['messagesWelcome']).toEqual({ text: 'Välkommen! Tjänsten är tillgänglig.', language: 'sv', isFallback: false });
  });
});
