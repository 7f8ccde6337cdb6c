import { describe, expect, it } from 'vitest';
import channelsByGuids from './__fixtures__/ptv-v11/channels/by-guids.json';
import channelsPage from './__fixtures__/ptv-v11/channels/page-1.json';
import county from './__fixtures__/ptv-v11/organizations/county.json';
import ngo from './__fixtures__/ptv-v11/organizations/ngo.json';
import servicesPage1 from './__fixtures__/ptv-v11/services/page-1.json';
import servicesPage2 from './__fixtures__/ptv-v11/services/page-2.json';
import { isOpenAt } from './opening-hours';
import { emptyCatalogue } from './model';
import { mapPtvDocument } from './ptv';
import { ImportReport, MalformedPtvError } from './report';

const ids = {
  county: '3f0c8e2a-5b7d-4c1e-9a6f-1d2e3c4b5a60',
  ngo: '7d9e1f20-3a4b-4c5d-8e6f-70819a2b3c4d',
  counselling: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  familyCafe: '1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e',
  onlineCafe: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  nameless: '3d4e5f6a-7b8c-4d9e-9f0a-1b2c3d4e5f6a',
  deleted: '4e5f6a7b-8c9d-4e0f-8a1b-2c3d4e5f6a7b',
  channel: (n: number) => `c0a80101-0000-4c11-8a00-00000000000${n}`,
};

function mapAll() {
  const report = new ImportReport();
  const into = emptyCatalogue();
  const documents: [string, unknown][] = [
    ['organizations/county.json', county], ['organizations/ngo.json', ngo], ['services/page-1.json', servicesPage1],
    ['services/page-2.json', servicesPage2], ['channels/page-1.json', channelsPage], ['channels/by-guids.json', channelsByGuids],
  ];
  for (const [file, json] of documents) mapPtvDocument(json, { file, report, into });
  return { catalogue: into, report };
}

describe('PTV v11 services', () => {
  it('keep their names, summaries and descriptions in the languages PTV has', () => {
    const { catalogue } = mapAll();
    const counselling = catalogue.services.get(ids.counselling)!;
    expect(counselling.name).toEqual({ fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling' });
    expect(counselling.summary.sv).toBe('Stöd i frågor om barnets utveckling, föräldraskap och konflikter i familjen.');
    expect(counselling.userInstruction).toEqual({ fi: 'Soita ajanvaraukseen arkisin klo 9–12.', sv: 'Ring tidsbokningen vardagar kl. 9–12.' });
    // Swedish only in PTV: no Finnish invented.
    expect(catalogue.services.get(ids.familyCafe)!.name).toEqual({ sv: 'Familjecafé' });
    expect(catalogue.services.get(ids.onlineCafe)!.summary).toEqual({});
  });

  it('carry their classifications, areas, organisation, charge and channels', () => {
    const { catalogue } = mapAll();
    const counselling = catalogue.services.get(ids.counselling)!;
    expect(counselling).toMatchObject({
      organizationId: ids.county,
      targetGroups: ['KR1.2'],
      serviceClasses: ['P4.2'],
      lifeEvents: ['KE1'],
      ontologyTerms: ['http://www.yso.fi/onto/yso/p1001'],
      municipalityCodes: ['049', '235', '257'],
      chargeType: 'free',
      languages: ['fi', 'sv', 'en'],
      modified: new Date('2026-10-02T09:12:44.123Z'),
    });
    expect(counselling.channelIds).toEqual([1, 2, 3, 4, 5].map(ids.channel));
    expect(catalogue.classifications.get('life-event:KE1')?.name).toEqual({ fi: 'Lapsen saaminen', sv: 'Att få barn', en: 'Having a child' });
    // A producer is taken as the organisation when no one is marked responsible.
    expect(catalogue.services.get(ids.onlineCafe)).toMatchObject({ organizationId: ids.ngo, areaType: 'WholeCountry', municipalityCodes: [] });
  });

  it('leave out employees’ e-mail addresses from descriptions', () => {
    const { catalogue } = mapAll();
    const description = catalogue.services.get(ids.counselling)!.description.fi!;
    expect(description).not.toContain('maija.meikalainen');
    expect(description).toContain('neuvonta@esimerkki.fi');
  });

  it('that PTV has deleted are marked for removal, and ones without a name are skipped and reported', () => {
    const { catalogue, report } = mapAll();
    expect(catalogue.removed).toEqual([{ kind: 'service', id: ids.deleted }]);
    expect(catalogue.services.has(ids.nameless)).toBe(false);
    expect(report.list).toContainEqual(expect.objectContaining({ file: 'services/page-2.json', path: '$.itemList[1].serviceNames', id: ids.nameless, reason: 'service without a name skipped' }));
  });

  it('report an unknown field and go on', () => {
    const { catalogue, report } = mapAll();
    expect(catalogue.services.has(ids.counselling)).toBe(true);
    expect(report.list).toContainEqual(expect.objectContaining({ code: 'unknown-field', file: 'services/page-1.json', path: '$.itemList[*].futureField', reason: 'unknown service field ignored' }));
  });
});

describe('PTV v11 service channels', () => {
  it('of every type are mapped', () => {
    const { catalogue } = mapAll();
    expect([1, 2, 3, 4, 5, 7].map((n) => catalogue.channels.get(ids.channel(n))?.type)).toEqual(['location', 'phone', 'e-service', 'web-page', 'printable-form', 'location']);
  });

  it('give a location its address, a map position in Finland and accessibility', () => {
    const { catalogue } = mapAll();
    const location = catalogue.channels.get(ids.channel(1))!;
    expect(location.name).toEqual({ fi: 'Perheneuvola, Kauniainen', sv: 'Familjerådgivningen, Grankulla', en: 'Family counselling, Kauniainen' });
    expect(location.address).toEqual({ street: { fi: 'Kauniaistentie', sv: 'Grankullavägen' }, streetNumber: '10', postalCode: '02700', postOffice: { fi: 'KAUNIAINEN', sv: 'GRANKULLA' }, municipalityCode: '235' });
    // PTV's 6677075 / 374153 are TM35FIN metres: Kauniainen is at 60.21 N, 24.73 E.
    expect(location.latitude).toBeCloseTo(60.211, 3);
    expect(location.longitude).toBeCloseTo(24.729, 3);
    expect(location.accessibility).toEqual([
      { group: { fi: 'Sisäänkäynti', sv: 'Ingång', en: 'Entrance' }, sentences: [{ fi: 'Sisäänkäynnille on luiska.', sv: 'Det finns en ramp till ingången.', en: 'There is a ramp to the entrance.' }, { fi: 'Ovi avautuu automaattisesti.', sv: 'Dörren öppnas automatiskt.' }] },
    ]);
  });

  it('give opening hours that tell whether the place is open', () => {
    const { catalogue } = mapAll();
    const hours = catalogue.channels.get(ids.channel(1))!.openingHours;
    expect(hours.map((h) => h.kind)).toEqual(['regular', 'regular', 'exceptional']);
    expect(hours[0]!.intervals).toEqual([{ dayFrom: 1, dayTo: 4, from: '08:00', to: '16:00' }, { dayFrom: 5, from: '08:00', to: '14:00' }]);
    expect(isOpenAt(hours, new Date('2026-11-02T07:00:00Z'))).toBe(true); // Monday 09:00
    expect(isOpenAt(hours, new Date('2026-12-24T08:00:00Z'))).toBe(false); // Christmas Eve
    const night = catalogue.channels.get(ids.channel(7))!.openingHours;
    expect(night[1]).toMatchObject({ kind: 'over-midnight', intervals: [{ dayFrom: 5, dayTo: 6, from: '18:00', to: '01:00' }] });
  });

  it('keep service phone numbers, merged across languages, and drop personal ones and fax numbers', () => {
    const { catalogue, report } = mapAll();
    const location = catalogue.channels.get(ids.channel(1))!;
    expect(location.phones).toEqual([
      { number: '+358 9 816 45285', label: { fi: 'Ajanvaraus', sv: 'Tidsbokning' }, chargeDescription: { fi: 'Puhelun hinta oman liittymän mukaan', sv: 'Samtalet kostar enligt ditt abonnemang' }, serviceNumber: false },
    ]);
    expect(location.emails).toEqual(['perheneuvola@esimerkki.fi']);
    expect(JSON.stringify([...catalogue.channels.values()])).not.toMatch(/Meikäläinen|meikalainen|123 4567/);
    expect(report.list).toContainEqual(expect.objectContaining({ code: 'personal-data', path: '$.itemList[*].phoneNumbers', reason: 'personal phone number left out' }));
    expect(JSON.stringify(report.list)).not.toMatch(/Meikäläinen|meikalainen|123 4567/);
    expect(catalogue.channels.get(ids.channel(2))!.phones.map((p) => p.number)).toEqual(['+358 9 816 45285', '0800 12345']);
  });

  it('give web addresses of e-services, web pages and forms per language', () => {
    const { catalogue } = mapAll();
    expect(catalogue.channels.get(ids.channel(3))!.webPages).toEqual([
      { url: 'https://www.esimerkki.fi/perheneuvola/chat', name: 'Chat', language: 'fi' },
      { url: 'https://www.esimerkki.fi/sv/familjeradgivning/chatt', name: 'Chatt', language: 'sv' },
    ]);
    expect(catalogue.channels.get(ids.channel(3))!.emails).toEqual(['chat@esimerkki.fi']);
    expect(catalogue.channels.get(ids.channel(5))!.webPages.map((p) => p.url)).toEqual(['https://www.esimerkki.fi/lomakkeet/pn-1.pdf', 'https://www.esimerkki.fi/blanketter/pn-1-sv.pdf']);
  });

  it('of an unknown type are skipped and reported', () => {
    const { catalogue, report } = mapAll();
    expect(catalogue.channels.has(ids.channel(6))).toBe(false);
    expect(report.list).toContainEqual(expect.objectContaining({ id: ids.channel(6), reason: 'channel of unknown type "Chat" skipped' }));
  });
});

describe('PTV v11 organisations', () => {
  it('get a provider type, parishes by their name', () => {
    const { catalogue } = mapAll();
    expect(catalogue.organizations.get(ids.county)).toMatchObject({ providerType: 'county', sourceType: 'Region', businessCode: '3221304-5', name: { fi: 'Esimerkin hyvinvointialue' } });
    expect(catalogue.organizations.get(ids.ngo)).toMatchObject({ providerType: 'ngo', municipalityCode: '235' });
    const report = new ImportReport();
    const parish = mapPtvDocument({ ...ngo, organizationNames: [{ type: 'Name', language: 'fi', value: 'Kauniaisten suomalainen seurakunta' }] }, { report });
    expect(parish.organizations.get(ids.ngo)?.providerType).toBe('parish');
  });
});

describe('a malformed document', () => {
  it('is refused with the file and the JSON path of the fault', () => {
    const broken = structuredClone(servicesPage1) as { itemList: Record<string, unknown>[] };
    broken.itemList[1]!['serviceNames'] = 'Familjecafé';
    const attempt = () => mapPtvDocument(broken, { file: 'services/page-1.json', report: new ImportReport() });
    expect(attempt).toThrow(MalformedPtvError);
    expect(attempt).toThrow('services/page-1.json at $.itemList[1].serviceNames: expected a list');
  });

  it('names a list item that is not an object, and a page whose item list is not a list', () => {
    const report = new ImportReport();
    expect(() => mapPtvDocument({ pageNumber: 1, pageCount: 1, itemList: [county, 42] }, { file: 'x.json', report })).toThrow('x.json at $.itemList[1]: expected an object');
    expect(() => mapPtvDocument({ pageNumber: 1, pageCount: 1, itemList: {} }, { file: 'y.json', report })).toThrow('y.json at $.itemList: expected a list');
  });

  it('is not an entity: skipped, not an error', () => {
    const report = new ImportReport();
    const catalogue = mapPtvDocument({ hello: 'world' }, { file: 'z.json', report });
    expect(catalogue.services.size + catalogue.channels.size + catalogue.organizations.size).toBe(0);
    expect(report.list).toEqual([expect.objectContaining({ file: 'z.json', path: '$', reason: 'not a PTV service, service channel or organisation: skipped' })]);
  });
});
