import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { appointmentsModule } from './index';

let db: Database;
const schema = buildSchema([identityModule, appointmentsModule]);
// Migrating and seeding an in-memory database takes a while on a busy machine.
beforeAll(async () => {
  db = await openTestDatabase([identityModule, appointmentsModule]);
}, 180_000);
afterAll(() => db?.close());

/** The demo date: Monday 2026-11-23, 8.00 in Helsinki. */
const demoNow = new Date('2026-11-23T06:00:00Z');

const helsinkiParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
function helsinki(iso: string): { weekday: string; minutes: number } {
  const parts = Object.fromEntries(helsinkiParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { weekday: parts['weekday'] ?? '', minutes: Number(parts['hour']) * 60 + Number(parts['minute']) };
}

describe('calendarEntryTypes', () => {
  const query = /* GraphQL */ `query { calendarEntryTypes { code name { text language } clientWork } }`;

  it('give professionals the county’s uniform list in their language', async () => {
    const result = await runOperation<{ calendarEntryTypes: { code: string; name: { text: string }; clientWork: boolean }[] }>(
      schema, db.prisma, query, { staff: await viewerOf(db.prisma, 'staff', 'staff-aino'), language: 'sv' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.calendarEntryTypes.map((t) => t.code)).toEqual([
      'client-visit', 'home-visit', 'phone-contact', 'remote-meeting', 'first-contact', 'travel', 'team-meeting', 'documentation', 'absence',
    ]);
    expect(result.data?.calendarEntryTypes[1]).toEqual({ code: 'home-visit', name: { text: 'Hembesök', language: 'sv' }, clientWork: true });
    expect(result.data?.calendarEntryTypes.find((t) => t.code === 'absence')?.clientWork).toBe(false);
  });

  it('are refused to residents and anonymous users', async () => {
    // A resident's session does not reach staff data: the staff area has its own sign-in.
    const tessa = await runOperation(schema, db.prisma, query, { resident: await viewerOf(db.prisma, 'resident', 'resident-tessa') });
    expect(tessa.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const anonymous = await runOperation(schema, db.prisma, query);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('myAppointments', () => {
  const query = /* GraphQL */ `query { myAppointments { startsAt endsAt contactMode type { code name { text } } unit { code name { text } } } }`;
  type Result = {
    myAppointments: { startsAt: string; endsAt: string; contactMode: string | null; type: { code: string; name: { text: string } }; unit: { code: string; name: { text: string } } }[];
  };

  it('show the resident her own upcoming times, the earliest first, in her language', async () => {
    const result = await runOperation<Result>(schema, db.prisma, query, {
      resident: await viewerOf(db.prisma, 'resident', 'resident-tessa'),
      language: 'en',
      now: demoNow,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.myAppointments).toEqual([
      {
        startsAt: '2026-11-25T08:00:00.000Z',
        endsAt: '2026-11-25T09:00:00.000Z',
        contactMode: 'VISIT',
        type: { code: 'first-contact', name: { text: 'First contact' } },
        unit: { code: 'PNE-ESP', name: { text: 'Family counselling, Espoo' } },
      },
      {
        startsAt: '2026-12-01T07:00:00.000Z',
        endsAt: '2026-12-01T08:30:00.000Z',
        contactMode: null,
        type: { code: 'home-visit', name: { text: 'Home visit' } },
        unit: { code: 'KOTI-ESP', name: { text: 'Home care, Espoo' } },
      },
    ]);
  });

  it('keep a time while it is going on and drop it once it has ended', async () => {
    const tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
    const at = async (now: string) =>
      (await runOperation<Result>(schema, db.prisma, query, { resident: tessa, now: new Date(now) })).data?.myAppointments.map((a) => a.type.code);
    expect(await at('2026-11-25T08:59:00Z')).toEqual(['first-contact', 'home-visit']);
    expect(await at('2026-11-25T09:00:00Z')).toEqual(['home-visit']);
  });

  it('show nothing of other residents’ times', async () => {
    const result = await runOperation<Result>(schema, db.prisma, query, { resident: await viewerOf(db.prisma, 'resident', 'resident-ville'), now: demoNow });
    expect(result.errors).toBeUndefined();
    // Ville has one client visit of his own (Friday 27.11. at 12.00 in Helsinki), none of Tessa's.
    expect(result.data?.myAppointments.map((a) => [a.type.code, a.startsAt])).toEqual([['client-visit', '2026-11-27T10:00:00.000Z']]);
  });

  it('are refused without a resident sign-in', async () => {
    const anonymous = await runOperation(schema, db.prisma, query);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
    // A professional's session is not a resident's.
    const aino = await runOperation(schema, db.prisma, query, { staff: await viewerOf(db.prisma, 'staff', 'staff-aino') });
    expect(aino.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('firstContactTimes', () => {
  const query = /* GraphQL */ `query Times($service: FirstContactService, $contactMode: ContactMode, $limit: Int) {
    firstContactTimes(service: $service, contactMode: $contactMode, limit: $limit) { startsAt endsAt lengthMinutes contactMode service unit { code name { text } } }
  }`;
  type Time = { startsAt: string; endsAt: string; lengthMinutes: number; contactMode: string; service: string; unit: { code: string; name: { text: string } } };
  const times = async (options: { now?: Date; variables?: Record<string, unknown>; language?: 'fi' | 'sv' | 'en' } = {}) => {
    const result = await runOperation<{ firstContactTimes: Time[] }>(schema, db.prisma, query, {
      staff: await viewerOf(db.prisma, 'staff', 'staff-aino'),
      now: demoNow,
      ...options,
    });
    expect(result.errors).toBeUndefined();
    return result.data?.firstContactTimes ?? [];
  };

  it('give the advisor the free times of all four target services, the earliest first', async () => {
    const list = await times({ variables: { limit: 100 }, language: 'sv' });
    expect(list).toHaveLength(20);
    expect(list.slice(0, 3)).toEqual([
      { startsAt: '2026-11-23T07:00:00.000Z', endsAt: '2026-11-23T08:00:00.000Z', lengthMinutes: 60, contactMode: 'PHONE', service: 'FAMILY_HOME_HELP', unit: { code: 'KOTI-ESP', name: { text: 'Hemvården i Esbo' } } },
      { startsAt: '2026-11-23T11:00:00.000Z', endsAt: '2026-11-23T12:30:00.000Z', lengthMinutes: 90, contactMode: 'VISIT', service: 'FAMILY_COUNSELLING', unit: { code: 'PNE-ESP', name: { text: 'Familjerådgivningen i Esbo' } } },
      { startsAt: '2026-11-24T06:30:00.000Z', endsAt: '2026-11-24T07:30:00.000Z', lengthMinutes: 60, contactMode: 'REMOTE', service: 'YOUTH_SERVICES', unit: { code: 'NUORI-ESP', name: { text: 'Tjänster för unga, Esbo' } } },
    ]);
    const starts = list.map((t) => t.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(new Set(list.map((t) => t.service))).toEqual(new Set(['FAMILY_HOME_HELP', 'FAMILY_COUNSELLING', 'YOUTH_SERVICES', 'DISABILITY_SERVICES']));
    // Tessa's booked time, the early-support family work time and the bookable client visit are not free first contacts.
    expect(starts).not.toContain('2026-11-25T08:00:00.000Z');
    expect(list.some((t) => t.unit.code === 'PERHE-ESP')).toBe(false);
    expect(starts).not.toContain('2026-11-30T11:00:00.000Z');
  });

  it('are on weekdays in office hours, Helsinki time', async () => {
    for (const time of await times({ variables: { limit: 100 } })) {
      const start = helsinki(time.startsAt);
      const end = helsinki(time.endsAt);
      expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']).toContain(start.weekday);
      expect(start.minutes).toBeGreaterThanOrEqual(8 * 60);
      expect(end.minutes).toBeLessThanOrEqual(16 * 60);
    }
  });

  it('leave out the times that have already started', async () => {
    // 13.30 in Helsinki on the demo day: the 9.00 and 13.00 times have begun.
    const list = await times({ now: new Date('2026-11-23T11:30:00Z'), variables: { limit: 1 } });
    expect(list.map((t) => [t.startsAt, t.unit.code])).toEqual([['2026-11-24T06:30:00.000Z', 'NUORI-ESP']]);
    expect(await times({ now: new Date('2026-12-31T10:00:00Z') })).toEqual([]);
  });

  it('name the professional whose calendar each time is in', async () => {
    const result = await runOperation<{ firstContactTimes: { professional: string }[] }>(
      schema, db.prisma, '{ firstContactTimes(service: FAMILY_COUNSELLING, limit: 1) { professional } }',
      { staff: await viewerOf(db.prisma, 'staff', 'staff-aino'), now: demoNow },
    );
    expect(result.data?.firstContactTimes).toEqual([{ professional: 'Riitta Aalto' }]);
  });

  it('narrow to one service', async () => {
    const list = await times({ variables: { service: 'DISABILITY_SERVICES' } });
    expect(list.map((t) => t.unit.code)).toEqual(['VAMM-ESP', 'VAMM-LAN', 'VAMM-ESP', 'VAMM-LAN', 'VAMM-ESP']);
  });

  it('say how each contact happens and narrow to one way, alone or with a service', async () => {
    const all = await times({ variables: { limit: 100 } });
    expect(new Set(all.map((t) => t.contactMode))).toEqual(new Set(['PHONE', 'VISIT', 'REMOTE']));
    const remote = await times({ variables: { contactMode: 'REMOTE', limit: 100 } });
    expect(remote.map((t) => t.unit.code)).toEqual(['NUORI-ESP', 'VAMM-ESP', 'NUORI-POH']);
    expect(remote.every((t) => t.contactMode === 'REMOTE')).toBe(true);
    const counsellingVisits = await times({ variables: { service: 'FAMILY_COUNSELLING', contactMode: 'VISIT', limit: 100 } });
    expect(counsellingVisits.map((t) => [t.unit.code, t.contactMode])).toEqual([
      ['PNE-ESP', 'VISIT'], ['PNE-POH', 'VISIT'], ['PNE-ESP', 'VISIT'], ['PNE-POH', 'VISIT'],
    ]);
  });

  it('are refused to other professionals, residents and anonymous users', async () => {
    const kaisa = await runOperation(schema, db.prisma, query, { staff: await viewerOf(db.prisma, 'staff', 'staff-kaisa') });
    expect(kaisa.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(kaisa.data).toBeNull();
    // A resident's session does not reach staff data: the staff area has its own sign-in.
    const tessa = await runOperation(schema, db.prisma, query, { resident: await viewerOf(db.prisma, 'resident', 'resident-tessa') });
    expect(tessa.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const anonymous = await runOperation(schema, db.prisma, query);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
