/**
 * The local next step of a symptom result: which service of the resident's municipality to
 * contact for the result's urgency, with phone numbers, address, map link, opening hours and
 * whether it is open now — and where to turn when it is closed. Public: no personal data (a
 * signed-in resident's own municipality is used when none is chosen, and only as a filter).
 *
 * The rules (which catalogue services match a unit type, what each urgency asks for, what to do
 * when the place is closed) are the pure functions at the top; the GraphQL field below only reads
 * the catalogue tables and applies them.
 */
import { z } from 'zod';
import type { Prisma, PrismaClient } from '@luotsi/db';
import { helsinkiDate } from '@luotsi/calendar';
import { fieldRule } from '@luotsi/validation';
import { ClientError, LocalizedTextRef, pickLanguage, type LocalizedText, type builder as Builder } from '@luotsi/bff-core';
// The services domain's opening-hours model and "open now" rule are pure, isomorphic code: reading
// them here keeps one definition of opening hours for the catalogue and the symptom check.
// eslint-disable-next-line @nx/enforce-module-boundaries -- pure library of the services domain (no BFF, no data access)
import { isOpenAt, type OpeningHoursPeriod } from '@luotsi/services-domain';
import { urgencyLevels, type Urgency } from './urgency';

/** National numbers: the emergency number and Päivystysapu, the on-call health helpline (24/7). */
export const emergencyNumber = '112';
export const helplineNumber = '116117';

/** How the services of a unit type are found in the catalogue: PTV service classes, ontology terms and providers. */
export interface UnitTypeMatch {
  /** Any of these PTV service classes (e.g. P3.1 primary health care). */
  serviceClasses: readonly string[];
  /** Or any of these ontology term URIs (a county can name its emergency duty this way). */
  ontologyTerms: readonly string[];
  /** Only publicly provided services: the county's or a municipality's, not companies'. */
  providerTypes: readonly string[];
}

const publicProviders = ['county', 'municipality'] as const;

/**
 * The unit types of the questionnaire definitions' outcomes (`contact.unitType`) and the county's
 * emergency duty. Data, not logic: a county adds its own classes or ontology terms here.
 */
export const unitTypeMatches: Readonly<Record<string, UnitTypeMatch>> = {
  'health-centre': { serviceClasses: ['P3.1'], ontologyTerms: [], providerTypes: publicProviders },
  'oral-health': { serviceClasses: ['P3.3'], ontologyTerms: [], providerTypes: publicProviders },
  'mental-health': { serviceClasses: ['P3.2'], ontologyTerms: [], providerTypes: publicProviders },
  // The county names its emergency duty's PTV ontology terms here. Until then (and in the demo
  // catalogue, which has none) no place is listed and the helpline 116 117 is the next step.
  'emergency-duty': { serviceClasses: [], ontologyTerms: [], providerTypes: publicProviders },
};

/** What a catalogue service says about itself, as far as matching needs. */
export interface ServiceFacts {
  serviceClasses: readonly string[];
  ontologyTerms: readonly string[];
  providerType: string;
  municipalityCodes: readonly string[];
  areaType: string;
}

/** Whether a service of the catalogue is one of the unit type's, offered in the municipality. */
export function matchesUnitType(service: ServiceFacts, unitType: string, municipalityCode: string): boolean {
  const match = unitTypeMatches[unitType];
  if (!match) return false;
  const offeredThere = service.areaType !== 'LimitedType' || service.municipalityCodes.includes(municipalityCode);
  const classified =
    service.serviceClasses.some((c) => match.serviceClasses.includes(c)) || service.ontologyTerms.some((t) => match.ontologyTerms.includes(t));
  return offeredThere && classified && match.providerTypes.includes(service.providerType);
}

/**
 * What each urgency asks the resident to do:
 * - 'call-emergency': call 112 now (no local service is looked up);
 * - 'helpline-first': call Päivystysapu 116 117 now; it directs to the emergency duty listed;
 * - 'contact-unit': contact the listed unit (the result's unit type, the health centre by default);
 * - 'self-care': care at home; the listed unit is where to turn if it gets worse.
 */
export type NextStepKind = 'call-emergency' | 'helpline-first' | 'contact-unit' | 'self-care';

export interface NextStepPlan {
  kind: NextStepKind;
  /** The unit type whose services are listed; null when none is (112). */
  unitType: string | null;
  /**
   * When the listed place is closed: 'helpline' — call 116 117 now, it cannot wait for the
   * opening; 'when-open' — contact it when it opens (116 117 if the symptoms get worse).
   */
  whenClosed: 'helpline' | 'when-open' | null;
}

export function nextStepPlan(urgency: Urgency, contactUnitType: string | null): NextStepPlan {
  const unit = contactUnitType && unitTypeMatches[contactUnitType] ? contactUnitType : 'health-centre';
  switch (urgency) {
    case 'emergency':
      return { kind: 'call-emergency', unitType: null, whenClosed: null };
    case 'emergency-department':
      return { kind: 'helpline-first', unitType: 'emergency-duty', whenClosed: 'helpline' };
    case 'same-day':
      return { kind: 'contact-unit', unitType: unit, whenClosed: 'helpline' };
    case 'within-days':
    case 'non-urgent':
      return { kind: 'contact-unit', unitType: unit, whenClosed: 'when-open' };
    case 'self-care':
      return { kind: 'self-care', unitType: unit, whenClosed: 'when-open' };
  }
}

/** A weekly opening interval shown on the page (the hours in effect on the given day). */
export interface WeeklyHours {
  dayFrom: number;
  dayTo: number | null;
  from: string;
  to: string;
}

/** The regular weekly hours in effect on a Helsinki date: a dated period (summer hours) wins over the open-ended one. */
export function weeklyHoursOn(periods: readonly OpeningHoursPeriod[], date: string): { alwaysOpen: boolean; hours: WeeklyHours[] } {
  const inEffect = periods.filter(
    (p) => p.kind !== 'exceptional' && (!p.validFrom || p.validFrom <= date) && (!p.validTo || p.validTo >= date),
  );
  const dated = inEffect.filter((p) => p.validFrom !== undefined || p.validTo !== undefined);
  const shown = (dated.length > 0 ? dated : inEffect).filter((p) => !p.closed);
  return {
    alwaysOpen: shown.some((p) => p.alwaysOpen),
    hours: shown
      .flatMap((p) => p.intervals)
      .filter((i) => i.dayFrom !== undefined)
      .map((i) => ({ dayFrom: i.dayFrom as number, dayTo: i.dayTo ?? null, from: i.from, to: i.to }))
      .sort((a, b) => a.dayFrom - b.dayFrom || a.from.localeCompare(b.from)),
  };
}

/** An OpenStreetMap link to a point (no map library on the page: the link opens the map). */
export function mapLink(latitude: number, longitude: number): string {
  const lat = latitude.toFixed(5);
  const lon = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

// ---- GraphQL ------------------------------------------------------------------------------

const urgencySchema = z.string().refine((value) => (urgencyLevels as readonly string[]).includes(value), fieldRule('invalid-choice'));
const municipalityCodeSchema = z.string().refine((value) => /^\d{3}$/.test(value), fieldRule('invalid-format'));

/** The number of places listed at most (a large town has a health centre in every district). */
export const localPlacesLimit = 12;

interface PhoneShown {
  number: string;
  label: LocalizedText | null;
  openNow: boolean | null;
  hours: WeeklyHours[];
}

interface PlaceShown {
  id: string;
  name: unknown;
  address: string | null;
  mapUrl: string | null;
  openNow: boolean | null;
  alwaysOpen: boolean;
  hours: WeeklyHours[];
  phones: PhoneShown[];
  eServiceUrl: string | null;
}

interface NextStepShown {
  urgency: Urgency;
  plan: NextStepPlan;
  municipalityCode: string | null;
  municipalityName: unknown;
  fromProfile: boolean;
  places: PlaceShown[];
}

type ChannelRow = Prisma.ServiceChannelGetPayload<object>;

function periodsOf(channel: ChannelRow): OpeningHoursPeriod[] {
  return Array.isArray(channel.openingHours) ? (channel.openingHours as unknown as OpeningHoursPeriod[]) : [];
}

function addressText(value: unknown, language: LocalizedText['language']): string | null {
  if (!value || typeof value !== 'object') return null;
  const a = value as { street?: unknown; streetNumber?: string; postalCode?: string; postOffice?: unknown };
  const street = [pickLanguage(a.street, language).text, a.streetNumber].filter(Boolean).join(' ');
  const office = [a.postalCode, pickLanguage(a.postOffice, language).text].filter(Boolean).join(' ');
  const text = [street, office].filter(Boolean).join(', ');
  return text || null;
}

function phonesOf(channel: ChannelRow, language: LocalizedText['language'], now: Date, date: string): PhoneShown[] {
  const list = Array.isArray(channel.phones) ? (channel.phones as { number?: unknown; label?: unknown }[]) : [];
  const periods = periodsOf(channel);
  const openNow = periods.length > 0 ? (isOpenAt(periods, now) ?? null) : null;
  return list
    .filter((p): p is { number: string; label?: unknown } => typeof p.number === 'string' && p.number.trim() !== '')
    .map((p) => {
      const label = pickLanguage(p.label, language);
      return { number: p.number, label: label.text ? label : null, openNow, hours: weeklyHoursOn(periods, date).hours };
    });
}

function webPageUrl(channel: ChannelRow, language: string): string | null {
  const pages = Array.isArray(channel.webPages) ? (channel.webPages as { url?: unknown; language?: unknown }[]) : [];
  const usable = pages.filter((p): p is { url: string; language?: unknown } => typeof p.url === 'string' && /^https:\/\//.test(p.url));
  return (usable.find((p) => p.language === language) ?? usable[0])?.url ?? null;
}

export function registerLocalServicesSchema(builder: typeof Builder): void {
  const OpeningHours = builder.objectRef<WeeklyHours>('SymptomOpeningHours').implement({
    description: 'Weekly opening hours in Helsinki time: ISO weekdays 1 (Monday) … 7 (Sunday).',
    fields: (t) => ({
      dayFrom: t.exposeInt('dayFrom'),
      dayTo: t.exposeInt('dayTo', { nullable: true, description: 'The last day of a range ("Mon–Thu"); null for one day.' }),
      from: t.exposeString('from', { description: '"HH:MM"' }),
      to: t.exposeString('to', { description: '"HH:MM"; "00:00" is midnight' }),
    }),
  });

  const Phone = builder.objectRef<PhoneShown>('SymptomLocalPhone').implement({
    description: 'A service number of the place (no personal numbers: the catalogue import leaves them out).',
    fields: (t) => ({
      number: t.exposeString('number', { description: 'International form, e.g. "+358 9 816 45285".' }),
      label: t.field({ type: LocalizedTextRef, nullable: true, resolve: (p) => p.label }),
      openNow: t.exposeBoolean('openNow', { nullable: true, description: 'Whether the line answers now; null when its hours are unknown.' }),
      hours: t.field({ type: [OpeningHours], resolve: (p) => p.hours }),
    }),
  });

  const Place = builder.objectRef<PlaceShown>('SymptomLocalPlace').implement({
    description: 'A service of the municipality to contact for a symptom result, from the service catalogue.',
    fields: (t) => ({
      serviceId: t.exposeString('id', { description: 'The service’s id in the catalogue (PTV).' }),
      name: t.field({ type: LocalizedTextRef, resolve: (p, _a, ctx) => pickLanguage(p.name, ctx.language) }),
      address: t.exposeString('address', { nullable: true, description: 'Visiting address in the reader’s language.' }),
      mapUrl: t.exposeString('mapUrl', { nullable: true }),
      openNow: t.exposeBoolean('openNow', { nullable: true, description: 'Whether the place is open now; null when its hours are unknown.' }),
      alwaysOpen: t.exposeBoolean('alwaysOpen'),
      hours: t.field({ type: [OpeningHours], description: 'The visiting hours in effect this week.', resolve: (p) => p.hours }),
      phones: t.field({ type: [Phone], resolve: (p) => p.phones }),
      eServiceUrl: t.exposeString('eServiceUrl', { nullable: true, description: 'The e-service (chat, contact form), when the place has one.' }),
    }),
  });

  const NextStep = builder.objectRef<NextStepShown>('SymptomLocalNextStep').implement({
    description: 'What to do next after a symptom result, in the resident’s municipality.',
    fields: (t) => ({
      urgency: t.string({ resolve: (s) => s.urgency }),
      kind: t.string({
        description: '"call-emergency" (112) | "helpline-first" (116 117, then the emergency duty) | "contact-unit" | "self-care" (the unit if it gets worse)',
        resolve: (s) => s.plan.kind,
      }),
      unitType: t.string({ nullable: true, resolve: (s) => s.plan.unitType }),
      whenClosed: t.string({
        nullable: true,
        description: 'When the place is closed: "helpline" (call 116 117 now) | "when-open" (contact it when it opens).',
        resolve: (s) => s.plan.whenClosed,
      }),
      emergencyNumber: t.string({ resolve: () => emergencyNumber }),
      helplineNumber: t.string({ description: 'Päivystysapu, the on-call health helpline (24/7).', resolve: () => helplineNumber }),
      municipalityCode: t.exposeString('municipalityCode', { nullable: true }),
      municipalityName: t.field({
        type: LocalizedTextRef,
        nullable: true,
        resolve: (s, _a, ctx) => (s.municipalityName ? pickLanguage(s.municipalityName, ctx.language) : null),
      }),
      municipalityFromProfile: t.boolean({
        description: 'The municipality is the signed-in resident’s own (none was chosen).',
        resolve: (s) => s.fromProfile,
      }),
      places: t.field({ type: [Place], description: 'Open ones first, then by name.', resolve: (s) => s.places }),
    }),
  });

  builder.queryField('symptomLocalNextStep', (t) =>
    t.field({
      type: NextStep,
      description:
        'The next step for a result’s urgency in a municipality (or the signed-in resident’s own): the services to contact, their phones, address, hours and whether they are open now.',
      authScopes: { public: true },
      args: {
        urgency: t.arg.string({ required: true, description: 'The result’s urgency id.', validate: urgencySchema }),
        contactUnitType: t.arg.string({ required: false, description: 'The result’s unit type, e.g. "health-centre".', validate: z.string().max(100) }),
        municipalityCode: t.arg.string({
          required: false,
          description: 'Official municipality code, e.g. "049"; default: the signed-in resident’s.',
          validate: municipalityCodeSchema,
        }),
      },
      resolve: async (_root, args, ctx) => {
        const urgency = args.urgency as Urgency;
        const plan = nextStepPlan(urgency, args.contactUnitType ?? null);
        let code = args.municipalityCode ?? null;
        let fromProfile = false;
        if (!code && ctx.viewer.resident?.personId) {
          const person = await ctx.prisma.person.findUnique({ where: { id: ctx.viewer.resident.personId }, select: { municipalityCode: true } });
          code = person?.municipalityCode ?? null;
          fromProfile = code !== null;
        }
        const municipality = code ? await ctx.prisma.municipality.findUnique({ where: { code } }) : null;
        if (code && !municipality) throw new ClientError('BAD_USER_INPUT', 'Unknown municipality: choose one of the county’s.');
        const base = { urgency, plan, municipalityCode: code, municipalityName: municipality?.name ?? null, fromProfile };
        if (!municipality || !plan.unitType) return { ...base, places: [] };
        return { ...base, places: await placesOf(ctx.prisma, plan.unitType, municipality.code, ctx.language, ctx.now()) };
      },
    }),
  );
}

async function placesOf(prisma: PrismaClient, unitType: string, municipalityCode: string, language: LocalizedText['language'], now: Date): Promise<PlaceShown[]> {
  const match = unitTypeMatches[unitType];
  if (!match) return [];
  // The database narrows (classification and area, GIN-indexed arrays); matchesUnitType decides.
  const rows = await prisma.service.findMany({
    where: {
      OR: [{ serviceClasses: { hasSome: [...match.serviceClasses] } }, { ontologyTerms: { hasSome: [...match.ontologyTerms] } }],
      AND: [{ OR: [{ municipalityCodes: { has: municipalityCode } }, { areaType: { not: 'LimitedType' } }] }],
      organization: { providerType: { in: [...match.providerTypes] } },
    },
    include: { organization: { select: { providerType: true } }, channels: { include: { channel: true } } },
    orderBy: { id: 'asc' },
    take: 200,
  });
  const date = helsinkiDate(now);
  const places = rows
    .filter((s) => matchesUnitType({ ...s, providerType: s.organization.providerType }, unitType, municipalityCode))
    .map((service): PlaceShown => {
      const channels = service.channels.map((link) => link.channel);
      const location = channels.find((c) => c.type === 'location');
      const periods = location ? periodsOf(location) : [];
      const weekly = weeklyHoursOn(periods, date);
      const eService = channels.find((c) => c.type === 'e-service');
      return {
        id: service.id,
        name: service.name,
        address: location ? addressText(location.address, language) : null,
        mapUrl: location?.latitude != null && location.longitude != null ? mapLink(location.latitude, location.longitude) : null,
        openNow: periods.length > 0 ? (isOpenAt(periods, now) ?? null) : null,
        alwaysOpen: weekly.alwaysOpen,
        hours: weekly.hours,
        phones: channels.filter((c) => c.type === 'phone' || c.type === 'location').flatMap((c) => phonesOf(c, language, now, date)),
        eServiceUrl: eService ? webPageUrl(eService, language) : null,
      };
    });
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const rank = (p: PlaceShown) => (p.openNow === true ? 0 : p.openNow === null ? 1 : 2);
  return places
    .sort((a, b) => rank(a) - rank(b) || collator.compare(pickLanguage(a.name, language).text, pickLanguage(b.name, language).text))
    .slice(0, localPlacesLimit);
}
