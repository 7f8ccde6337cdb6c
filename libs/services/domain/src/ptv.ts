/**
 * PTV open API (v11, and the same field names of v7–v10) JSON → the catalogue model.
 *
 * Rules, so that one odd record never stops a nightly sync:
 * - an unknown field is ignored and reported (once per file, field and reason);
 * - a missing field takes its empty value; an entity missing what it cannot be without (id,
 *   name, organisation, channel type) is skipped and reported;
 * - a known field of the wrong JSON type (a text list that is a string, an item that is not an
 *   object) means the file is not PTV data: MalformedPtvError with the file and JSON path, and
 *   the import writes nothing.
 * Employees' personal phone numbers and e-mail addresses are left out (contact-data.ts).
 */
import { isPersonalEmail, isPersonalPhone, redactPersonalEmails } from './contact-data';
import { ptvCoordinatesToWgs84 } from './epsg3067';
import { isCatalogueLanguage, isEmptyText, type LocalizedText } from './localized';
import {
  emptyCatalogue,
  type AccessibilityGroup,
  type CatalogueChannel,
  type CatalogueOrganization,
  type CatalogueService,
  type ChannelAddress,
  type ChannelPhone,
  type ChannelType,
  type ChannelWebPage,
  type ClassificationKind,
  type MappedCatalogue,
  type ProviderType,
} from './model';
import type { OpeningHoursPeriod, OpeningInterval } from './opening-hours';
import { type EntityKind, type ImportReport, MalformedPtvError, type SkipCode } from './report';

type Json = Record<string, unknown>;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Fields of each entity that are PTV's and deliberately not imported (not reported as unknown). */
const ignoredFields: Record<EntityKind, readonly string[]> = {
  organization: [
    'sourceId', 'oid', 'businessName', 'parentOrganization', 'parentOrganizationId', 'subOrganizations', 'organizationDescriptions',
    'emails', 'phoneNumbers', 'webPages', 'addresses', 'electronicInvoicings', 'areaType', 'areas', 'displayNameType',
    'displayNameTypes', 'services', 'mainOrganization', 'organizationRootId', 'responsibleOrganizationId', 'publishingStatus',
    'isVisibleForAll', 'languages', 'legalName', 'sotePart', 'organizationSubType', 'created',
  ],
  service: [
    'sourceId', 'type', 'fundingType', 'legislation', 'keywords', 'requirements', 'industrialClasses', 'serviceCollections',
    'generalDescriptionId', 'serviceVouchersInUse', 'serviceVouchers', 'serviceProducers', 'subAreaType', 'responsibleSotePersons',
    'organizations', 'mainResponsibleOrganization', 'publishingStatus', 'modified', 'created', 'isVisibleForAll', 'version',
  ],
  channel: [
    'sourceId', 'publishingStatus', 'isVisibleForAll', 'created', 'version', 'serviceCollections', 'formIdentifier',
    'signatureQuantity', 'requiresSignature', 'requiresAuthentication', 'attachments', 'deliveryAddresses', 'faxNumbers',
    'supportPhones', 'serviceChannelTypeDescription', 'onlineAuthenticationType', 'accessibilityClassification',
    'accessibilityClassificationLevel', 'wcagLevel', 'accessibilityStatementWebPage', 'isSoteChannel', 'sote',
  ],
};

export interface MapOptions {
  /** The file or URL the document came from, for the report and errors. */
  file?: string;
  report: ImportReport;
  /** The kind of entity a list holds, for items that only name one ({id, name}). */
  listKind?: 'service' | 'channel' | 'organization';
  /** Where the entities go (one catalogue for a whole import). */
  into?: MappedCatalogue;
}

class Walker {
  constructor(
    readonly file: string | undefined,
    readonly report: ImportReport,
  ) {}

  fail(path: string, reason: string): never {
    throw new MalformedPtvError(this.file, path, reason);
  }

  skip(path: string, code: SkipCode, reason: string, kind?: EntityKind, id?: string): void {
    this.report.add({ code, ...(this.file ? { file: this.file } : {}), path, reason, ...(kind ? { kind } : {}), ...(id ? { id } : {}) });
  }

  object(value: unknown, path: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, 'expected an object');
    return value as Json;
  }

  /** A list field: missing or null is empty; anything else but a list is malformed. */
  list(o: Json, key: string, path: string): unknown[] {
    const value = o[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(`${path}.${key}`, 'expected a list');
    return value;
  }

  objects(o: Json, key: string, path: string): { item: Json; path: string }[] {
    return this.list(o, key, path).map((item, i) => ({ item: this.object(item, `${path}.${key}[${i}]`), path: `${path}.${key}[${i}]` }));
  }

  /** A text field: missing or null is undefined; numbers are taken as text (codes, postal codes). */
  string(o: Json, key: string, path: string): string | undefined {
    const value = o[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') this.fail(`${path}.${key}`, 'expected a string');
    return value.trim() === '' ? undefined : value.trim();
  }

  boolean(o: Json, key: string, path: string): boolean {
    const value = o[key];
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') this.fail(`${path}.${key}`, 'expected true or false');
    return value;
  }

  /** [{language, value, type}] → {fi, sv, en}; `types` keeps only those types (when items have one). */
  texts(o: Json, key: string, path: string, types?: readonly string[]): LocalizedText {
    const text: LocalizedText = {};
    for (const { item, path: itemPath } of this.objects(o, key, path)) {
      const type = this.string(item, 'type', itemPath);
      if (types && type !== undefined && !types.includes(type)) continue;
      const language = this.string(item, 'language', itemPath);
      const value = this.string(item, 'value', itemPath);
      if (value === undefined) continue;
      if (language === undefined) {
        this.skip(`${itemPath}.language`, 'unreadable-value', 'text without a language left out');
        continue;
      }
      // Other languages (Northern Sámi, Russian, …) are valid PTV data the portal does not show.
      if (isCatalogueLanguage(language) && text[language] === undefined) text[language] = redactPersonalEmails(value);
    }
    return text;
  }

  unknownFields(o: Json, path: string, kind: EntityKind, used: readonly string[]): void {
    for (const key of Object.keys(o)) {
      if (!used.includes(key) && !ignoredFields[kind].includes(key)) this.skip(`${path}.${key}`, 'unknown-field', `unknown ${kind} field ignored`, kind);
    }
  }
}

function modifiedOf(w: Walker, o: Json, path: string, kind: EntityKind, id: string): Date | undefined {
  const value = w.string(o, 'modified', path);
  if (value === undefined) return undefined;
  // PTV writes UTC times without a zone ("2026-10-02T09:12:44.123").
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(date.getTime())) {
    w.skip(`${path}.modified`, 'unreadable-value', 'unreadable modification time: imported as changed', kind, id);
    return undefined;
  }
  return date;
}

function idOf(w: Walker, o: Json, path: string, kind: EntityKind): string | undefined {
  const id = w.string(o, 'id', path);
  if (id === undefined || !uuidPattern.test(id)) {
    w.skip(`${path}.id`, 'missing-id', id === undefined ? `${kind} without an id skipped` : `${kind} with an invalid id skipped`, kind);
    return undefined;
  }
  return id.toLowerCase();
}

/** Whether PTV marks the entity as no longer published (it is then removed from the catalogue). */
function isWithdrawn(w: Walker, o: Json, path: string): boolean {
  const status = w.string(o, 'publishingStatus', path);
  return status !== undefined && status !== 'Published';
}

function providerTypeOf(sourceType: string | undefined, name: LocalizedText): ProviderType | undefined {
  switch (sourceType) {
    case 'Municipality':
      return 'municipality';
    case 'Region':
    case 'RegionalOrganization':
    case 'SotePublic':
    case 'WellbeingServicesCounty':
      return 'county';
    case 'State':
      return 'state';
    case 'Company':
    case 'SotePrivate':
      return 'company';
    case 'Organization': {
      // PTV has no type of its own for parishes: they are "Organization" like NGOs.
      const names = Object.values(name).join(' ');
      return /seurakun|församling|parish/i.test(names) ? 'parish' : 'ngo';
    }
    default:
      return undefined;
  }
}

function mapOrganization(w: Walker, o: Json, path: string, into: MappedCatalogue): void {
  const id = idOf(w, o, path, 'organization');
  if (!id) return;
  const name = w.texts(o, 'organizationNames', path, ['Name']);
  const fallbackName = isEmptyText(name) ? w.texts(o, 'organizationNames', path) : name;
  const sourceType = w.string(o, 'organizationType', path);
  const municipality = o['municipality'];
  let municipalityCode: string | undefined;
  if (typeof municipality === 'string') municipalityCode = municipality;
  else if (municipality !== undefined && municipality !== null) municipalityCode = w.string(w.object(municipality, `${path}.municipality`), 'code', `${path}.municipality`);
  w.unknownFields(o, path, 'organization', ['id', 'organizationNames', 'organizationType', 'businessCode', 'municipality', 'modified']);
  if (isEmptyText(fallbackName)) return w.skip(path, 'missing-name', 'organization without a name skipped', 'organization', id);
  const providerType = providerTypeOf(sourceType, fallbackName);
  if (!providerType) return w.skip(`${path}.organizationType`, 'unknown-type', `organization of unknown type ${JSON.stringify(sourceType ?? null)} skipped`, 'organization', id);
  const organization: CatalogueOrganization = {
    id,
    name: fallbackName,
    providerType,
    ...(sourceType ? { sourceType } : {}),
    ...optional('businessCode', w.string(o, 'businessCode', path)),
    ...optional('municipalityCode', municipalityCode),
    ...optional('modified', modifiedOf(w, o, path, 'organization', id)),
  };
  keepNewest(into.organizations, organization);
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function keepNewest<T extends { id: string; modified?: Date }>(map: Map<string, T>, entity: T): void {
  const existing = map.get(entity.id);
  if (existing?.modified && entity.modified && existing.modified > entity.modified) return;
  map.set(entity.id, entity);
}

const classificationFields: [string, ClassificationKind][] = [
  ['targetGroups', 'target-group'],
  ['serviceClasses', 'service-class'],
  ['lifeEvents', 'life-event'],
  ['ontologyTerms', 'ontology-term'],
];

function classifications(w: Walker, o: Json, key: string, kind: ClassificationKind, path: string, into: MappedCatalogue): string[] {
  const codes: string[] = [];
  for (const { item, path: itemPath } of w.objects(o, key, path)) {
    const uri = w.string(item, 'uri', itemPath);
    const parentUri = w.string(item, 'parentUri', itemPath);
    // Ontology terms (YSO) have URIs but usually no code.
    const code = kind === 'ontology-term' ? (uri ?? w.string(item, 'code', itemPath)) : (w.string(item, 'code', itemPath) ?? uri);
    if (!code) {
      w.skip(itemPath, 'unreadable-value', `${kind} without a code or URI left out`);
      continue;
    }
    if (!codes.includes(code)) codes.push(code);
    const name = w.texts(item, 'name', itemPath);
    const mapKey = `${kind}:${code}`;
    if (!into.classifications.has(mapKey) || isEmptyText(into.classifications.get(mapKey)!.name))
      into.classifications.set(mapKey, { kind, code, name, ...optional('uri', uri), ...optional('parentUri', parentUri) });
  }
  return codes;
}

/** Municipality codes of `areas`: Municipality areas directly, regions by their municipalities. */
function municipalitiesOf(w: Walker, o: Json, path: string): string[] {
  const codes = new Set<string>();
  for (const { item, path: areaPath } of w.objects(o, 'areas', path)) {
    const type = w.string(item, 'type', areaPath);
    const code = w.string(item, 'code', areaPath);
    if (type === 'Municipality' && code) codes.add(code.padStart(3, '0'));
    for (const { item: m, path: mPath } of w.objects(item, 'municipalities', areaPath)) {
      const mCode = w.string(m, 'code', mPath);
      if (mCode) codes.add(mCode.padStart(3, '0'));
    }
  }
  return [...codes].sort();
}

function languagesOf(w: Walker, o: Json, path: string): string[] {
  return w.list(o, 'languages', path).flatMap((value, i) => {
    if (typeof value !== 'string') w.fail(`${path}.languages[${i}]`, 'expected a language code');
    return [value];
  });
}

function linkedIds(w: Walker, o: Json, key: string, inner: string, path: string): string[] {
  const ids: string[] = [];
  for (const { item, path: itemPath } of w.objects(o, key, path)) {
    const nested = item[inner];
    const id = nested !== undefined && nested !== null ? w.string(w.object(nested, `${itemPath}.${inner}`), 'id', `${itemPath}.${inner}`) : (w.string(item, `${inner}Id`, itemPath) ?? w.string(item, 'id', itemPath));
    if (id && uuidPattern.test(id)) ids.push(id.toLowerCase());
    else w.skip(itemPath, 'missing-id', `link without a valid ${inner} id left out`);
  }
  return [...new Set(ids)];
}

function chargeTypeOf(w: Walker, o: Json, path: string): CatalogueService['chargeType'] {
  const value = w.string(o, 'serviceChargeType', path) ?? w.string(o, 'chargeType', path);
  if (value === undefined) return undefined;
  if (value === 'Charged' || value === 'Chargeable') return 'charged';
  if (value === 'Free' || value === 'FreeOfCharge') return 'free';
  if (value === 'Other') return 'other';
  w.skip(`${path}.serviceChargeType`, 'unknown-type', `unknown charge type ${JSON.stringify(value)} left out`);
  return undefined;
}

function responsibleOrganization(w: Walker, o: Json, path: string): string | undefined {
  const main = o['mainResponsibleOrganization'];
  if (main !== undefined && main !== null) {
    const id = w.string(w.object(main, `${path}.mainResponsibleOrganization`), 'id', `${path}.mainResponsibleOrganization`);
    if (id && uuidPattern.test(id)) return id.toLowerCase();
  }
  const roles = w.objects(o, 'organizations', path).map(({ item, path: itemPath }) => {
    const organization = item['organization'];
    const id = organization !== undefined && organization !== null ? w.string(w.object(organization, `${itemPath}.organization`), 'id', `${itemPath}.organization`) : w.string(item, 'organizationId', itemPath);
    return { id: id?.toLowerCase(), role: w.string(item, 'roleType', itemPath) };
  });
  return (roles.find((r) => r.role === 'Responsible' && r.id) ?? roles.find((r) => r.id && uuidPattern.test(r.id)))?.id;
}

function mapService(w: Walker, o: Json, path: string, into: MappedCatalogue): void {
  const id = idOf(w, o, path, 'service');
  if (!id) return;
  if (isWithdrawn(w, o, path)) {
    into.removed.push({ kind: 'service', id });
    return;
  }
  const name = w.texts(o, 'serviceNames', path, ['Name']);
  const used = ['id', 'serviceNames', 'serviceDescriptions', 'languages', 'serviceChargeType', 'chargeType', 'areaType', 'areas', 'serviceChannels', ...classificationFields.map(([key]) => key)];
  w.unknownFields(o, path, 'service', used);
  if (isEmptyText(name)) return w.skip(`${path}.serviceNames`, 'missing-name', 'service without a name skipped', 'service', id);
  const organizationId = responsibleOrganization(w, o, path);
  if (!organizationId) return w.skip(`${path}.organizations`, 'missing-organization', 'service without a responsible organisation skipped', 'service', id);
  const codes = Object.fromEntries(classificationFields.map(([key, kind]) => [key, classifications(w, o, key, kind, path, into)])) as Record<string, string[]>;
  const service: CatalogueService = {
    id,
    name,
    summary: w.texts(o, 'serviceDescriptions', path, ['Summary', 'ShortDescription']),
    description: w.texts(o, 'serviceDescriptions', path, ['Description']),
    userInstruction: w.texts(o, 'serviceDescriptions', path, ['UserInstruction', 'ServiceUserInstruction']),
    organizationId,
    areaType: w.string(o, 'areaType', path) ?? 'LimitedType',
    municipalityCodes: municipalitiesOf(w, o, path),
    targetGroups: codes['targetGroups'] ?? [],
    serviceClasses: codes['serviceClasses'] ?? [],
    lifeEvents: codes['lifeEvents'] ?? [],
    ontologyTerms: codes['ontologyTerms'] ?? [],
    languages: languagesOf(w, o, path),
    ...optional('chargeType', chargeTypeOf(w, o, path)),
    channelIds: linkedIds(w, o, 'serviceChannels', 'serviceChannel', path),
    ...optional('modified', modifiedOf(w, o, path, 'service', id)),
  };
  keepNewest(into.services, service);
}

const channelTypeOf: Record<string, ChannelType> = {
  ServiceLocation: 'location',
  Phone: 'phone',
  EChannel: 'e-service',
  WebPage: 'web-page',
  PrintableForm: 'printable-form',
};

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const serviceHourKinds: Record<string, OpeningHoursPeriod['kind']> = {
  DaysOfTheWeek: 'regular',
  Standard: 'regular',
  OverMidnight: 'over-midnight',
  Exceptional: 'exceptional',
  Exception: 'exceptional',
};

function timeOf(value: string | undefined): string | undefined {
  const m = value ? /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value) : null;
  if (!m) return undefined;
  const hours = Number(m[1]);
  if (hours > 24 || Number(m[2]) > 59) return undefined;
  return `${String(hours % 24).padStart(2, '0')}:${m[2]}`;
}

function dateOf(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m?.[1];
}

function openingHours(w: Walker, o: Json, path: string, id: string): OpeningHoursPeriod[] {
  const periods: OpeningHoursPeriod[] = [];
  for (const { item, path: hourPath } of w.objects(o, 'serviceHours', path)) {
    const type = w.string(item, 'serviceHourType', hourPath);
    const kind = type ? serviceHourKinds[type] : undefined;
    if (!kind) {
      w.skip(`${hourPath}.serviceHourType`, 'unknown-type', `opening hours of unknown type ${JSON.stringify(type ?? null)} left out`, 'channel', id);
      continue;
    }
    const intervals: OpeningInterval[] = [];
    for (const { item: hour, path: openPath } of w.objects(item, 'openingHour', hourPath)) {
      const from = timeOf(w.string(hour, 'from', openPath));
      const to = timeOf(w.string(hour, 'to', openPath));
      const dayFromName = w.string(hour, 'dayFrom', openPath);
      const dayToName = w.string(hour, 'dayTo', openPath);
      const dayFrom = dayFromName ? weekdays.indexOf(dayFromName) + 1 : 0;
      const dayTo = dayToName ? weekdays.indexOf(dayToName) + 1 : 0;
      if (!from || !to || (kind !== 'exceptional' && dayFrom === 0) || (dayToName && dayTo === 0)) {
        w.skip(openPath, 'unreadable-value', 'unreadable opening hour left out', 'channel', id);
        continue;
      }
      intervals.push({
        ...(dayFrom > 0 ? { dayFrom: dayFrom as OpeningInterval['dayFrom'] } : {}),
        ...(dayTo > 0 && dayTo !== dayFrom ? { dayTo: dayTo as OpeningInterval['dayTo'] } : {}),
        from,
        to,
      });
    }
    periods.push({
      kind,
      ...optional('validFrom', dateOf(w.string(item, 'validFrom', hourPath))),
      ...optional('validTo', dateOf(w.string(item, 'validTo', hourPath))),
      closed: w.boolean(item, 'isClosed', hourPath),
      alwaysOpen: w.boolean(item, 'isAlwaysOpen', hourPath),
      intervals,
      additionalInformation: w.texts(item, 'additionalInformation', hourPath),
    });
  }
  return periods;
}

function phonesOf(w: Walker, o: Json, path: string): ChannelPhone[] {
  // PTV repeats a number once per language with that language's label: merge them.
  const byNumber = new Map<string, ChannelPhone & { personal: boolean }>();
  for (const { item, path: phonePath } of w.objects(o, 'phoneNumbers', path)) {
    const number = w.string(item, 'number', phonePath);
    if (!number) continue;
    const type = w.string(item, 'type', phonePath);
    if (type && type !== 'Phone') continue; // fax and SMS numbers are not shown
    const prefix = w.string(item, 'prefixNumber', phonePath);
    const language = w.string(item, 'language', phonePath);
    const label = w.string(item, 'additionalInformation', phonePath);
    const charge = w.string(item, 'chargeDescription', phonePath);
    const serviceNumber = w.boolean(item, 'isFinnishServiceNumber', phonePath);
    const international = serviceNumber || !prefix ? number : `${prefix} ${number.replace(/^0/, '')}`;
    const entry = byNumber.get(international) ?? { number: international, label: {}, chargeDescription: {}, serviceNumber, personal: false };
    if (label && isCatalogueLanguage(language)) entry.label[language] ??= label;
    if (charge && isCatalogueLanguage(language)) entry.chargeDescription[language] ??= charge;
    if (isPersonalPhone({ ...(prefix ? { prefixNumber: prefix } : {}), number, labels: label ? [label] : [], isFinnishServiceNumber: serviceNumber })) entry.personal = true;
    byNumber.set(international, entry);
  }
  return [...byNumber.values()].flatMap(({ personal, ...phone }) => {
    if (!personal) return [phone];
    // No id: the report says where personal data was left out, not whose channel had it.
    w.skip(`${path}.phoneNumbers`, 'personal-data', 'personal phone number left out', 'channel');
    return [];
  });
}

function emailsOf(w: Walker, o: Json, path: string): string[] {
  const emails = new Set<string>();
  for (const key of ['emails', 'supportEmails']) {
    for (const { item, path: emailPath } of w.objects(o, key, path)) {
      const email = w.string(item, 'value', emailPath);
      if (!email) continue;
      if (isPersonalEmail(email)) w.skip(`${path}.${key}`, 'personal-data', 'personal e-mail address left out', 'channel');
      else emails.add(email.toLowerCase());
    }
  }
  return [...emails];
}

function webPagesOf(w: Walker, o: Json, path: string): ChannelWebPage[] {
  const pages: ChannelWebPage[] = [];
  for (const key of ['webPages', 'channelUrls', 'urls']) {
    for (const { item, path: pagePath } of w.objects(o, key, path)) {
      const url = w.string(item, 'url', pagePath) ?? (key === 'webPages' ? undefined : w.string(item, 'value', pagePath));
      if (!url || !/^https?:\/\//i.test(url)) {
        w.skip(pagePath, 'unreadable-value', 'web page without an http(s) address left out');
        continue;
      }
      const name = key === 'webPages' ? w.string(item, 'value', pagePath) : undefined;
      const language = w.string(item, 'language', pagePath);
      if (!pages.some((p) => p.url === url && p.language === language)) pages.push({ url, ...optional('name', name), ...optional('language', language) });
    }
  }
  return pages;
}

function addressOf(w: Walker, o: Json, path: string): { address?: ChannelAddress; coordinates?: { latitude: number; longitude: number }; accessibility: AccessibilityGroup[] } {
  const addresses = w.objects(o, 'addresses', path);
  const visiting = addresses.find(({ item }) => ['Location', 'Visiting'].includes(String(item['type']))) ?? addresses.find(({ item }) => item['type'] === undefined);
  if (!visiting) return { accessibility: [] };
  const accessibility: AccessibilityGroup[] = [];
  for (const { item: entrance, path: entrancePath } of w.objects(visiting.item, 'entrances', visiting.path)) {
    for (const { item: group, path: groupPath } of w.objects(entrance, 'accessibilitySentences', entrancePath)) {
      accessibility.push({
        group: w.texts(group, 'sentenceGroup', groupPath),
        sentences: w.objects(group, 'sentences', groupPath).map(({ item: s, path: sPath }) => w.texts(s, 'sentence', sPath)).filter((s) => !isEmptyText(s)),
      });
    }
  }
  const street = visiting.item['streetAddress'];
  if (street === undefined || street === null) return { accessibility };
  const streetPath = `${visiting.path}.streetAddress`;
  const s = w.object(street, streetPath);
  const municipality = s['municipality'];
  const municipalityCode =
    typeof municipality === 'string' ? municipality : municipality !== undefined && municipality !== null ? w.string(w.object(municipality, `${streetPath}.municipality`), 'code', `${streetPath}.municipality`) : undefined;
  const coordinates = ptvCoordinatesToWgs84(s['latitude'], s['longitude']);
  if (!coordinates && (s['latitude'] ?? '') !== '') w.skip(`${streetPath}.latitude`, 'outside-finland', 'coordinates outside Finland left out');
  return {
    address: {
      street: w.texts(s, 'street', streetPath),
      ...optional('streetNumber', w.string(s, 'streetNumber', streetPath)),
      ...optional('postalCode', w.string(s, 'postalCode', streetPath)),
      postOffice: w.texts(s, 'postOffice', streetPath),
      ...optional('municipalityCode', municipalityCode?.padStart(3, '0')),
    },
    ...(coordinates ? { coordinates } : {}),
    accessibility,
  };
}

function mapChannel(w: Walker, o: Json, path: string, into: MappedCatalogue): void {
  const id = idOf(w, o, path, 'channel');
  if (!id) return;
  if (isWithdrawn(w, o, path)) {
    into.removed.push({ kind: 'channel', id });
    return;
  }
  const sourceType = w.string(o, 'serviceChannelType', path);
  const used = [
    'id', 'serviceChannelType', 'organizationId', 'serviceChannelNames', 'serviceChannelDescriptions', 'areaType', 'areas', 'languages',
    'addresses', 'phoneNumbers', 'emails', 'supportEmails', 'webPages', 'channelUrls', 'urls', 'serviceHours', 'services', 'modified',
  ];
  w.unknownFields(o, path, 'channel', used);
  const type = sourceType ? channelTypeOf[sourceType] : undefined;
  if (!type) return w.skip(`${path}.serviceChannelType`, 'unknown-type', `channel of unknown type ${JSON.stringify(sourceType ?? null)} skipped`, 'channel', id);
  const name = w.texts(o, 'serviceChannelNames', path, ['Name']);
  if (isEmptyText(name)) return w.skip(`${path}.serviceChannelNames`, 'missing-name', 'channel without a name skipped', 'channel', id);
  const organizationId = w.string(o, 'organizationId', path)?.toLowerCase();
  if (!organizationId || !uuidPattern.test(organizationId)) return w.skip(`${path}.organizationId`, 'missing-organization', 'channel without an organisation skipped', 'channel', id);
  const { address, coordinates, accessibility } = addressOf(w, o, path);
  const municipalityCodes = municipalitiesOf(w, o, path);
  if (municipalityCodes.length === 0 && address?.municipalityCode) municipalityCodes.push(address.municipalityCode);
  const channel: CatalogueChannel = {
    id,
    type,
    organizationId,
    name,
    summary: w.texts(o, 'serviceChannelDescriptions', path, ['Summary', 'ShortDescription']),
    description: w.texts(o, 'serviceChannelDescriptions', path, ['Description']),
    areaType: w.string(o, 'areaType', path) ?? 'LimitedType',
    municipalityCodes,
    languages: languagesOf(w, o, path),
    ...optional('address', address),
    ...(coordinates ? coordinates : {}),
    phones: phonesOf(w, o, path),
    emails: emailsOf(w, o, path),
    webPages: webPagesOf(w, o, path),
    openingHours: openingHours(w, o, path, id),
    accessibility,
    serviceIds: linkedIds(w, o, 'services', 'service', path),
    ...optional('modified', modifiedOf(w, o, path, 'channel', id)),
  };
  keepNewest(into.channels, channel);
}

/** Which entity an item is, by the fields only that entity has. */
export function kindOf(item: Json): EntityKind | 'reference' | undefined {
  if ('serviceChannelType' in item || 'serviceChannelNames' in item) return 'channel';
  if ('organizationNames' in item || 'organizationType' in item) return 'organization';
  if ('serviceNames' in item) return 'service';
  const keys = Object.keys(item);
  if ('id' in item && keys.every((k) => k === 'id' || k === 'name')) return 'reference';
  return undefined;
}

/**
 * Maps one PTV JSON document: a single entity, a paged list ({pageNumber, pageCount, itemList})
 * or a plain array. Throws MalformedPtvError (nothing of the document is kept by the caller).
 */
export function mapPtvDocument(document: unknown, options: MapOptions): MappedCatalogue {
  const into = options.into ?? emptyCatalogue();
  const w = new Walker(options.file, options.report);
  let items: { item: Json; path: string }[];
  if (Array.isArray(document)) {
    items = document.map((item, i) => ({ item: w.object(item, `$[${i}]`), path: `$[${i}]` }));
  } else {
    const root = w.object(document, '$');
    if ('itemList' in root || 'pageCount' in root) {
      items = w.objects(root, 'itemList', '$');
      for (const key of Object.keys(root)) {
        if (!['itemList', 'pageNumber', 'pageCount', 'pageSize'].includes(key)) w.skip(`$.${key}`, 'unknown-field', 'unknown page field ignored');
      }
    } else items = [{ item: root, path: '$' }];
  }
  for (const { item, path } of items) {
    const kind = kindOf(item);
    if (kind === 'organization') mapOrganization(w, item, path, into);
    else if (kind === 'service') mapService(w, item, path, into);
    else if (kind === 'channel') mapChannel(w, item, path, into);
    else if (kind === 'reference') {
      const id = w.string(item, 'id', path);
      if (id && uuidPattern.test(id)) into.references.push({ kind: options.listKind ?? 'unknown', id: id.toLowerCase() });
      else w.skip(path, 'missing-id', 'list item without a valid id skipped');
    } else w.skip(path, 'not-an-entity', 'not a PTV service, service channel or organisation: skipped');
  }
  return into;
}
