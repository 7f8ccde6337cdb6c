import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { getQuestionnaire } from '@luotsi/questionnaires';
import { completeResult } from './assessment';
import { median, shareOf, suppressGroup, suppressOne, summariseHandling } from './indicators';
import { symptomsModule } from './index';

describe('the privacy rule', () => {
  it('hides counts below 5', () => {
    expect(suppressOne(4)).toEqual({ value: null, suppressed: true });
    expect(suppressOne(5)).toEqual({ value: 5, suppressed: false });
  });

  it('hides a second count when one hidden count could be worked out from the total', () => {
    // 9 − 6 would give the hidden 3 back: the smallest other (6) is hidden too.
    expect(suppressGroup([6, 3], 9)).toEqual({
      members: [{ value: null, suppressed: true }, { value: null, suppressed: true }],
      total: { value: 9, suppressed: false },
    });
    expect(suppressGroup([6, 7], 13).members.map((c) => c.value)).toEqual([6, 7]);
  });

  it('gives a share only of shown counts', () => {
    expect(shareOf({ value: 6, suppressed: false }, { value: 10, suppressed: false })).toBe(60);
    expect(shareOf({ value: null, suppressed: true }, { value: 10, suppressed: false })).toBeNull();
    expect(median([600, 30, 90, 60, 120])).toBe(90);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });

  it('counts a request handled after its deadline as late, and an open one past it as overdue', () => {
    const sent = new Date('2025-03-03T08:00:00Z');
    const deadline = new Date('2025-03-03T10:00:00Z');
    const summary = summariseHandling(
      [
        { urgency: 'same-day', createdAt: sent, deadlineAt: deadline, handledAt: new Date('2025-03-03T09:00:00Z') },
        { urgency: 'same-day', createdAt: sent, deadlineAt: deadline, handledAt: new Date('2025-03-03T11:00:00Z') },
        { urgency: 'same-day', createdAt: sent, deadlineAt: deadline, handledAt: null },
      ],
      new Date('2025-03-04T08:00:00Z'),
    );
    expect(summary).toEqual({ sent: 3, handled: 2, handledInTime: 1, handledLate: 1, openOverdue: 1, medianHandlingMinutes: 120 });
  });
});

let db: Database;
const schema = buildSchema([identityModule, symptomsModule]);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
// Monday 3 March 2025, 10:00 in Helsinki (UTC+2): far from the demo data around the demo day.
const monday = new Date('2025-03-03T08:00:00Z');
const minutes = (m: number) => new Date(monday.getTime() + m * 60_000);

beforeAll(async () => {
  db = await openTestDatabase([identityModule, symptomsModule]);
  const runs: { municipalityCode: string; startedAt: Date; completed?: boolean; urgency?: string; contactOffered?: boolean }[] = [
    // Espoo: 12 started (one at 00:30 on Monday in Helsinki, still Sunday in UTC), 10 completed.
    ...Array.from({ length: 6 }, () => ({ municipalityCode: '049', startedAt: monday, completed: true, urgency: 'same-day', contactOffered: true })),
    ...Array.from({ length: 3 }, () => ({ municipalityCode: '049', startedAt: monday, completed: true, urgency: 'self-care', contactOffered: false })),
    { municipalityCode: '049', startedAt: monday, completed: true, urgency: 'within-days', contactOffered: true },
    { municipalityCode: '049', startedAt: monday },
    { municipalityCode: '049', startedAt: new Date('2025-03-02T22:30:00Z') },
    // Raseborg: 3 started, 2 completed.
    { municipalityCode: '710', startedAt: monday, completed: true, urgency: 'same-day', contactOffered: true },
    { municipalityCode: '710', startedAt: monday, completed: true, urgency: 'same-day', contactOffered: true },
    { municipalityCode: '710', startedAt: monday },
    // After the period: Monday 10 March 00:30 in Helsinki.
    { municipalityCode: '049', startedAt: new Date('2025-03-09T22:30:00Z'), completed: true, urgency: 'same-day', contactOffered: true },
  ];
  await db.prisma.symptomCheckRun.createMany({
    data: runs.map((r, i) => ({
      id: uuid(900 + i),
      questionnaireId: 'respiratory-infection',
      municipalityCode: r.municipalityCode,
      startedAt: r.startedAt,
      completedAt: r.completed ? r.startedAt : null,
      urgency: r.urgency ?? null,
      contactOffered: r.contactOffered ?? null,
    })),
  });
  // Six requests of an Espoo resident: handled in 30, 60, 90, 120 (in time) and 600 minutes
  // (late); one never handled and past its care-guarantee deadline (computed, none stored).
  const person = await db.prisma.person.findFirstOrThrow({ where: { oidcSubject: 'resident-tessa' } });
  const unit = await db.prisma.unit.findFirstOrThrow({ where: { type: 'health-centre' } });
  const handled = [30, 60, 90, 120, 600];
  await db.prisma.contactRequest.createMany({
    data: [
      ...handled.map((m, i) => ({
        id: uuid(950 + i), personId: person.id, questionnaireId: 'respiratory-infection', urgency: 'same-day', status: 'handled', unitId: unit.id, summary: {},
        createdAt: monday, deadlineAt: minutes(180), handledAt: minutes(m),
      })),
      { id: uuid(960), personId: person.id, questionnaireId: 'respiratory-infection', urgency: 'same-day', status: 'new', unitId: unit.id, summary: {}, createdAt: monday },
    ],
  });
});
afterAll(() => db?.close());

const query = /* GraphQL */ `
  query ($from: Date!, $to: Date!, $municipality: String) {
    symptomCheckIndicators(from: $from, to: $to, municipalityCode: $municipality) {
      started { value suppressed } completed { value suppressed } contactOffered { value suppressed }
      byUrgency { urgency count { value suppressed } }
      sent { value suppressed } sentShare
      handled { value suppressed } handledInTime { value suppressed } handledLate { value suppressed } handledInTimeShare
      openOverdue { value suppressed } medianHandlingMinutes
    }
  }
`;
type Count = { value: number | null; suppressed: boolean };
interface Result {
  symptomCheckIndicators: {
    started: Count;
    completed: Count;
    contactOffered: Count;
    byUrgency: { urgency: string; count: Count }[];
    sent: Count;
    sentShare: number | null;
    handled: Count;
    handledInTime: Count;
    handledLate: Count;
    handledInTimeShare: number | null;
    openOverdue: Count;
    medianHandlingMinutes: number | null;
  };
}
const shown = (value: number): Count => ({ value, suppressed: false });
const hidden: Count = { value: null, suppressed: true };
const now = new Date('2026-11-23T08:00:00Z');

describe('symptomCheckIndicators', () => {
  it('Espoo’s week: exact counts, small ones suppressed, handling against the deadlines', async () => {
    const staff = await viewerOf(db.prisma, 'staff', 'staff-mikko');
    const result = await runOperation<Result>(schema, db.prisma, query, { variables: { from: '2025-03-03', to: '2025-03-09', municipality: '049' }, staff, now });
    expect(result.errors).toBeUndefined();
    const i = result.data?.symptomCheckIndicators;
    expect(i).toMatchObject({ started: shown(12), completed: shown(10), contactOffered: shown(7), sent: shown(6), sentShare: 60 });
    expect(i?.byUrgency).toEqual([
      { urgency: 'emergency', count: hidden },
      { urgency: 'emergency-department', count: hidden },
      { urgency: 'same-day', count: shown(6) },
      { urgency: 'within-days', count: hidden },
      { urgency: 'non-urgent', count: hidden },
      { urgency: 'self-care', count: hidden },
    ]);
    // 5 handled: 4 in time and 1 late are both below 5; the open one is overdue (1, hidden).
    expect(i).toMatchObject({ handled: shown(5), handledInTime: hidden, handledLate: hidden, handledInTimeShare: null, openOverdue: hidden, medianHandlingMinutes: 90 });
  });

  it('the whole county adds Raseborg', async () => {
    const staff = await viewerOf(db.prisma, 'staff', 'staff-tiina');
    const result = await runOperation<Result>(schema, db.prisma, query, { variables: { from: '2025-03-03', to: '2025-03-09' }, staff, now });
    const i = result.data?.symptomCheckIndicators;
    expect(i).toMatchObject({ started: shown(15), completed: shown(12), contactOffered: shown(9), sent: shown(6), sentShare: 50 });
    expect(i?.byUrgency.find((u) => u.urgency === 'same-day')?.count).toEqual(shown(8));
  });

  it('is for managers and team leads only, and checks the period', async () => {
    const nurse = await viewerOf(db.prisma, 'staff', 'staff-hanna');
    const refused = await runOperation<Result>(schema, db.prisma, query, { variables: { from: '2025-03-03', to: '2025-03-09' }, staff: nurse });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const staff = await viewerOf(db.prisma, 'staff', 'staff-mikko');
    const backwards = await runOperation<Result>(schema, db.prisma, query, { variables: { from: '2025-03-09', to: '2025-03-03' }, staff });
    expect(backwards.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('recordSymptomCheckRun', () => {
  const mutation = /* GraphQL */ `
    mutation ($input: SymptomCheckRunInput!) { recordSymptomCheckRun(input: $input) }
  `;
  const answers = JSON.stringify(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), i === 0 ? 2 : 1])));

  it('counts a start once, then the result the BFF recomputes, then the municipality', async () => {
    const runId = uuid(1001);
    const start = { runId, questionnaireId: 'phq-9' };
    for (let i = 0; i < 2; i++) expect((await runOperation(schema, db.prisma, mutation, { variables: { input: start }, now: monday })).errors).toBeUndefined();
    expect(await db.prisma.symptomCheckRun.count({ where: { id: runId } })).toBe(1);

    await runOperation(schema, db.prisma, mutation, { variables: { input: { ...start, answers } }, now: minutes(5) });
    await runOperation(schema, db.prisma, mutation, { variables: { input: { ...start, answers, municipalityCode: '710' } }, now: minutes(9) });
    const row = await db.prisma.symptomCheckRun.findUniqueOrThrow({ where: { id: runId } });
    const expected = completeResult(getQuestionnaire('phq-9'), JSON.parse(answers));
    expect(row).toMatchObject({ startedAt: monday, completedAt: minutes(5), urgency: expected.urgency, contactOffered: expected.contact.offered, municipalityCode: '710' });
  });

  it('refuses invalid answers or ids and writes nothing', async () => {
    const before = await db.prisma.symptomCheckRun.count();
    const invalid = await runOperation(schema, db.prisma, mutation, { variables: { input: { runId: uuid(1002), questionnaireId: 'phq-9', answers: '{"1": 7}' } } });
    expect(invalid.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const badId = await runOperation(schema, db.prisma, mutation, { variables: { input: { runId: 'not-a-uuid', questionnaireId: 'phq-9' } } });
    expect(badId.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: ['input', 'runId'], code: 'invalid-format' })]);
    expect(await db.prisma.symptomCheckRun.count()).toBe(before);
  });
});
