import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import express from 'express';
import type { Database } from '@luotsi/db';
import {
  buildSchema, defineBffModule, openTestDatabase, runOperation, viewerOf,
  type AuthenticatedUser, type BffModule, type PersonalDataSection,
} from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { privacyModule } from './index';
import { collectMyData, myDataHtml, myDataJson } from './my-data';
import { registerMyDataRoutes } from './my-data-routes';

const section = (over: Partial<PersonalDataSection> = {}): PersonalDataSection => ({
  id: 'test.things',
  title: { fi: 'Asiat', sv: 'Saker', en: 'Things' },
  purpose: { fi: 'Koska.', sv: 'Därför.', en: 'Because.' },
  records: [],
  ...over,
});

describe('the readable copy', () => {
  const generatedAt = new Date('2026-11-23T10:00:00Z');
  const sections = [
    section({
      records: [
        [
          { key: 'name', label: { fi: 'Nimi', sv: 'Namn', en: 'Name' }, value: '<script>alert(1)</script> & "Tessa"' },
          { key: 'fee', label: { fi: 'Palkkio', sv: 'Arvode', en: 'Fee' }, value: 46199, format: 'cents' },
          { key: 'born', label: { fi: 'Syntynyt', sv: 'Född', en: 'Born' }, value: '1986-03-15', format: 'date' },
          { key: 'at', label: { fi: 'Aika', sv: 'Tid', en: 'Time' }, value: '2026-11-23T06:15:00.000Z', format: 'dateTime' },
          { key: 'urgency', label: { fi: 'Kiire', sv: 'Brådska', en: 'Urgency' }, value: 'same-day', valueLabel: { fi: 'Tänään', sv: 'I dag', en: 'Today' } },
          { key: 'email', label: { fi: 'Sähköposti', sv: 'E-post', en: 'E-mail' }, value: null },
        ],
      ],
    }),
    section({ id: 'test.empty', title: { fi: 'Tyhjä', sv: 'Tom', en: 'Empty' } }),
  ];

  it('is a document in the reader’s language, with values as people read them', () => {
    const html = myDataHtml(sections, 'sv', generatedAt);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Mina uppgifter</h1>');
    expect(html).toContain('<dt>Namn</dt>');
    expect(html).toContain('<dd>I dag</dd>');
    expect(html).toContain('<dd>15 mars 1986</dd>');
    // 06:15 UTC is 08:15 in Helsinki.
    expect(html).toMatch(/<dd>[^<]*8\.15<\/dd>/);
    expect(html).toMatch(/<dd>461,99\s€<\/dd>/);
    expect(html).toContain('Inga sparade uppgifter.');
  });

  it('escapes stored text, so that nothing in the data can run as script', () => {
    const html = myDataHtml(sections, 'fi', generatedAt);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Tessa&quot;');
    expect(html).toMatch(/http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
  });

  it('has a heading per section and a contents list that links to them', () => {
    const html = myDataHtml(sections, 'en', generatedAt);
    expect(html).toContain('<a href="#section-test-things">Things</a>');
    expect(html).toContain('<h2 id="section-test-things">Things</h2>');
  });

  it('keeps raw values and stable keys in the JSON copy', () => {
    const json = myDataJson(sections, generatedAt);
    expect(json.format).toBe('luotsi-personal-data/1');
    expect(json.sections[0]?.records).toEqual([
      { name: '<script>alert(1)</script> & "Tessa"', fee: 46199, born: '1986-03-15', at: '2026-11-23T06:15:00.000Z', urgency: 'same-day', email: null },
    ]);
  });

  it('refuses two modules declaring the same section', async () => {
    const twice = defineBffModule({ id: 'twice', personalData: async () => [section()] });
    await expect(collectMyData({} as never, [twice, { ...twice, id: 'again' }], 'p')).rejects.toThrow(/twice/);
  });
});

let db: Database;
const schema = buildSchema([identityModule, privacyModule]);
beforeAll(async () => {
  db = await openTestDatabase([identityModule, privacyModule]);
});
afterAll(() => db?.close());

describe('the export routes', () => {
  let server: Server;
  let base = '';
  let tessa: AuthenticatedUser;
  let staff: AuthenticatedUser;
  // A stand-in for the session middleware: the test says who is signed in.
  const sessions = new Map<string, { resident?: AuthenticatedUser; staff?: AuthenticatedUser }>();

  beforeAll(async () => {
    tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
    staff = await viewerOf(db.prisma, 'staff', 'staff-hanna');
    sessions.set('tessa', { resident: tessa });
    sessions.set('hanna', { staff });
    const modules: BffModule[] = [identityModule, privacyModule];
    const app = express();
    const router = express.Router();
    const sessionViewer = (req: express.Request) => {
      const session = sessions.get(req.header('x-test-session') ?? '');
      return { resident: session?.resident ?? null, staff: session?.staff ?? null };
    };
    registerMyDataRoutes(router, { prisma: () => db.prisma, viewerOf: sessionViewer, modules, now: () => new Date('2026-11-23T10:00:00Z') });
    app.use('/api/privacy', router);
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/privacy`;
  });
  afterAll(() => new Promise((r) => server?.close(r)));

  it('give the signed-in resident their own data as a JSON file that no cache keeps', async () => {
    const response = await fetch(`${base}/my-data.json`, { headers: { 'x-test-session': 'tessa' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="luotsi-my-data-2026-11-23.json"');
    const body = (await response.json()) as { sections: { id: string; records: Record<string, unknown>[] }[] };
    const person = body.sections.find((s) => s.id === 'identity.person')?.records[0];
    expect(person).toMatchObject({ firstName: 'Tessa', lastName: 'Testilä', birthDate: '1986-03-15' });
    expect(body.sections.find((s) => s.id === 'identity.children')?.records.map((r) => r['firstName'])).toEqual(['Tuukka', 'Tilda']);
  });

  it('give a readable HTML file in the language the page asks for', async () => {
    const response = await fetch(`${base}/my-data.html?language=en`, { headers: { 'x-test-session': 'tessa' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="luotsi-my-data-2026-11-23\.html"$/);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<dd>Testilä</dd>');
  });

  it('answer nobody else: no session, or a professional’s session, gets 401 and no data', async () => {
    for (const headers of [{}, { 'x-test-session': 'hanna' }] as Record<string, string>[]) {
      const response = await fetch(`${base}/my-data.json`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).not.toContain('Testilä');
    }
  });

  it('take no person id from the URL: a query naming someone else changes nothing', async () => {
    const ville = await viewerOf(db.prisma, 'resident', 'resident-ville');
    const response = await fetch(`${base}/my-data.json?personId=${ville.personId ?? ''}`, { headers: { 'x-test-session': 'tessa' } });
    const text = await response.text();
    expect(text).toContain('Testilä');
    expect(text).not.toContain('Virtanen');
  });
});

describe('optional data', () => {
  const list = /* GraphQL */ `query { myOptionalData { key present label { text } } }`;
  const remove = /* GraphQL */ `mutation { deleteMyOptionalData { key present } }`;

  it('lists the resident’s contact details and deletes them all at once, leaving required data', async () => {
    const tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
    const ville = await viewerOf(db.prisma, 'resident', 'resident-ville');
    for (const v of [tessa, ville])
      await db.prisma.person.update({ where: { id: v.personId ?? '' }, data: { email: 'x@example.com', phone: '+358401234567' } });
    const before = await runOperation<{ myOptionalData: { key: string; present: boolean; label: { text: string } }[] }>(schema, db.prisma, list, { resident: tessa, language: 'sv' });
    expect(before.errors).toBeUndefined();
    expect(before.data?.myOptionalData).toEqual([
      { key: 'identity.email', present: true, label: { text: 'E-postadress' } },
      { key: 'identity.phone', present: true, label: { text: 'Telefonnummer' } },
    ]);

    const after = await runOperation<{ deleteMyOptionalData: { key: string; present: boolean }[] }>(schema, db.prisma, remove, { resident: tessa });
    expect(after.errors).toBeUndefined();
    expect(after.data?.deleteMyOptionalData.every((i) => !i.present)).toBe(true);
    const row = await db.prisma.person.findUniqueOrThrow({ where: { id: tessa.personId ?? '' } });
    expect([row.email, row.phone, row.firstName, row.language]).toEqual([null, null, 'Tessa', 'fi']);
    // Someone else's details stay.
    const other = await db.prisma.person.findUniqueOrThrow({ where: { id: ville.personId ?? '' } });
    expect([other.email, other.phone]).toEqual(['x@example.com', '+358401234567']);
  });

  it('is refused without a resident sign-in', async () => {
    const anonymous = await runOperation(schema, db.prisma, remove);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const staff = await runOperation(schema, db.prisma, remove, { staff: await viewerOf(db.prisma, 'staff', 'staff-hanna') });
    expect(staff.errors?.[0]?.extensions?.['code']).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect(staff.data).toBeNull();
  });
});
