import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { servicesModule } from './index';
import { demoServiceCount, demoServiceId } from './seed';

let db: Database;
const schema = buildSchema([identityModule, servicesModule]);
beforeAll(async () => {
  db = await openTestDatabase([identityModule, servicesModule]);
});
afterAll(() => db?.close());

interface Text {
  text: string;
  language: string;
  isFallback: boolean;
}

interface ServiceRow {
  id: string;
  name: Text;
  summary: Text;
  languages: string[];
  municipalityCodes: string[];
  organization: { name: Text; providerType: string };
}

const catalogue = /* GraphQL */ `
  query ($municipalityCode: String) {
    serviceCatalogue(municipalityCode: $municipalityCode) {
      id
      name { text language isFallback }
      summary { text language isFallback }
      languages
      municipalityCodes
      organization { name { text language isFallback } providerType }
    }
  }
`;

async function servicesIn(language: 'fi' | 'sv' | 'en', municipalityCode?: string): Promise<ServiceRow[]> {
  const result = await runOperation<{ serviceCatalogue: ServiceRow[] }>(schema, db.prisma, catalogue, { language, variables: { municipalityCode } });
  expect(result.errors).toBeUndefined();
  return result.data?.serviceCatalogue ?? [];
}

describe('service catalogue', () => {
  it('is public and comes in the reader’s language, by name', async () => {
    const services = await servicesIn('sv');
    expect(services).toHaveLength(demoServiceCount);
    const counselling = services.find((s) => s.id === demoServiceId('perheneuvola'));
    expect(counselling?.name).toEqual({ text: 'Familjerådgivning', language: 'sv', isFallback: false });
    expect(counselling?.organization).toEqual({ name: { text: 'Exempels välfärdsområde', language: 'sv', isFallback: false }, providerType: 'county' });
    const names = services.map((s) => s.name.text);
    expect(names).toEqual([...names].sort(new Intl.Collator('sv', { sensitivity: 'base', numeric: true }).compare));
  });

  it('falls back to Finnish, or to Swedish, and says so', async () => {
    const english = await servicesIn('en');
    const peerGroup = english.find((s) => s.id === demoServiceId('majakka-masennusryhma'));
    expect(peerGroup?.name).toEqual({ text: 'Vertaistukiryhmä masennuksesta toipuville', language: 'fi', isFallback: true });
    expect(peerGroup?.languages).toEqual(['fi']);
    const finnish = await servicesIn('fi');
    const cafe = finnish.find((s) => s.id === demoServiceId('familjeknuten-familjecafe'));
    expect(cafe?.name).toEqual({ text: 'Familjecafé', language: 'sv', isFallback: true });
    expect(cafe?.organization.name).toEqual({ text: 'Familjeknuten rf', language: 'sv', isFallback: true });
  });

  it('can be narrowed to one municipality', async () => {
    const raseborg = await servicesIn('fi', '710');
    expect(raseborg.length).toBeGreaterThan(0);
    expect(raseborg.every((s) => s.municipalityCodes.includes('710'))).toBe(true);
    const names = raseborg.map((s) => s.name.text);
    expect(names).toEqual(expect.arrayContaining(['Perheneuvola', 'Familjecafé', 'Isäryhmä', 'Nuorisopalvelut']));
    expect(names).not.toContain('Nuorisotalot'); // Espoo's youth centres
    expect(await servicesIn('fi', '999')).toEqual([]);
  });
});

describe('service tray municipalities', () => {
  it('are the county’s municipalities, by name in the reader’s language', async () => {
    const query = /* GraphQL */ `query { serviceMunicipalities { code name { text } } }`;
    const result = await runOperation<{ serviceMunicipalities: { code: string; name: { text: string } }[] }>(schema, db.prisma, query, { language: 'sv' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.serviceMunicipalities.map((m) => m.name.text)).toEqual([
      'Esbo', 'Grankulla', 'Hangö', 'Högfors', 'Ingå', 'Kyrkslätt', 'Lojo', 'Raseborg', 'Sjundeå', 'Vichtis',
    ]);
    expect(result.data?.serviceMunicipalities[0]?.code).toBe('049');
  });
});

describe('service catalogue statistics', () => {
  const query = /* GraphQL */ `
    query ($municipalityCode: String) {
      serviceCatalogueStats(municipalityCode: $municipalityCode) {
        total
        byProviderType { providerType count }
        byOrganization { count organization { name { text } providerType } }
      }
    }
  `;
  interface Stats {
    total: number;
    byProviderType: { providerType: string; count: number }[];
    byOrganization: { count: number; organization: { name: { text: string }; providerType: string } }[];
  }

  it('are refused without a sign-in', async () => {
    const result = await runOperation(schema, db.prisma, query);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('ask a resident to sign in as staff', async () => {
    const result = await runOperation(schema, db.prisma, query, { resident: await viewerOf(db.prisma, 'resident', 'resident-tessa') });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('are refused to a professional of another role', async () => {
    const result = await runOperation(schema, db.prisma, query, { staff: await viewerOf(db.prisma, 'staff', 'staff-hanna') });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('count the curator’s catalogue by kind of provider and by organisation', async () => {
    const result = await runOperation<{ serviceCatalogueStats: Stats }>(schema, db.prisma, query, {
      staff: await viewerOf(db.prisma, 'staff', 'staff-kalle'),
    });
    expect(result.errors).toBeUndefined();
    const stats = result.data?.serviceCatalogueStats;
    expect(stats?.total).toBe(demoServiceCount);
    expect(stats?.byProviderType).toEqual([
      { providerType: 'county', count: 10 },
      { providerType: 'municipality', count: 7 },
      { providerType: 'ngo', count: 9 },
      { providerType: 'parish', count: 5 },
      { providerType: 'company', count: 2 },
    ]);
    expect(stats?.byOrganization[0]).toEqual({ count: 10, organization: { name: { text: 'Esimerkin hyvinvointialue' }, providerType: 'county' } });
    expect(stats?.byOrganization.reduce((sum, row) => sum + row.count, 0)).toBe(demoServiceCount);
  });

  it('count only one municipality’s services when asked', async () => {
    const result = await runOperation<{ serviceCatalogueStats: Stats }>(schema, db.prisma, query, {
      staff: await viewerOf(db.prisma, 'staff', 'staff-kalle'),
      variables: { municipalityCode: '078' },
    });
    // Hanko: the county's 8 region-wide services, the Swedish family café and the parishes' family club.
    expect(result.data?.serviceCatalogueStats.byProviderType).toEqual([
      { providerType: 'county', count: 8 },
      { providerType: 'municipality', count: 0 },
      { providerType: 'ngo', count: 1 },
      { providerType: 'parish', count: 1 },
      { providerType: 'company', count: 0 },
    ]);
    expect(result.data?.serviceCatalogueStats.total).toBe(10);
  });
});

describe('services demo data', () => {
  it('comes through the PTV importer, with channels that have addresses on the map and opening hours', async () => {
    const counselling = await db.prisma.service.findUniqueOrThrow({ where: { id: demoServiceId('perheneuvola') }, include: { channels: { include: { channel: true } } } });
    const types = counselling.channels.map((l) => l.channel.type).sort();
    expect(types).toEqual(['location', 'phone']);
    const location = counselling.channels.find((l) => l.channel.type === 'location')!.channel;
    // Espoo, converted from the TM35FIN metres the generator writes like PTV.
    expect(location.latitude).toBeGreaterThan(60.1);
    expect(location.latitude).toBeLessThan(60.4);
    expect(location.longitude).toBeGreaterThan(24.5);
    expect(location.longitude).toBeLessThan(24.9);
    expect(location.openingHours).not.toEqual([]);
    const run = await db.prisma.catalogueImportRun.findFirstOrThrow({ orderBy: { startedAt: 'desc' } });
    expect(run).toMatchObject({ source: 'demo catalogue', status: 'succeeded' });
  });

  it('can be seeded again without duplicates', async () => {
    await servicesModule.seed?.run(db.prisma);
    expect(await db.prisma.service.count()).toBe(demoServiceCount);
    expect(await db.prisma.organization.count()).toBe(16);
  });
});
