import { demoId, demoToday, type PrismaClient, type SeedStep } from '@luotsi/db';
import { addDays, addWorkingDays, helsinkiToUtc, isoWeekday } from '@luotsi/calendar';
import { materialisationHorizon, planOccurrences, type ContactMode } from '@luotsi/appointments-domain';
import { calendarEntryTypes } from './calendar';

/**
 * The uniform entry types, and calendars around the demo day (today, or LUOTSI_DEMO_TODAY in tests
 * that pin the clock): about twenty free first-contact times in the target services over the next
 * two weeks of working days (public holidays skipped), a few internal entries, Tessa Testilä's and
 * Ville Virtanen's own times, and an absence of Pia Perheneuvoja with a client time in it for her
 * team lead to move. Times are Helsinki wall-clock times, converted to UTC across DST changes.
 */

/** Professionals of the target services. They cannot sign in; they give the calendars an owner. */
const calendarStaff = [
  {
    subject: 'demo-staff-satu', firstName: 'Satu', lastName: 'Kallio', roles: ['family-worker'], unitCodes: ['KOTI-ESP', 'KOTI-ETE'],
    title: { fi: 'Kotipalvelun ohjaaja', sv: 'Handledare inom hemservice', en: 'Home help supervisor' },
  },
  {
    subject: 'demo-staff-riitta', firstName: 'Riitta', lastName: 'Aalto', roles: ['family-worker'], unitCodes: ['PNE-ESP'],
    title: { fi: 'Psykologi', sv: 'Psykolog', en: 'Psychologist' },
  },
  {
    subject: 'demo-staff-niklas', firstName: 'Niklas', lastName: 'Sjöberg', roles: ['family-worker'], unitCodes: ['NUORI-ESP', 'NUORI-POH'],
    title: { fi: 'Sosiaaliohjaaja', sv: 'Socialhandledare', en: 'Social counsellor' },
  },
  {
    subject: 'demo-staff-heidi', firstName: 'Heidi', lastName: 'Virta', roles: [], unitCodes: ['VAMM-ESP', 'VAMM-LAN'],
    title: { fi: 'Sosiaalityöntekijä', sv: 'Socialarbetare', en: 'Social worker' },
  },
] as const;

export interface DemoEntry {
  /** Stable key: the entry's id is demoId('calendar-entry', key). */
  key: string;
  /** OIDC subject of the professional. */
  staff: string;
  unitCode: string;
  type: string;
  /** Working days from the demo day (1 = the next working day); a negative number is in the past. */
  day: number;
  /** Helsinki wall-clock time. */
  time: string;
  minutes: number;
  bookable?: boolean;
  /** OIDC subject of the resident the time is for. */
  client?: string;
  /** How the contact happens: bookable first contacts only. */
  contactMode?: ContactMode;
  /** How a booked client got the time. */
  bookingChannel?: 'advice' | 'professional' | 'resident';
}

const free = (key: string, staff: string, unitCode: string, day: number, time: string, minutes: number, contactMode: ContactMode): DemoEntry => ({
  key, staff, unitCode, type: 'first-contact', day, time, minutes, bookable: true, contactMode,
});

export const demoCalendarEntries: readonly DemoEntry[] = [
  // Free first-contact times over the next ten working days. Family counselling mostly meets at the
  // unit or calls; home help and disability services mostly call or meet; youth services meet
  // remotely now and then.
  free('fc-01', 'demo-staff-satu', 'KOTI-ESP', 1, '09:00', 60, 'phone'),
  free('fc-02', 'demo-staff-riitta', 'PNE-ESP', 1, '13:00', 90, 'visit'),
  free('fc-03', 'demo-staff-niklas', 'NUORI-ESP', 2, '08:30', 60, 'remote'),
  free('fc-04', 'demo-staff-heidi', 'VAMM-ESP', 2, '10:00', 60, 'phone'),
  free('fc-05', 'demo-staff-satu', 'KOTI-ETE', 2, '14:00', 60, 'phone'),
  free('fc-06', 'demo-staff-pekka', 'PNE-POH', 3, '09:00', 90, 'visit'),
  free('fc-07', 'demo-staff-niklas', 'NUORI-POH', 3, '12:30', 45, 'visit'),
  free('fc-08', 'demo-staff-heidi', 'VAMM-LAN', 4, '09:30', 60, 'visit'),
  free('fc-09', 'staff-pia', 'PNE-ESP', 4, '13:00', 90, 'visit'),
  free('fc-10', 'demo-staff-satu', 'KOTI-ESP', 5, '10:00', 60, 'visit'),
  free('fc-11', 'demo-staff-heidi', 'VAMM-ESP', 6, '09:00', 60, 'remote'),
  free('fc-12', 'demo-staff-niklas', 'NUORI-ESP', 6, '14:00', 45, 'phone'),
  free('fc-13', 'demo-staff-pekka', 'PNE-POH', 7, '08:30', 90, 'phone'),
  free('fc-14', 'demo-staff-satu', 'KOTI-ETE', 7, '12:00', 60, 'visit'),
  free('fc-15', 'staff-pia', 'PNE-ESP', 8, '10:00', 90, 'phone'),
  free('fc-16', 'demo-staff-heidi', 'VAMM-LAN', 8, '13:30', 60, 'phone'),
  free('fc-17', 'demo-staff-niklas', 'NUORI-POH', 9, '09:00', 45, 'remote'),
  free('fc-18', 'demo-staff-satu', 'KOTI-ESP', 9, '14:30', 60, 'phone'),
  free('fc-19', 'demo-staff-pekka', 'PNE-POH', 10, '09:00', 90, 'visit'),
  free('fc-20', 'demo-staff-heidi', 'VAMM-ESP', 10, '11:00', 60, 'visit'),
  // Not free: already past, or not a first contact in a target service.
  free('fc-past', 'demo-staff-satu', 'KOTI-ESP', -1, '09:00', 60, 'phone'),
  free('fc-early-support', 'demo-staff-eeva', 'PERHE-ESP', 4, '10:00', 60, 'visit'),
  { key: 'heidi-open-visit', staff: 'demo-staff-heidi', unitCode: 'VAMM-ESP', type: 'client-visit', day: 6, time: '13:00', minutes: 60, bookable: true },
  { key: 'riitta-team', staff: 'demo-staff-riitta', unitCode: 'PNE-ESP', type: 'team-meeting', day: 1, time: '08:00', minutes: 30 },
  // 'pia-team' is the first occurrence of Pia's weekly team meeting: see piaTeamSeries below.
  { key: 'pia-documentation', staff: 'staff-pia', unitCode: 'PNE-ESP', type: 'documentation', day: 2, time: '15:00', minutes: 45 },
  { key: 'satu-documentation', staff: 'demo-staff-satu', unitCode: 'KOTI-ESP', type: 'documentation', day: 1, time: '15:00', minutes: 45 },
  { key: 'satu-travel', staff: 'demo-staff-satu', unitCode: 'KOTI-ESP', type: 'travel', day: 7, time: '08:30', minutes: 30 },
  // Tessa Testilä's own times: one booked first contact, one home visit, one already past.
  { key: 'tessa-first-contact', staff: 'staff-pia', unitCode: 'PNE-ESP', type: 'first-contact', day: 3, time: '10:00', minutes: 60, bookable: true, contactMode: 'visit', client: 'resident-tessa', bookingChannel: 'advice' },
  { key: 'tessa-home-visit', staff: 'demo-staff-satu', unitCode: 'KOTI-ESP', type: 'home-visit', day: 7, time: '09:00', minutes: 90, client: 'resident-tessa', bookingChannel: 'professional' },
  { key: 'tessa-phone-past', staff: 'demo-staff-eeva', unitCode: 'PERHE-ESP', type: 'phone-contact', day: -10, time: '13:00', minutes: 30, client: 'resident-tessa', bookingChannel: 'professional' },
  // Pia is away on working day 5 (a course); Ville's client visit that day needs another professional.
  { key: 'pia-absence', staff: 'staff-pia', unitCode: 'PNE-ESP', type: 'absence', day: 5, time: '08:00', minutes: 540 },
  { key: 'ville-visit-in-absence', staff: 'staff-pia', unitCode: 'PNE-ESP', type: 'client-visit', day: 5, time: '12:00', minutes: 60, client: 'resident-ville', bookingChannel: 'professional' },
];

/** When a demo entry starts, for a demo day: working days skip weekends and public holidays. */
export function demoEntryStart(entry: Pick<DemoEntry, 'day' | 'time'>, today: string): Date {
  const date = entry.day >= 0 ? addWorkingDays(today, entry.day) : addDays(today, entry.day);
  return helsinkiToUtc(date, entry.time);
}

/**
 * Pia's team meeting, Mondays 08:30 from the first Monday of the demo calendar: a recurring series
 * materialised a year ahead like the BFF does. The first occurrence keeps the id of the key
 * 'pia-team'; the others are keyed by date, so re-seeding upserts instead of duplicating.
 */
export const piaTeamSeries = { key: 'pia-team', staff: 'staff-pia', unitCode: 'PNE-ESP', type: 'team-meeting', time: '08:30', minutes: 30, rule: 'FREQ=WEEKLY;BYDAY=MO' } as const;

async function seedPiaTeamSeries(prisma: PrismaClient, today: string, unitId: string): Promise<void> {
  const s = piaTeamSeries;
  const staffId = (await prisma.staffMember.findUniqueOrThrow({ where: { oidcSubject: s.staff }, select: { id: true } })).id;
  const day1 = addWorkingDays(today, 1);
  const firstMonday = addDays(day1, (8 - isoWeekday(day1)) % 7);
  const definition = { rule: s.rule, firstStartLocal: `${firstMonday}T${s.time}`, durationMinutes: s.minutes, exdates: [], bookable: false };
  const horizon = materialisationHorizon(helsinkiToUtc(today, '12:00'));
  const id = demoId('calendar-series', s.key);
  const series = { staffId, unitId, typeCode: s.type, ...definition, title: null, clientId: null, materialisedUntil: horizon };
  await prisma.calendarSeries.upsert({ where: { id }, create: { id, ...series }, update: series });
  const { occurrences } = planOccurrences(definition, { from: helsinkiToUtc(firstMonday, '00:00'), to: horizon });
  const rows = occurrences.map((o, i) => ({
    id: demoId('calendar-entry', i === 0 ? s.key : `${s.key}-${o.date}`),
    data: { staffId, unitId, typeCode: s.type, startsAt: o.start, endsAt: o.end, seriesId: id, detached: false, bookable: false, clientId: null },
  }));
  // Occurrences of an earlier demo day's seed that this one does not have.
  await prisma.calendarEntry.deleteMany({ where: { seriesId: id, id: { notIn: rows.map((r) => r.id) } } });
  // Date-keyed rows have fixed times; only the first ('pia-team') moves with the demo day.
  await prisma.calendarEntry.createMany({ data: rows.map((r) => ({ id: r.id, ...r.data })), skipDuplicates: true });
  if (rows[0]) await prisma.calendarEntry.update({ where: { id: rows[0].id }, data: rows[0].data });
}

export const appointmentsSeed: SeedStep = {
  id: 'appointments',
  async run(prisma: PrismaClient) {
    for (const [index, type] of calendarEntryTypes.entries()) {
      const data = { name: { ...type.name }, clientWork: type.clientWork, sortOrder: (index + 1) * 10 };
      await prisma.calendarEntryType.upsert({ where: { code: type.code }, create: { code: type.code, ...data }, update: data });
    }

    const unitIds = new Map((await prisma.unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]));
    const unitId = (code: string) => {
      const id = unitIds.get(code);
      if (!id) throw new Error(`Demo calendar refers to an unknown unit ${code}`);
      return id;
    };

    for (const member of calendarStaff) {
      const data = { firstName: member.firstName, lastName: member.lastName, title: { ...member.title }, roles: [...member.roles] };
      const row = await prisma.staffMember.upsert({
        where: { oidcSubject: member.subject },
        create: { id: demoId('staff', member.subject), oidcSubject: member.subject, ...data },
        update: data,
      });
      for (const code of member.unitCodes) {
        const key = { staffId: row.id, unitId: unitId(code) };
        await prisma.staffUnit.upsert({ where: { staffId_unitId: key }, create: key, update: {} });
      }
    }

    const today = demoToday();
    const staffIds = new Map<string, string>();
    const persons = new Map<string, string>();
    for (const e of demoCalendarEntries) {
      if (!staffIds.has(e.staff)) staffIds.set(e.staff, (await prisma.staffMember.findUniqueOrThrow({ where: { oidcSubject: e.staff } })).id);
      if (e.client && !persons.has(e.client)) persons.set(e.client, (await prisma.person.findUniqueOrThrow({ where: { oidcSubject: e.client } })).id);
      const startsAt = demoEntryStart(e, today);
      const id = demoId('calendar-entry', e.key);
      // A free time someone booked while trying the demo keeps its booking across restarts.
      const existing = await prisma.calendarEntry.findUnique({ where: { id }, select: { clientId: true, contactMode: true } });
      if (existing && e.bookable && !e.client && existing.clientId) {
        // A booking made before contact modes existed gets the time's mode.
        if (!existing.contactMode && e.contactMode) await prisma.calendarEntry.update({ where: { id }, data: { contactMode: e.contactMode } });
        continue;
      }
      const data = {
        staffId: staffIds.get(e.staff)!,
        unitId: unitId(e.unitCode),
        typeCode: e.type,
        startsAt,
        endsAt: new Date(startsAt.getTime() + e.minutes * 60_000),
        clientId: e.client ? persons.get(e.client)! : null,
        bookable: e.bookable ?? false,
        contactMode: e.contactMode ?? null,
        bookingChannel: e.client ? (e.bookingChannel ?? null) : null,
        bookedAt: e.client && e.bookable ? helsinkiToUtc(addDays(today, -1), '10:15') : null,
      };
      await prisma.calendarEntry.upsert({ where: { id }, create: { id, ...data }, update: data });
    }
    await seedPiaTeamSeries(prisma, today, unitId(piaTeamSeries.unitCode));
  },
};
