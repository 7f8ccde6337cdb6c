import { demoId, type PrismaClient, type SeedStep } from '@luotsi/db';
import { calendarEntryTypes } from './calendar';

/**
 * The uniform entry types, and two weeks of calendars from the demo date Monday 2026-11-23: about
 * twenty free first-contact times in the target services, a few internal entries, and Tessa
 * Testilä's own times. Times are written in Helsinki time; the whole window is in winter time
 * (UTC+2, no DST change between late October and late March), so the offset is fixed here.
 */
const helsinki = (date: string, time: string) => new Date(`${date}T${time}:00+02:00`);

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

interface DemoEntry {
  key: string;
  /** OIDC subject of the professional. */
  staff: string;
  unitCode: string;
  type: string;
  date: string;
  time: string;
  minutes: number;
  bookable?: boolean;
  /** OIDC subject of the resident the time is for. */
  client?: string;
}

const free = (key: string, staff: string, unitCode: string, date: string, time: string, minutes: number): DemoEntry => ({
  key, staff, unitCode, type: 'first-contact', date, time, minutes, bookable: true,
});

const entries: readonly DemoEntry[] = [
  // Free first-contact times, week 48
  free('fc-01', 'demo-staff-satu', 'KOTI-ESP', '2026-11-23', '09:00', 60),
  free('fc-02', 'demo-staff-riitta', 'PNE-ESP', '2026-11-23', '13:00', 90),
  free('fc-03', 'demo-staff-niklas', 'NUORI-ESP', '2026-11-24', '08:30', 60),
  free('fc-04', 'demo-staff-heidi', 'VAMM-ESP', '2026-11-24', '10:00', 60),
  free('fc-05', 'demo-staff-satu', 'KOTI-ETE', '2026-11-24', '14:00', 60),
  free('fc-06', 'demo-staff-pekka', 'PNE-POH', '2026-11-25', '09:00', 90),
  free('fc-07', 'demo-staff-niklas', 'NUORI-POH', '2026-11-25', '12:30', 45),
  free('fc-08', 'demo-staff-heidi', 'VAMM-LAN', '2026-11-26', '09:30', 60),
  free('fc-09', 'demo-staff-riitta', 'PNE-ESP', '2026-11-26', '13:00', 90),
  free('fc-10', 'demo-staff-satu', 'KOTI-ESP', '2026-11-27', '10:00', 60),
  // week 49
  free('fc-11', 'demo-staff-heidi', 'VAMM-ESP', '2026-11-30', '09:00', 60),
  free('fc-12', 'demo-staff-niklas', 'NUORI-ESP', '2026-11-30', '14:00', 45),
  free('fc-13', 'demo-staff-pekka', 'PNE-POH', '2026-12-01', '08:30', 90),
  free('fc-14', 'demo-staff-satu', 'KOTI-ETE', '2026-12-01', '12:00', 60),
  free('fc-15', 'demo-staff-riitta', 'PNE-ESP', '2026-12-02', '10:00', 90),
  free('fc-16', 'demo-staff-heidi', 'VAMM-LAN', '2026-12-02', '13:30', 60),
  free('fc-17', 'demo-staff-niklas', 'NUORI-POH', '2026-12-03', '09:00', 45),
  free('fc-18', 'demo-staff-satu', 'KOTI-ESP', '2026-12-03', '14:30', 60),
  free('fc-19', 'demo-staff-pekka', 'PNE-POH', '2026-12-04', '09:00', 90),
  free('fc-20', 'demo-staff-heidi', 'VAMM-ESP', '2026-12-04', '11:00', 60),
  // Not free: already past, or not a first contact in a target service.
  free('fc-past', 'demo-staff-satu', 'KOTI-ESP', '2026-11-20', '09:00', 60),
  free('fc-early-support', 'demo-staff-eeva', 'PERHE-ESP', '2026-11-26', '10:00', 60),
  { key: 'heidi-open-visit', staff: 'demo-staff-heidi', unitCode: 'VAMM-ESP', type: 'client-visit', date: '2026-11-30', time: '13:00', minutes: 60, bookable: true },
  { key: 'riitta-team', staff: 'demo-staff-riitta', unitCode: 'PNE-ESP', type: 'team-meeting', date: '2026-11-23', time: '08:00', minutes: 30 },
  { key: 'satu-documentation', staff: 'demo-staff-satu', unitCode: 'KOTI-ESP', type: 'documentation', date: '2026-11-23', time: '15:00', minutes: 45 },
  { key: 'satu-travel', staff: 'demo-staff-satu', unitCode: 'KOTI-ESP', type: 'travel', date: '2026-12-01', time: '08:30', minutes: 30 },
  // Tessa Testilä's own times: one booked first contact, one home visit, one already past.
  { key: 'tessa-first-contact', staff: 'demo-staff-riitta', unitCode: 'PNE-ESP', type: 'first-contact', date: '2026-11-25', time: '10:00', minutes: 60, bookable: true, client: 'resident-tessa' },
  { key: 'tessa-home-visit', staff: 'demo-staff-satu', unitCode: 'KOTI-ESP', type: 'home-visit', date: '2026-12-01', time: '09:00', minutes: 90, client: 'resident-tessa' },
  { key: 'tessa-phone-past', staff: 'demo-staff-eeva', unitCode: 'PERHE-ESP', type: 'phone-contact', date: '2026-11-10', time: '13:00', minutes: 30, client: 'resident-tessa' },
];

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

    const staffIds = new Map<string, string>();
    const persons = new Map<string, string>();
    for (const e of entries) {
      if (!staffIds.has(e.staff)) staffIds.set(e.staff, (await prisma.staffMember.findUniqueOrThrow({ where: { oidcSubject: e.staff } })).id);
      if (e.client && !persons.has(e.client)) persons.set(e.client, (await prisma.person.findUniqueOrThrow({ where: { oidcSubject: e.client } })).id);
      const startsAt = helsinki(e.date, e.time);
      const id = demoId('calendar-entry', e.key);
      const data = {
        staffId: staffIds.get(e.staff)!,
        unitId: unitId(e.unitCode),
        typeCode: e.type,
        startsAt,
        endsAt: new Date(startsAt.getTime() + e.minutes * 60_000),
        clientId: e.client ? persons.get(e.client)! : null,
        bookable: e.bookable ?? false,
      };
      await prisma.calendarEntry.upsert({ where: { id }, create: { id, ...data }, update: data });
    }
  },
};
