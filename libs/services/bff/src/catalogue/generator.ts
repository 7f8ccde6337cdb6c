/**
 * The demo catalogue generator: a seeded, repeatable regional catalogue written as PTV open API
 * (v11) JSON, which then goes through the same importer as real PTV data. The hand-written core
 * (demo-core.ts) comes first with its fixed ids; generated services of the county,
 * municipalities, NGOs, parishes and companies fill the rest, each with its channels.
 *
 *   generateCatalogue({ services: 1500, seed: 42 })  — the demo region (~2 700 channels)
 *   generateCatalogue({ services: 50000, seed: 42 }) — for benchmarks
 *
 * Coordinates are written the way PTV writes them: ETRS-TM35FIN metres in latitude/longitude.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoCountyName, demoId, demoMunicipalities } from '@luotsi/db';
import { wgs84ToTm35Fin } from '@luotsi/services-domain';
import { coreOrganizations, coreServices, type Localized, type OrganizationSeed } from './demo-core';
import { companyNames, municipalityPlaces, ngoKinds, streets, type District, type MunicipalityPlace } from './demo-places';
import { classificationNames, topics, type ChannelKind, type HoursProfile, type Provider, type Topic } from './demo-topics';
import type { PtvDocument } from './sources';

type Json = Record<string, unknown>;

export interface GeneratorOptions {
  /** Number of services in all, the hand-written core included (at least the core's size). */
  services: number;
  seed?: number;
}

export interface GeneratedCatalogue {
  organizations: Json[];
  services: Json[];
  channels: Json[];
}

/** Mulberry32: small, fast and the same on every platform. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const texts = (text: Localized, type?: string) =>
  (['fi', 'sv', 'en'] as const).flatMap((language) => (text[language] ? [{ language, value: text[language], ...(type ? { type } : {}) }] : []));

const municipalityName = (code: string) => demoMunicipalities.find((m) => m.code === code)?.name ?? { fi: code, sv: code, en: code };
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
const weekdayNames = {
  fi: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
};

interface Org {
  key: string;
  id: string;
  providerType: Provider;
  name: Localized;
  /** Municipalities it works in. */
  municipalities: string[];
  ngoTopics?: readonly string[];
  domain: string;
}

const sourceTypes: Record<Provider, string> = { county: 'Region', municipality: 'Municipality', ngo: 'Organization', parish: 'Organization', company: 'Company' };

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function generateCatalogue(options: GeneratorOptions): GeneratedCatalogue {
  const seed = options.seed ?? 42;
  const rnd = random(seed);
  const chance = (p: number) => rnd() < p;
  // Modification times between 1 Jan 2025 and 1 Nov 2026, as PTV writes them (UTC, no zone).
  const modified = () => new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 670 * 86_400_000)).toISOString().replace('Z', '');

  // Organisations: the core's, then the other municipalities and parishes, NGOs per municipality and companies.
  const orgs = new Map<string, Org>();
  const addOrg = (o: Omit<Org, 'id' | 'domain'> & { domain?: string }) => {
    if (orgs.has(o.key)) return orgs.get(o.key)!;
    const org: Org = { ...o, id: demoId('ptv-organization', o.key), domain: o.domain ?? `${slug(o.name.fi ?? o.name.sv ?? o.key).slice(0, 40)}.fi` };
    orgs.set(o.key, org);
    return org;
  };
  const allCodes = municipalityPlaces.map((p) => p.code);
  for (const o of coreOrganizations) addOrg(coreOrg(o, allCodes));
  for (const place of municipalityPlaces) {
    addOrg({ key: place.organizationKey, providerType: 'municipality', name: place.organizationName, municipalities: [place.code] });
    addOrg({ key: place.parishKey, providerType: 'parish', name: place.parishName, municipalities: [place.code] });
    const genitive = place.organizationName.fi!.split(' ')[0]!;
    const sv = municipalityName(place.code).sv;
    for (const kind of ngoKinds) {
      if (!chance(place.districts.length > 1 ? 0.9 : 0.6)) continue;
      // Finnish and Swedish names for every generated association (the core has a Swedish-only one).
      const swedishOnly = false;
      addOrg({
        key: `ngo-${kind.key}-${place.code}`,
        providerType: 'ngo',
        name: swedishOnly ? { sv: `${kind.sv} i ${sv} rf` } : { fi: `${genitive} ${kind.fi} ry`, sv: `${kind.sv} i ${sv} rf`, ...(kind.en ? { en: `${kind.en} of ${municipalityName(place.code).en}` } : {}) },
        municipalities: [place.code],
        ngoTopics: kind.topics,
      });
    }
  }
  companyNames.forEach((name, i) => {
    const key = i === 0 ? 'aalto' : i === 1 ? 'kastehelmi' : `company-${i}`;
    const start = Math.floor(rnd() * allCodes.length);
    const municipalities = Array.from({ length: 2 + Math.floor(rnd() * 3) }, (_, j) => allCodes[(start + j) % allCodes.length]!);
    const existing = orgs.get(key);
    if (existing) existing.municipalities = [...new Set([...existing.municipalities, ...municipalities])];
    else addOrg({ key, providerType: 'company', name, municipalities });
  });

  const organizationJson = [...orgs.values()].map((o) => ({
    id: o.id,
    organizationType: sourceTypes[o.providerType],
    businessCode: businessCode(rnd),
    organizationNames: texts(o.name, 'Name'),
    ...(o.providerType === 'municipality' ? { municipality: { code: o.municipalities[0], name: texts(municipalityName(o.municipalities[0]!)) } } : {}),
    publishingStatus: 'Published',
    modified: modified(),
  }));

  const services: Json[] = [];
  const channels: Json[] = [];
  const channelFactory = new ChannelFactory(rnd, modified);

  // The core, with a few channels each.
  for (const s of coreServices) {
    const org = orgs.get(s.organization)!;
    const id = demoId('ptv-service', s.key);
    const place = municipalityPlaces.find((p) => p.code === s.municipalities[0])!;
    const kinds: ChannelKind[] = org.providerType === 'county' ? ['phone', 'location'] : ['location'];
    const serviceChannels = kinds.map((kind, i) =>
      channelFactory.make({ id: demoId('ptv-channel', `${s.key}-${kind}`), kind, org, name: s.name, serviceId: id, serviceName: s.name, place, district: place.districts[0]!, hours: kind === 'phone' ? 'office' : i === 1 ? 'clinic' : 'cafe', municipalities: [...s.municipalities] }),
    );
    channels.push(...serviceChannels);
    services.push(
      serviceJson({
        id, name: s.name, summary: s.summary, description: {}, org, municipalities: [...s.municipalities], targetGroups: [...s.targetGroups], serviceClasses: [], lifeEvents: [...(s.lifeEvents ?? [])],
        charge: s.charge === 'free' ? 'Free' : 'Charged', modified: `${s.modified}T09:00:00`, channels: serviceChannels,
      }),
    );
  }

  // The generated bulk: every (topic, organisation, place) combination, weekly groups once per weekday.
  interface Combo { topic: Topic; org: Org; place: MunicipalityPlace; district?: District; weekday?: number; priority: number }
  const combos: Combo[] = [];
  for (const topic of topics) {
    for (const place of municipalityPlaces) {
      const providers = [...orgs.values()].filter(
        (o) =>
          topic.providers.includes(o.providerType) &&
          (o.providerType === 'county' || o.municipalities.includes(place.code)) &&
          // An association offers what its kind of association does.
          (o.providerType !== 'ngo' || (o.ngoTopics ?? []).includes(topic.key)) &&
          !(o.providerType === 'company' && (hash(`${o.key}:${topic.key}`) & 1) === 1),
      );
      for (const org of providers) {
        const districts = topic.scope === 'district' ? place.districts : [undefined];
        for (const district of districts) {
          const days = topic.weekdayGroups ? [1, 3, 0, 2, 4] : [undefined];
          days.forEach((weekday, round) => combos.push({ topic, org, place, ...(district ? { district } : {}), ...(weekday !== undefined ? { weekday } : {}), priority: round + rnd() }));
        }
      }
    }
  }
  combos.sort((a, b) => a.priority - b.priority);
  const wanted = Math.max(0, options.services - services.length);
  for (let n = 0; n < wanted; n++) {
    const combo = combos[n % combos.length]!;
    const round = Math.floor(n / combos.length);
    const { topic, org, place, district, weekday } = combo;
    const where = district ? district.name : { fi: municipalityName(place.code).fi, sv: municipalityName(place.code).sv };
    const day = (language: 'fi' | 'sv' | 'en') => (weekday !== undefined ? `, ${weekdayNames[language][weekday]}` : '');
    const suffix = round > 0 ? ` ${round + 1}` : '';
    // Finnish and Swedish always; English for the county's services and some others.
    const english = org.providerType === 'county' || chance(org.providerType === 'municipality' ? 0.5 : 0.2);
    const name: Localized = {
      fi: `${topic.name.fi} – ${where.fi}${day('fi')}${suffix}`,
      sv: `${topic.name.sv} – ${where.sv}${day('sv')}${suffix}`,
      ...(english ? { en: `${topic.name.en} – ${where.fi}${day('en')}${suffix}` } : {}),
    };
    const only = (t: Localized): Localized => ({ fi: t.fi, sv: t.sv, ...(name.en ? { en: t.en } : {}) });
    const id = demoId('ptv-service', `generated-${seed}-${n}`);
    const district2 = district ?? place.districts[0]!;
    const serviceChannels = channelKinds(topic, chance).map((kind, i) =>
      channelFactory.make({
        id: demoId('ptv-channel', `generated-${seed}-${n}-${i}`), kind, org, name, serviceId: id, serviceName: name, place, district: district2,
        hours: kind === 'location' ? topic.hours : kind === 'phone' ? 'office' : 'none', municipalities: [place.code], ...(weekday !== undefined ? { weekday } : {}),
      }),
    );
    channels.push(...serviceChannels);
    services.push(
      serviceJson({
        id, name, summary: only(topic.summary), description: only(topic.description), org, municipalities: [place.code], targetGroups: [...topic.targetGroups],
        serviceClasses: [...topic.serviceClasses], lifeEvents: [...(topic.lifeEvents ?? [])], charge: topic.charge, modified: modified(), channels: serviceChannels,
      }),
    );
  }
  // Only organisations that provide something, as in a municipality-limited PTV query.
  const providing = new Set([...services, ...channels].map((e) => (e['organizationId'] as string | undefined) ?? ((e['organizations'] as { organization: { id: string } }[])[0]?.organization.id)));
  return { organizations: organizationJson.filter((o) => providing.has(o.id)), services, channels };
}

function coreOrg(o: OrganizationSeed, allCodes: string[]): Omit<Org, 'id' | 'domain'> {
  const place = municipalityPlaces.find((p) => p.organizationKey === o.key || p.parishKey === o.key);
  const municipalities = place ? [place.code] : o.providerType === 'county' ? allCodes : [];
  const ngoTopics: Record<string, string[]> = {
    omaishoitajat: ['carer-peer', 'carer-recreation'], majakka: ['mental-drop-in', 'peer-depression'], kohtaamo: ['family-cafe', 'baby-group'],
    familjeknuten: ['family-cafe', 'dads-group'], seniorit: ['outdoor-buddy', 'senior-club', 'digital-help'],
  };
  const ngoAreas: Record<string, string[]> = { omaishoitajat: ['049', '257', '235', '444', '927', '224'], majakka: ['049', '235'], kohtaamo: ['444', '927'], familjeknuten: ['710', '078'], seniorit: ['049', '235', '257', '755', '149'] };
  return {
    key: o.key,
    providerType: o.providerType as Provider,
    name: o.key === 'county' ? { ...demoCountyName } : o.name,
    municipalities: ngoAreas[o.key] ?? municipalities,
    ...(ngoTopics[o.key] ? { ngoTopics: ngoTopics[o.key]! } : {}),
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A valid-looking Finnish business id (Y-tunnus) with its check digit. */
function businessCode(rnd: () => number): string {
  const digits = Array.from({ length: 7 }, () => Math.floor(rnd() * 10));
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const remainder = digits.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11;
  if (remainder === 1) digits[6] = (digits[6]! + 1) % 10;
  const r = digits.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11;
  return `${digits.join('')}-${r === 0 ? 0 : 11 - r === 10 ? 0 : 11 - r}`;
}

function channelKinds(topic: Topic, chance: (p: number) => boolean): ChannelKind[] {
  const odds: Record<ChannelKind, number> = { location: 1, phone: 0.9, 'web-page': 0.85, 'e-service': 0.75, 'printable-form': 0.8 };
  const kinds = topic.channels.filter((kind) => chance(odds[kind]));
  // Most services also have a page on their organisation's website.
  if (!kinds.includes('web-page') && chance(0.55)) kinds.push('web-page');
  return kinds.length > 0 ? kinds : [topic.channels[0]!];
}

interface ServiceInput {
  id: string;
  name: Localized;
  summary: Localized;
  description: Localized;
  org: Org;
  municipalities: string[];
  targetGroups: string[];
  serviceClasses: string[];
  lifeEvents: string[];
  charge: 'Free' | 'Charged';
  modified: string;
  channels: Json[];
}

function classification(code: string, ontologyType: string) {
  return { name: texts(classificationNames[code] ?? { fi: code }), code, ontologyType, uri: `http://uri.suomi.fi/codelist/ptv/${ontologyType.toLowerCase()}/code/${code}`, parentUri: null };
}

function serviceJson(s: ServiceInput): Json {
  const languages = (['fi', 'sv', 'en'] as const).filter((l) => s.name[l]);
  return {
    id: s.id,
    type: 'Service',
    serviceNames: texts(s.name, 'Name'),
    serviceDescriptions: [...texts(s.summary, 'Summary'), ...texts(s.description, 'Description')],
    languages,
    serviceChargeType: s.charge,
    targetGroups: s.targetGroups.map((c) => classification(c, 'TargetGroup')),
    serviceClasses: s.serviceClasses.map((c) => classification(c, 'ServiceClass')),
    lifeEvents: s.lifeEvents.map((c) => classification(c, 'LifeEvent')),
    ontologyTerms: [],
    areaType: 'LimitedType',
    areas: s.municipalities.map((code) => ({ type: 'Municipality', code, name: texts(municipalityName(code)), municipalities: [{ code, name: texts(municipalityName(code)) }] })),
    organizations: [{ organization: { id: s.org.id, name: s.org.name.fi ?? s.org.name.sv }, roleType: 'Responsible', provisionType: null }],
    serviceChannels: s.channels.map((c) => ({ serviceChannel: { id: c['id'], name: (c['serviceChannelNames'] as { value: string }[])[0]?.value }, description: [], serviceChargeType: null })),
    publishingStatus: 'Published',
    modified: s.modified,
  };
}

interface ChannelInput {
  id: string;
  kind: ChannelKind;
  org: Org;
  name: Localized;
  serviceId: string;
  serviceName: Localized;
  place: MunicipalityPlace;
  district: District;
  hours: HoursProfile;
  municipalities: string[];
  weekday?: number;
}

const channelTypes: Record<ChannelKind, string> = { location: 'ServiceLocation', phone: 'Phone', 'web-page': 'WebPage', 'e-service': 'EChannel', 'printable-form': 'PrintableForm' };
const kindSuffix: Record<Exclude<ChannelKind, 'location'>, Localized> = {
  phone: { fi: 'puhelinpalvelu', sv: 'telefontjänst', en: 'phone service' },
  'web-page': { fi: 'verkkosivu', sv: 'webbsida', en: 'web page' },
  'e-service': { fi: 'verkkoasiointi', sv: 'e-tjänst', en: 'online service' },
  'printable-form': { fi: 'hakemuslomake', sv: 'ansökningsblankett', en: 'application form' },
};
const firstNames = ['Maija', 'Liisa', 'Anna', 'Kaisa', 'Johanna', 'Mikko', 'Jari', 'Pekka', 'Sofia', 'Elin'];
const lastNames = ['Virtanen', 'Korhonen', 'Nieminen', 'Mäkinen', 'Lindholm', 'Karlsson', 'Heikkinen', 'Laine'];

class ChannelFactory {
  constructor(
    private readonly rnd: () => number,
    private readonly modified: () => string,
  ) {}

  make(c: ChannelInput): Json {
    const rnd = this.rnd;
    const name: Localized =
      c.kind === 'location'
        ? c.name
        : Object.fromEntries(Object.entries(c.name).map(([l, v]) => [l, `${v} – ${kindSuffix[c.kind as Exclude<ChannelKind, 'location'>][l as 'fi']}`]));
    const languages = (['fi', 'sv', 'en'] as const).filter((l) => name[l]);
    const url = `https://www.${c.org.domain}/${slug(c.name.fi ?? c.name.sv ?? 'palvelu').slice(0, 50)}`;
    const base: Json = {
      id: c.id,
      serviceChannelType: channelTypes[c.kind],
      organizationId: c.org.id,
      serviceChannelNames: texts(name, 'Name'),
      serviceChannelDescriptions: texts(
        Object.fromEntries(languages.map((l) => [l, { fi: 'Katso palvelun kuvaus.', sv: 'Se tjänstens beskrivning.', en: 'See the service description.' }[l]])),
        'Summary',
      ),
      areaType: 'LimitedType',
      areas: c.municipalities.map((code) => ({ type: 'Municipality', code, name: texts(municipalityName(code)), municipalities: [{ code, name: texts(municipalityName(code)) }] })),
      languages,
      services: [{ service: { id: c.serviceId, name: c.serviceName.fi ?? c.serviceName.sv }, serviceChargeType: null, description: [] }],
      publishingStatus: 'Published',
      modified: this.modified(),
    };
    const areaCode = ['710', '078', '444', '149'].includes(c.place.code) ? '19' : '9';
    const serviceNumber = () => ({ prefixNumber: '+358', number: `${areaCode} ${800 + Math.floor(rnd() * 199)} ${10000 + Math.floor(rnd() * 89999)}`, isFinnishServiceNumber: false });
    switch (c.kind) {
      case 'location': {
        const [streetFi, streetSv] = streets[Math.floor(rnd() * streets.length)]!;
        const point = wgs84ToTm35Fin({ latitude: c.district.latitude + (rnd() - 0.5) * 0.012, longitude: c.district.longitude + (rnd() - 0.5) * 0.024 });
        const personal = c.org.providerType === 'ngo' && rnd() < 0.3;
        const person = `${firstNames[Math.floor(rnd() * firstNames.length)]!} ${lastNames[Math.floor(rnd() * lastNames.length)]!}`;
        return {
          ...base,
          addresses: [
            {
              type: 'Location',
              subType: 'Single',
              country: 'FI',
              streetAddress: {
                street: texts({ fi: streetFi, sv: streetSv }),
                streetNumber: String(1 + Math.floor(rnd() * 40)),
                postalCode: c.district.postalCode,
                postOffice: texts(c.district.postOffice),
                municipality: { code: c.place.code, name: texts(municipalityName(c.place.code)) },
                // PTV's trap: ETRS-TM35FIN metres in fields named latitude/longitude.
                latitude: String(Math.round(point.northing)),
                longitude: String(Math.round(point.easting)),
                additionalInformation: [],
              },
              entrances: rnd() < 0.6 ? [accessibility(rnd)] : [],
            },
          ],
          phoneNumbers: personal
            ? [{ ...serviceNumber(), language: 'fi', type: 'Phone', additionalInformation: null, chargeDescription: null, serviceChargeType: 'Chargeable' },
               { prefixNumber: '+358', number: `40 ${100 + Math.floor(rnd() * 899)} ${1000 + Math.floor(rnd() * 8999)}`, isFinnishServiceNumber: false, language: 'fi', type: 'Phone', additionalInformation: `Toiminnanohjaaja ${person}`, chargeDescription: null, serviceChargeType: 'Chargeable' }]
            : [],
          emails: [
            { value: `info@${c.org.domain}`, language: 'fi' },
            ...(personal ? [{ value: `${slug(person).replace('-', '.')}@${c.org.domain}`, language: 'fi' }] : []),
          ],
          webPages: [],
          serviceHours: hours(c.hours, c.weekday, rnd),
        };
      }
      case 'phone':
        return {
          ...base,
          phoneNumbers: languages.map((language) => ({
            ...serviceNumber(),
            language,
            type: 'Phone',
            additionalInformation: null,
            serviceChargeType: 'Chargeable',
            chargeDescription: { fi: 'Puhelun hinta oman liittymäsopimuksen mukaan.', sv: 'Samtalet kostar enligt ditt eget abonnemang.', en: 'Calls cost as in your own phone plan.' }[language],
          })),
          serviceHours: hours(c.hours, undefined, rnd),
        };
      case 'web-page':
      case 'e-service':
        return { ...base, webPages: languages.map((language) => ({ url: language === 'fi' ? url : `${url}?lang=${language}`, value: name[language], language })), serviceHours: [] };
      case 'printable-form':
        return {
          ...base,
          formIdentifier: [{ value: `LOM-${Math.floor(rnd() * 900) + 100}`, language: 'fi' }],
          channelUrls: languages.filter((l) => l !== 'en').map((language) => ({ url: `${url}-${language}.pdf`, language, type: 'PDF' })),
          deliveryAddresses: [],
          serviceHours: [],
        };
    }
  }
}

function accessibility(rnd: () => number): Json {
  const sentences = [
    { fi: 'Pääsisäänkäynnin edessä on pysäköintipaikka liikkumisesteisille.', sv: 'Framför huvudingången finns en parkeringsplats för rörelsehindrade.', en: 'There is a disabled parking space in front of the main entrance.' },
    { fi: 'Sisäänkäynnille on luiska.', sv: 'Det finns en ramp till ingången.', en: 'There is a ramp to the entrance.' },
    { fi: 'Ovi avautuu automaattisesti.', sv: 'Dörren öppnas automatiskt.', en: 'The door opens automatically.' },
    { fi: 'Rakennuksessa on hissi.', sv: 'Byggnaden har hiss.', en: 'The building has a lift.' },
    { fi: 'Sisäänkäynnin luona on portaita.', sv: 'Vid ingången finns trappor.', en: 'There are steps at the entrance.' },
  ];
  const chosen = sentences.filter(() => rnd() < 0.5);
  return {
    isMainEntrance: true,
    accessibilitySentences: [
      {
        sentenceGroup: texts({ fi: 'Sisäänkäynti', sv: 'Ingång', en: 'Entrance' }),
        sentences: (chosen.length > 0 ? chosen : [sentences[1]!]).map((s) => ({ sentence: texts(s) })),
      },
    ],
  };
}

const hour = (dayFrom: string, dayTo: string | null, from: string, to: string) => ({ dayFrom, dayTo, from: `${from}:00`, to: `${to}:00`, isExtra: false });
const weekly = (openingHour: Json[], extra: Json = {}) => ({ serviceHourType: 'DaysOfTheWeek', validFrom: null, validTo: null, isClosed: false, isAlwaysOpen: false, isReservation: false, openingHour, additionalInformation: [], ...extra });
const christmas = {
  serviceHourType: 'Exceptional', validFrom: '2026-12-24T00:00:00', validTo: '2026-12-26T00:00:00', isClosed: true, isAlwaysOpen: false, openingHour: [],
  additionalInformation: texts({ fi: 'Suljettu joulunpyhinä', sv: 'Stängt under julhelgerna', en: 'Closed over Christmas' }),
};

function hours(profile: HoursProfile, weekday: number | undefined, rnd: () => number): Json[] {
  switch (profile) {
    case 'office':
      return [
        weekly([hour('Monday', 'Friday', '08:00', '16:00')]),
        weekly([hour('Monday', 'Friday', '09:00', '15:00')], { validFrom: '2026-06-22T00:00:00', validTo: '2026-08-02T00:00:00', additionalInformation: texts({ fi: 'Kesäaukioloajat', sv: 'Sommaröppettider', en: 'Summer hours' }) }),
        christmas,
      ];
    case 'clinic':
      return [weekly([hour('Monday', 'Thursday', '08:00', '16:00'), hour('Friday', null, '08:00', '14:00')]), christmas];
    case 'youth':
      return [
        weekly([hour('Monday', 'Thursday', '14:00', '21:00')]),
        { serviceHourType: 'OverMidnight', validFrom: null, validTo: null, isClosed: false, isAlwaysOpen: false, openingHour: [hour('Friday', 'Saturday', '18:00', '01:00')], additionalInformation: [] },
      ];
    case 'group': {
      const day = weekdays[weekday ?? 1 + Math.floor(rnd() * 3)]!;
      return rnd() < 0.6 ? [weekly([hour(day, null, '09:30', '11:30')])] : [weekly([hour(day, null, '17:30', '19:30')])];
    }
    case 'cafe':
      return [weekly([hour('Tuesday', null, '10:00', '14:00'), hour('Thursday', null, '10:00', '14:00')]), christmas];
    case 'always':
      return [weekly([], { isAlwaysOpen: true })];
    case 'none':
      return [];
  }
}

/** The catalogue as PTV-style paged lists (pageNumber from 1), organisations first. */
export function cataloguePages(catalogue: GeneratedCatalogue, pageSize = 500): PtvDocument[] {
  const documents: PtvDocument[] = [];
  const pages = (name: string, listKind: PtvDocument['listKind'], items: Json[]) => {
    const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
    for (let page = 1; page <= pageCount; page++) {
      documents.push({
        source: `${name}/page-${String(page).padStart(3, '0')}.json`,
        json: { pageNumber: page, pageSize, pageCount, itemList: items.slice((page - 1) * pageSize, page * pageSize) },
        ...(listKind ? { listKind } : {}),
      });
    }
  };
  pages('organizations', 'organization', catalogue.organizations);
  pages('channels', 'channel', catalogue.channels);
  pages('services', 'service', catalogue.services);
  return documents;
}

/** Writes the pages under a folder, for `npm run catalogue:import -- <folder>`. Returns the files. */
export function writeCatalogue(catalogue: GeneratedCatalogue, dir: string, pageSize = 500): string[] {
  return cataloguePages(catalogue, pageSize).map((document) => {
    const file = join(dir, document.source);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `${JSON.stringify(document.json)}\n`);
    return file;
  });
}
