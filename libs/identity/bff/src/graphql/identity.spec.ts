import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from './module';

let db: Database;
const schema = buildSchema([identityModule]);
beforeAll(async () => {
  db = await openTestDatabase([identityModule]);
});
afterAll(() => db?.close());

describe('me', () => {
  it('shows a guardian her children under 15, youngest last', async () => {
    const tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
    const result = await runOperation<{ me: { firstName: string; children: { firstName: string }[]; municipality: { name: { text: string } } } }>(
      schema, db.prisma, `query { me { firstName municipality { name { text } } children { firstName birthDate } } }`,
      { resident: tessa, language: 'sv', now: new Date('2026-11-22T10:00:00Z') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.me.firstName).toBe('Tessa');
    expect(result.data?.me.municipality.name.text).toBe('Esbo');
    expect(result.data?.me.children).toEqual([
      { firstName: 'Tuukka', birthDate: '2016-05-02' },
      { firstName: 'Tilda', birthDate: '2021-09-20' },
    ]);
  });

  it('stops showing a child from the day they turn 15 in Helsinki', async () => {
    const tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
    // Tuukka (born 2016-05-02) turns 15 on 2031-05-02; 21:30 UTC on the 1st is already the 2nd in Helsinki.
    const result = await runOperation<{ me: { children: { firstName: string }[] } }>(
      schema, db.prisma, `query { me { children { firstName } } }`, { resident: tessa, now: new Date('2031-05-01T21:30:00Z') },
    );
    expect(result.data?.me.children.map((c) => c.firstName)).toEqual(['Tilda']);
  });

  it('asks anonymous users and staff sessions to sign in as a resident', async () => {
    const anonymous = await runOperation(schema, db.prisma, `query { me { firstName } }`);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const staff = await runOperation(schema, db.prisma, `query { me { firstName } }`, { staff: await viewerOf(db.prisma, 'staff', 'staff-hanna') });
    expect(staff.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(staff.data).toBeNull();
  });

  it('remembers the language a resident chooses for messages', async () => {
    const ville = await viewerOf(db.prisma, 'resident', 'resident-ville');
    const result = await runOperation<{ setMyLanguage: { language: string } }>(
      schema, db.prisma, `mutation { setMyLanguage(language: en) { language } }`, { resident: ville },
    );
    expect(result.data?.setMyLanguage.language).toBe('en');
    expect((await db.prisma.person.findFirstOrThrow({ where: { oidcSubject: 'resident-ville' } })).language).toBe('en');
  });
});

describe('staffMe', () => {
  it('shows a professional her roles and units', async () => {
    const kaisa = await viewerOf(db.prisma, 'staff', 'staff-kaisa');
    const result = await runOperation<{ staffMe: { roles: string[]; units: { code: string }[] } }>(
      schema, db.prisma, `query { staffMe { roles units { code } title { text } } }`, { staff: kaisa, language: 'en' },
    );
    expect(result.data?.staffMe.roles).toEqual(['caregiver-coordinator']);
    expect(result.data?.staffMe.units.map((u) => u.code)).toEqual(['OMA-ETE', 'OMA-LAN']);
  });
});
