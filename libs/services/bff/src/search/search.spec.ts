import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { servicesModule } from '../index';
import { demoServiceId } from '../seed';
import { flushServiceEvents } from './events';
import { forgetVocabulary } from './vocabulary';
import { forgetBrowseFacets } from './search';

let db: Database;
const schema = buildSchema([identityModule, servicesModule]);
const fixtureId = (key: string) => demoId('ptv-service', `search-spec-${key}`);

// Family centres as the generator makes them, with locations (the core has one more, in Espoo and
// Kauniainen, without a service class).
const core = demoServiceId('perhekeskus');
const centres = [
  { key: 'tapiola', fi: 'Perhekeskus – Tapiola', sv: 'Familjecenter – Hagalund', lat: 60.1756, lon: 24.805, municipality: '049' },
  { key: 'leppavaara', fi: 'Perhekeskus – Leppävaara', sv: 'Familjecenter – Alberga', lat: 60.219, lon: 24.813, municipality: '049' },
  { key: 'lohja', fi: 'Perhekeskus – Lohja', sv: 'Familjecenter – Lojo', lat: 60.2486, lon: 24.0653, municipality: '444' },
];

beforeAll(async () => {
  db = await openTestDatabase([identityModule, servicesModule]);
  const county = await db.prisma.organization.findFirstOrThrow({ where: { providerType: 'county' } });
  for (const c of centres) {
    await db.prisma.service.create({
      data: {
        id: fixtureId(c.key),
        name: { fi: c.fi, sv: c.sv },
        summary: { fi: 'Lapsiperheiden palvelut samasta paikasta.', sv: 'Tjänster för barnfamiljer på samma ställe.' },
        organizationId: county.id,
        municipalityCodes: [c.municipality],
        targetGroups: ['KR1.2'],
        serviceClasses: ['P3.4'],
        lifeEvents: [],
        chargeType: 'free',
        sourceModifiedAt: new Date('2026-10-01T09:00:00Z'),
        channels: {
          create: {
            channel: {
              create: {
                id: demoId('ptv-channel', `search-spec-${c.key}`),
                type: 'location',
                organizationId: county.id,
                name: { fi: c.fi, sv: c.sv },
                municipalityCodes: [c.municipality],
                latitude: c.lat,
                longitude: c.lon,
                sourceModifiedAt: new Date('2026-10-01T09:00:00Z'),
              },
            },
          },
        },
      },
    });
  }
  forgetVocabulary(db.prisma);
  forgetBrowseFacets(db.prisma);
});
afterAll(() => db?.close());

interface Text {
  text: string;
  language: string;
  isFallback: boolean;
}
interface Result {
  query: string;
  sort: string;
  total: number;
  nextCursor: string | null;
  suggestion: string | null;
  hits: { service: { id: string; name: Text }; distanceKm: number | null }[];
  facets: { facet: string; values: { value: string; count: number; selected: boolean; label: Text | null }[] }[];
}

const search = /* GraphQL */ `
  query ($input: ServiceSearchInput!) {
    searchServices(input: $input) {
      query sort total nextCursor suggestion
      hits { service { id name { text language isFallback } } distanceKm }
      facets { facet values { value count selected label { text language isFallback } } }
    }
  }
`;

async function run(input: Record<string, unknown>, language: 'fi' | 'sv' | 'en' = 'fi') {
  return runOperation<{ searchServices: Result }>(schema, db.prisma, search, { language, variables: { input } });
}

async function searchFor(input: Record<string, unknown>, language: 'fi' | 'sv' | 'en' = 'fi'): Promise<Result> {
  const result = await run(input, language);
  expect(result.errors).toBeUndefined();
  return result.data!.searchServices;
}

const ids = (r: Result) => r.hits.map((h) => h.service.id);
const facet = (r: Result, name: string) => r.facets.find((f) => f.facet === name)!.values;

describe('searchServices', () => {
  it('finds Finnish inflected forms: "perhekeskukset" finds the family centres, public', async () => {
    const result = await searchFor({ query: 'perhekeskukset' });
    expect(ids(result)).toEqual(expect.arrayContaining(centres.map((c) => fixtureId(c.key))));
    expect(result.hits[0]!.service.name.text).toMatch(/^Perhekeskus/);
    expect(result.sort).toBe('relevance');
  });

  it('finds Swedish "familjecenter" and its definite form, in Swedish', async () => {
    for (const query of ['familjecenter', 'familjecentret', 'Familjecentrets']) {
      const result = await searchFor({ query }, 'sv');
      expect(ids(result), query).toEqual(expect.arrayContaining(centres.map((c) => fixtureId(c.key))));
      expect(result.hits[0]!.service.name).toEqual({ text: expect.stringMatching(/^Familjecenter/), language: 'sv', isFallback: false });
    }
  });

  it('ranks a match in the name above a match in the summary only', async () => {
    const result = await searchFor({ query: 'lapsiperheiden' });
    // "Lapsiperheiden kotipalvelu" has the word in its name; the centres only in their summary.
    expect(result.hits[0]!.service.id).toBe(demoServiceId('lapsiperheiden-kotipalvelu'));
    expect(ids(result)).toContain(fixtureId('tapiola'));
  });

  it('falls back to the other language’s text when the reader’s is missing', async () => {
    // Familjecafé has Swedish text only; the peer group Finnish only.
    const finnish = await searchFor({ query: 'familjecafé' }, 'fi');
    expect(ids(finnish)).toContain(demoServiceId('familjeknuten-familjecafe'));
    const swedish = await searchFor({ query: 'vertaistukiryhmä' }, 'sv');
    expect(swedish.hits.find((h) => h.service.id === demoServiceId('majakka-masennusryhma'))?.service.name).toMatchObject({ language: 'fi', isFallback: true });
  });

  it('finds parts of compounds and tolerates typos, and suggests the right word', async () => {
    const part = await searchFor({ query: 'neuvola' });
    expect(ids(part)).toEqual(expect.arrayContaining([demoServiceId('neuvola'), demoServiceId('perheneuvola')]));
    const typo = await searchFor({ query: 'nuorisotolot' });
    expect(ids(typo)).toContain(demoServiceId('espoo-nuorisotalot'));
    expect(typo.suggestion).toBe('nuorisotalot');
    expect((await searchFor({ query: 'perhekeskus' })).suggestion).toBeNull();
  });

  it('counts each facet with the other filters only', async () => {
    const all = await searchFor({ query: 'perhekeskus' });
    expect(facet(all, 'municipality')).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: '049', count: 3, selected: false }), expect.objectContaining({ value: '444', count: 1 })]),
    );
    const espoo = await searchFor({ query: 'perhekeskus', municipalityCodes: ['049'] });
    expect(espoo.total).toBe(3);
    expect(ids(espoo).sort()).toEqual([core, fixtureId('leppavaara'), fixtureId('tapiola')].sort());
    // Its own facet still offers Lohja with its count; the others count within Espoo.
    expect(facet(espoo, 'municipality')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: '049', count: 3, selected: true, label: expect.objectContaining({ text: 'Espoo' }) }),
        expect.objectContaining({ value: '444', count: 1, selected: false }),
      ]),
    );
    expect(facet(espoo, 'targetGroup')).toEqual([expect.objectContaining({ value: 'KR1.2', count: 3 })]);
    expect(facet(espoo, 'theme')).toEqual([expect.objectContaining({ value: 'P3', count: 2 })]);
    expect(facet(espoo, 'providerType')).toEqual([expect.objectContaining({ value: 'county', count: 3 })]);
    expect(facet(espoo, 'channelType')).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 'location', count: 3 }), expect.objectContaining({ value: 'phone', count: 1 })]),
    );
    expect(facet(espoo, 'freeOfCharge')).toEqual([expect.objectContaining({ value: 'true', count: 3 })]);
    const charged = await searchFor({ query: 'perhekeskus', freeOfCharge: true, providerTypes: ['ngo'] });
    expect(charged.total).toBe(0);
    expect(facet(charged, 'providerType')).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'ngo', count: 0, selected: true })]));
  });

  it('filters by theme, target group, provider and channel type', async () => {
    const youth = await searchFor({ targetGroups: ['KR1.3'], providerTypes: ['municipality'] });
    expect(youth.total).toBeGreaterThan(0);
    expect(ids(youth)).toContain(demoServiceId('espoo-nuorisotalot'));
    expect(ids(youth)).not.toContain(demoServiceId('nuorten-matala'));
    const phone = await searchFor({ query: 'perhekeskus', channelTypes: ['phone'] });
    expect(ids(phone)).toEqual([core]);
    const themed = await searchFor({ themes: ['P3'], query: 'perhekeskus' });
    expect(themed.total).toBe(3);
  });

  it('pages by cursor without duplicates or gaps, in every sort', async () => {
    for (const input of [{}, { query: 'perhe' }, { sort: 'distance', originPostalCode: '02100' }]) {
      const whole = await searchFor({ ...input, first: 50 });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Result = await searchFor({ ...input, first: 4, ...(after ? { after } : {}) });
        expect(page.total).toBe(whole.total);
        seen.push(...ids(page));
        after = page.nextCursor;
      } while (after);
      expect(seen, JSON.stringify(input)).toEqual(ids(whole));
      expect(new Set(seen).size).toBe(whole.total);
    }
  });

  it('sorts by distance from a postal code or a municipality, unknown distances last', async () => {
    const fromTapiola = await searchFor({ query: 'perhekeskus', sort: 'distance', originPostalCode: '02100' });
    const fixtures = centres.map((c) => fixtureId(c.key));
    expect(ids(fromTapiola).filter((id) => fixtures.includes(id))).toEqual([fixtureId('tapiola'), fixtureId('leppavaara'), fixtureId('lohja')]);
    expect(fromTapiola.hits[0]!.distanceKm).toBeLessThan(1);
    expect(fromTapiola.hits.at(-1)!.service.id).toBe(fixtureId('lohja'));
    expect(fromTapiola.hits.at(-1)!.distanceKm).toBeGreaterThan(35);
    const fromLohja = await searchFor({ query: 'perhekeskus', sort: 'distance', originMunicipalityCode: '444' });
    expect(ids(fromLohja)[0]).toBe(fixtureId('lohja'));
    const everything = await searchFor({ sort: 'distance', originPostalCode: '02100', first: 50 });
    const distances = everything.hits.map((h) => h.distanceKm);
    const known = distances.filter((d): d is number => d !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(distances.slice(known.length).every((d) => d === null)).toBe(true);
  });

  it('answers odd characters and a 10,000-character query', async () => {
    for (const query of ["&|!:*()'\"\\ <>", 'perhe'.repeat(2000), "perhekeskus' OR 1=1 --", '😀 perhekeskus ✓', '\u0000']) {
      const result = await run({ query });
      expect(result.errors, query.slice(0, 20)).toBeUndefined();
      expect(result.data!.searchServices.query.length).toBeLessThanOrEqual(200);
    }
    expect(ids(await searchFor({ query: "perhekeskus' OR 1=1 --" }))).not.toContain(demoServiceId('neuvola'));
  });

  it('refuses a bad cursor, page size or postal code with field errors', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ after: 'bm90LWEtY3Vyc29y' }, 'after', 'invalid'],
      [{ first: 500 }, 'first', 'out-of-range'],
      [{ originPostalCode: '99999', sort: 'distance' }, 'originPostalCode', 'invalid-choice'],
      [{ sort: 'distance' }, 'originPostalCode', 'required'],
    ];
    for (const [input, field, code] of cases) {
      const result = await run(input);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', field], code }] });
    }
  });

  it('records a search event on the first page only, without personal data', async () => {
    await flushServiceEvents();
    const before = await db.prisma.serviceSearchEvent.count();
    const first = await searchFor({ query: '  Perhekeskukset!! ', municipalityCodes: ['049'], first: 1 }, 'sv');
    await searchFor({ query: 'perhekeskukset', municipalityCodes: ['049'], first: 1, after: first.nextCursor }, 'sv');
    await flushServiceEvents();
    const events = await db.prisma.serviceSearchEvent.findMany({ orderBy: { at: 'desc' }, take: 5 });
    expect(await db.prisma.serviceSearchEvent.count()).toBe(before + 1);
    expect(events[0]).toMatchObject({ language: 'sv', query: 'perhekeskukset', resultCount: 3, municipalityCode: '049' });
    expect(events[0]!.filters).toMatchObject({ municipalityCodes: ['049'], freeOfCharge: false });
    const none = await searchFor({ query: 'xyzzyqwerty' });
    await flushServiceEvents();
    expect(none.total).toBe(0);
    expect(await db.prisma.serviceSearchEvent.findFirst({ where: { query: 'xyzzyqwerty' } })).toMatchObject({ resultCount: 0 });
  });
});

const page = /* GraphQL */ `
  query ($id: ID!) {
    service(id: $id) {
      id name { text language isFallback } description { text } serviceLanguages
      channels {
        type name { text } mapUrl latitude longitude openNow
        address { street { text } streetNumber postalCode postOffice { text } }
        phones { number label { text } }
        webPages { url language }
        openingHours { kind closed alwaysOpen intervals { dayFrom dayTo from to } }
        accessibility { group { text } sentences { text } }
      }
    }
  }
`;

interface PageChannel {
  type: string;
  mapUrl: string | null;
  openNow: boolean | null;
  address: { postalCode: string | null } | null;
  phones: { number: string }[];
  webPages: { url: string; language: string | null }[];
  openingHours: { kind: string; intervals: { dayFrom: number | null; from: string; to: string }[] }[];
  accessibility: { group: { text: string }; sentences: { text: string }[] }[];
}

describe('service page', () => {
  it('shows channels with map link, hours and "open now", and records a view', async () => {
    const serviceId = demoServiceId('perheneuvola');
    await flushServiceEvents();
    const views = await db.prisma.serviceViewEvent.count({ where: { serviceId } });
    // Monday 23 Nov 2026, 10:00 Helsinki time (08:00 UTC).
    const result = await runOperation<{ service: { id: string; channels: PageChannel[] } }>(schema, db.prisma, page, {
      language: 'sv',
      variables: { id: serviceId },
      now: new Date('2026-11-23T08:00:00Z'),
    });
    expect(result.errors).toBeUndefined();
    const channels = result.data!.service.channels;
    expect(channels.length).toBeGreaterThan(0);
    expect(channels[0]!.type).toBe('location');
    const location = channels.find((c) => c.type === 'location' && c.mapUrl)!;
    expect(location.mapUrl).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=6\d\.\d{6}&mlon=2\d\.\d{6}#map=17\//);
    expect(location.address?.postalCode).toMatch(/^\d{5}$/);
    const withHours = channels.find((c) => c.openingHours.some((p) => p.kind === 'regular'));
    expect(withHours?.openNow).toBe(true);
    expect(channels.flatMap((c) => c.webPages).every((p) => p.language === 'sv' || p.language === null)).toBe(true);
    await flushServiceEvents();
    expect(await db.prisma.serviceViewEvent.count({ where: { serviceId } })).toBe(views + 1);
    const evening = await runOperation<{ service: { channels: PageChannel[] } }>(schema, db.prisma, page, { variables: { id: serviceId }, now: new Date('2026-11-23T21:00:00Z') });
    expect(evening.data!.service.channels.find((c) => c.openingHours.some((p) => p.kind === 'regular'))?.openNow).toBe(false);
  });

  it('is null for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const result = await runOperation<{ service: null }>(schema, db.prisma, page, { variables: { id } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.service).toBeNull();
    }
  });
});
