import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { urgencyLevels } from './urgency';
import { mapLink, matchesUnitType, nextStepPlan, weeklyHoursOn, type ServiceFacts } from './local-services';
import { symptomsModule } from './index';

const healthCentre: ServiceFacts = { serviceClasses: ['P3.1'], ontologyTerms: [], providerType: 'county', municipalityCodes: ['049'], areaType: 'LimitedType' };

describe('which catalogue services a unit type means', () => {
  it('the county’s primary care of the municipality is a health centre', () => {
    expect(matchesUnitType(healthCentre, 'health-centre', '049')).toBe(true);
  });

  it('not in another municipality, not a company’s physiotherapy, not oral health', () => {
    expect(matchesUnitType(healthCentre, 'health-centre', '710')).toBe(false);
    expect(matchesUnitType({ ...healthCentre, providerType: 'company' }, 'health-centre', '049')).toBe(false);
    expect(matchesUnitType(healthCentre, 'oral-health', '049')).toBe(false);
    expect(matchesUnitType({ ...healthCentre, serviceClasses: ['P3.3'] }, 'oral-health', '049')).toBe(true);
  });

  it('a service for the whole country is offered in every municipality; an unknown unit type matches nothing', () => {
    expect(matchesUnitType({ ...healthCentre, municipalityCodes: [], areaType: 'WholeCountry' }, 'health-centre', '710')).toBe(true);
    expect(matchesUnitType(healthCentre, 'no-such-unit', '049')).toBe(false);
  });
});

describe('the next step of each urgency', () => {
  it('is never a dead end: every urgency says what to do', () => {
    for (const urgency of urgencyLevels) {
      const plan = nextStepPlan(urgency, 'health-centre');
      expect(plan.kind === 'call-emergency' || plan.unitType !== null).toBe(true);
    }
  });

  it('112 for an emergency, 116 117 first for the emergency department, the unit otherwise', () => {
    expect(nextStepPlan('emergency', 'health-centre')).toEqual({ kind: 'call-emergency', unitType: null, whenClosed: null });
    expect(nextStepPlan('emergency-department', null)).toEqual({ kind: 'helpline-first', unitType: 'emergency-duty', whenClosed: 'helpline' });
    expect(nextStepPlan('same-day', 'health-centre')).toEqual({ kind: 'contact-unit', unitType: 'health-centre', whenClosed: 'helpline' });
    expect(nextStepPlan('within-days', 'health-centre').whenClosed).toBe('when-open');
    // Self-care results offer no contact: the health centre is where to turn if it gets worse.
    expect(nextStepPlan('self-care', null)).toEqual({ kind: 'self-care', unitType: 'health-centre', whenClosed: 'when-open' });
  });
});

describe('opening hours shown', () => {
  const periods = [
    { kind: 'regular' as const, closed: false, alwaysOpen: false, intervals: [{ dayFrom: 1 as const, dayTo: 5 as const, from: '08:00', to: '16:00' }], additionalInformation: {} },
    {
      kind: 'regular' as const, validFrom: '2026-06-22', validTo: '2026-08-02', closed: false, alwaysOpen: false,
      intervals: [{ dayFrom: 1 as const, dayTo: 5 as const, from: '09:00', to: '15:00' }], additionalInformation: {},
    },
  ];

  it('are the summer hours in summer and the normal ones otherwise', () => {
    expect(weeklyHoursOn(periods, '2026-07-01').hours).toEqual([{ dayFrom: 1, dayTo: 5, from: '09:00', to: '15:00' }]);
    expect(weeklyHoursOn(periods, '2026-11-23').hours).toEqual([{ dayFrom: 1, dayTo: 5, from: '08:00', to: '16:00' }]);
  });

  it('link to the place on a map', () => {
    expect(mapLink(60.17561, 24.805)).toBe('https://www.openstreetmap.org/?mlat=60.17561&mlon=24.80500#map=16/60.17561/24.80500');
  });
});

// ---- GraphQL, on a test database with a small catalogue of its own ----

let db: Database;
const schema = buildSchema([identityModule, symptomsModule]);
const ids = {
  county: '00000000-0000-4000-8000-00000000c001',
  company: '00000000-0000-4000-8000-00000000c002',
  tapiola: '00000000-0000-4000-8000-00000000a001',
  leppavaara: '00000000-0000-4000-8000-00000000a002',
  ekenas: '00000000-0000-4000-8000-00000000a003',
  physio: '00000000-0000-4000-8000-00000000a004',
};
const clinic = [
  { kind: 'regular', closed: false, alwaysOpen: false, intervals: [{ dayFrom: 1, dayTo: 4, from: '08:00', to: '16:00' }, { dayFrom: 5, from: '08:00', to: '14:00' }], additionalInformation: {} },
];
const office = [{ kind: 'regular', closed: false, alwaysOpen: false, intervals: [{ dayFrom: 1, dayTo: 5, from: '08:00', to: '16:00' }], additionalInformation: {} }];
// Monday 23 November 2026, 10:00 in Helsinki (UTC+2) and the same evening at 20:00.
const mondayMorning = new Date('2026-11-23T08:00:00Z');
const mondayEvening = new Date('2026-11-23T18:00:00Z');

async function addService(key: keyof typeof ids, organizationId: string, name: object, municipality: string, classes: string[], channels: object[]) {
  const modified = new Date('2026-11-01T00:00:00Z');
  await db.prisma.service.create({
    data: {
      id: ids[key], name, summary: {}, organizationId, municipalityCodes: [municipality], targetGroups: ['KR1'], serviceClasses: classes, lifeEvents: [], sourceModifiedAt: modified,
    },
  });
  for (const [i, channel] of channels.entries()) {
    const id = `${ids[key].slice(0, -4)}${String(i + 1).padStart(2, '0')}${ids[key].slice(-2)}`;
    await db.prisma.serviceChannel.create({
      data: { id, organizationId, name, municipalityCodes: [municipality], sourceModifiedAt: modified, type: 'location', ...channel },
    });
    await db.prisma.serviceChannelLink.create({ data: { serviceId: ids[key], channelId: id } });
  }
}

beforeAll(async () => {
  db = await openTestDatabase([identityModule, symptomsModule]);
  await db.prisma.organization.createMany({
    data: [
      { id: ids.county, name: { fi: 'Hyvinvointialue', sv: 'Välfärdsområdet' }, providerType: 'county' },
      { id: ids.company, name: { fi: 'Fysioterapia Oy' }, providerType: 'company' },
    ],
    skipDuplicates: true,
  });
  await addService('tapiola', ids.county, { fi: 'Terveysasema – Tapiola', sv: 'Hälsostation – Hagalund', en: 'Health centre – Tapiola' }, '049', ['P3.1'], [
    {
      type: 'location', address: { street: { fi: 'Kirkkotie', sv: 'Kyrkvägen' }, streetNumber: '3', postalCode: '02100', postOffice: { fi: 'Espoo', sv: 'Esbo' } },
      latitude: 60.1756, longitude: 24.805, openingHours: clinic,
    },
    { type: 'phone', phones: [{ number: '+358 9 816 10000', label: {}, chargeDescription: {}, serviceNumber: false }], openingHours: office },
    { type: 'e-service', webPages: [{ url: 'https://example.fi/chat', language: 'fi' }, { url: 'https://example.fi/chat?lang=sv', language: 'sv' }] },
  ]);
  await addService('leppavaara', ids.county, { fi: 'Terveysasema – Leppävaara', sv: 'Hälsostation – Alberga' }, '049', ['P3.1'], [
    { type: 'location', address: { street: { fi: 'Asematie' }, streetNumber: '1', postalCode: '02600', postOffice: { fi: 'Espoo' } }, openingHours: [] },
  ]);
  await addService('ekenas', ids.county, { fi: 'Terveysasema – Tammisaari', sv: 'Hälsostation – Ekenäs' }, '710', ['P3.1'], [{ type: 'location', openingHours: clinic }]);
  await addService('physio', ids.company, { fi: 'Fysioterapia – Tapiola' }, '049', ['P3.1'], [{ type: 'location', openingHours: clinic }]);
});
afterAll(() => db?.close());

const query = /* GraphQL */ `
  query ($urgency: String!, $unit: String, $municipality: String) {
    symptomLocalNextStep(urgency: $urgency, contactUnitType: $unit, municipalityCode: $municipality) {
      kind unitType whenClosed helplineNumber emergencyNumber municipalityCode municipalityFromProfile
      municipalityName { text }
      places { serviceId name { text language } address mapUrl openNow alwaysOpen eServiceUrl hours { dayFrom dayTo from to } phones { number openNow } }
    }
  }
`;
interface Place {
  serviceId: string;
  name: { text: string; language: string };
  address: string | null;
  mapUrl: string | null;
  openNow: boolean | null;
  eServiceUrl: string | null;
  hours: { dayFrom: number; dayTo: number | null; from: string; to: string }[];
  phones: { number: string; openNow: boolean | null }[];
}
interface Result {
  symptomLocalNextStep: {
    kind: string;
    unitType: string | null;
    whenClosed: string | null;
    helplineNumber: string;
    municipalityCode: string | null;
    municipalityFromProfile: boolean;
    municipalityName: { text: string } | null;
    places: Place[];
  };
}

describe('symptomLocalNextStep', () => {
  it('lists the municipality’s health centres, open ones first, with phone, address, map and hours (Swedish)', async () => {
    const result = await runOperation<Result>(schema, db.prisma, query, {
      variables: { urgency: 'same-day', unit: 'health-centre', municipality: '049' },
      language: 'sv',
      now: mondayMorning,
    });
    expect(result.errors).toBeUndefined();
    const step = result.data?.symptomLocalNextStep;
    expect(step).toMatchObject({ kind: 'contact-unit', unitType: 'health-centre', whenClosed: 'helpline', helplineNumber: '116117', municipalityFromProfile: false });
    expect(step?.municipalityName?.text).toBe('Esbo');
    // The company's physiotherapy (also primary care) and Ekenäs (another municipality) are not listed.
    expect(step?.places.map((p) => p.serviceId)).toEqual([ids.tapiola, ids.leppavaara]);
    const [tapiola, leppavaara] = step?.places ?? [];
    expect(tapiola).toMatchObject({
      name: { text: 'Hälsostation – Hagalund', language: 'sv' },
      address: 'Kyrkvägen 3, 02100 Esbo',
      mapUrl: 'https://www.openstreetmap.org/?mlat=60.17560&mlon=24.80500#map=16/60.17560/24.80500',
      openNow: true,
      eServiceUrl: 'https://example.fi/chat?lang=sv',
      phones: [{ number: '+358 9 816 10000', openNow: true }],
      hours: [{ dayFrom: 1, dayTo: 4, from: '08:00', to: '16:00' }, { dayFrom: 5, dayTo: null, from: '08:00', to: '14:00' }],
    });
    // No hours in the catalogue: unknown, not closed.
    expect(leppavaara?.openNow).toBeNull();
  });

  it('says the place is closed in the evening', async () => {
    const result = await runOperation<Result>(schema, db.prisma, query, { variables: { urgency: 'same-day', municipality: '049' }, now: mondayEvening });
    const tapiola = result.data?.symptomLocalNextStep.places.find((p) => p.serviceId === ids.tapiola);
    expect(tapiola?.openNow).toBe(false);
    expect(tapiola?.phones[0]?.openNow).toBe(false);
    expect(result.data?.symptomLocalNextStep.whenClosed).toBe('helpline');
  });

  it('uses the signed-in resident’s own municipality when none is chosen', async () => {
    const resident = await viewerOf(db.prisma, 'resident', 'resident-ville');
    const result = await runOperation<Result>(schema, db.prisma, query, { variables: { urgency: 'within-days' }, resident, now: mondayMorning, language: 'sv' });
    expect(result.data?.symptomLocalNextStep).toMatchObject({ municipalityCode: '710', municipalityFromProfile: true, whenClosed: 'when-open' });
    expect(result.data?.symptomLocalNextStep.places.map((p) => p.name.text)).toEqual(['Hälsostation – Ekenäs']);
  });

  it('anonymous without a municipality: the plan without places (the page asks where they live)', async () => {
    const result = await runOperation<Result>(schema, db.prisma, query, { variables: { urgency: 'non-urgent' } });
    expect(result.data?.symptomLocalNextStep).toMatchObject({ kind: 'contact-unit', municipalityCode: null, places: [] });
  });

  it('the emergency department: 116 117 first, and no made-up emergency duty when the catalogue has none', async () => {
    const result = await runOperation<Result>(schema, db.prisma, query, { variables: { urgency: 'emergency-department', municipality: '049' } });
    expect(result.data?.symptomLocalNextStep).toMatchObject({ kind: 'helpline-first', unitType: 'emergency-duty', helplineNumber: '116117', places: [] });
  });

  it('refuses an unknown urgency or municipality with a field error', async () => {
    const bad = await runOperation<Result>(schema, db.prisma, query, { variables: { urgency: 'soon', municipality: '049' } });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: ['urgency'], code: 'invalid-choice' })]);
    const unknown = await runOperation<Result>(schema, db.prisma, query, { variables: { urgency: 'same-day', municipality: '999' } });
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
