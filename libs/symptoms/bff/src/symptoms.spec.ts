import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { getQuestionnaire, questionnaireIds } from '@luotsi/questionnaires';
import { symptomsModule } from './index';

let db: Database;
const schema = buildSchema([identityModule, symptomsModule]);
beforeAll(async () => {
  db = await openTestDatabase([identityModule, symptomsModule]);
});
afterAll(() => db?.close());

interface Text {
  text: string;
  language: string;
  isFallback: boolean;
}

describe('symptom questionnaires', () => {
  const query = /* GraphQL */ `query { symptomQuestionnaires { id category estimatedMinutes name { text language isFallback } description { text language isFallback } } }`;
  type Result = { symptomQuestionnaires: { id: string; category: string; estimatedMinutes: number; name: Text; description: Text }[] };

  it('are public and come in the reader’s language', async () => {
    const result = await runOperation<Result>(schema, db.prisma, query, { language: 'sv' });
    expect(result.errors).toBeUndefined();
    const list = result.data?.symptomQuestionnaires ?? [];
    expect(list.map((q) => q.id)).toEqual(
      expect.arrayContaining(['phq-9', 'gad-7', 'audit', 'audit-c', 'respiratory-infection', 'urinary-symptoms', 'low-back-pain']),
    );
    const phq9 = list.find((q) => q.id === 'phq-9');
    expect(phq9).toMatchObject({ category: 'mental-health', estimatedMinutes: 5 });
    expect(phq9?.name.language).toBe('sv');
    expect(phq9?.name.isFallback).toBe(false);
  });

  it('are exactly the engine’s questionnaires, named as the engine names them', async () => {
    const result = await runOperation<Result>(schema, db.prisma, query, { language: 'en' });
    const list = result.data?.symptomQuestionnaires ?? [];
    expect(list.map((q) => q.id).sort()).toEqual([...questionnaireIds].sort());
    const back = list.find((q) => q.id === 'low-back-pain');
    expect(back?.name).toEqual({ text: getQuestionnaire('low-back-pain').title.en, language: 'en', isFallback: false });
    expect(list.every((q) => !q.name.isFallback && !q.description.isFallback)).toBe(true);
  });

  it('leave out assessments that are not in use', async () => {
    await db.prisma.questionnaire.update({ where: { id: 'audit-c' }, data: { active: false } });
    try {
      const result = await runOperation<Result>(schema, db.prisma, query);
      expect(result.data?.symptomQuestionnaires.map((q) => q.id)).not.toContain('audit-c');
      expect(result.data?.symptomQuestionnaires.map((q) => q.id)).toContain('audit');
    } finally {
      await db.prisma.questionnaire.update({ where: { id: 'audit-c' }, data: { active: true } });
    }
  });
});

describe('symptom contact requests', () => {
  const query = /* GraphQL */ `query {
    symptomContactRequests { id urgency status receivedAt questionnaire { id name { text language } } unit { code } }
  }`;
  type Row = { id: string; urgency: string; status: string; receivedAt: string; questionnaire: { id: string; name: { text: string } }; unit: { code: string } };
  type Result = { symptomContactRequests: Row[] };

  it('are refused without a sign-in', async () => {
    const result = await runOperation(schema, db.prisma, query);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('ask a resident to sign in as staff', async () => {
    const result = await runOperation(schema, db.prisma, query, { resident: await viewerOf(db.prisma, 'resident', 'resident-tessa') });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('are refused to a professional of another role', async () => {
    const result = await runOperation(schema, db.prisma, query, { staff: await viewerOf(db.prisma, 'staff', 'staff-aino') });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('show the nurse her own unit’s open requests, the most urgent first, then the longest waiting', async () => {
    const result = await runOperation<Result>(schema, db.prisma, query, { staff: await viewerOf(db.prisma, 'staff', 'staff-hanna') });
    expect(result.errors).toBeUndefined();
    const rows = result.data?.symptomContactRequests ?? [];
    expect(rows.map((r) => [r.urgency, r.questionnaire.id, r.receivedAt])).toEqual([
      ['emergency-department', 'respiratory-infection', '2026-11-23T08:20:00.000Z'],
      ['same-day', 'phq-9', '2026-11-23T06:15:00.000Z'],
      ['same-day', 'respiratory-infection', '2026-11-23T07:42:00.000Z'],
      ['within-days', 'gad-7', '2026-11-22T08:00:00.000Z'],
      ['within-days', 'urinary-symptoms', '2026-11-22T19:05:00.000Z'],
      ['non-urgent', 'audit', '2026-11-20T15:12:00.000Z'],
      ['non-urgent', 'low-back-pain', '2026-11-21T10:30:00.000Z'],
      ['self-care', 'headache', '2026-11-19T12:00:00.000Z'],
    ]);
    // The handled request has left the queue; the Raseborg health centre's requests were never in it.
    expect(rows.map((r) => r.status)).not.toContain('handled');
    expect(new Set(rows.map((r) => r.unit.code))).toEqual(new Set(['ESP-TK']));
  });

  it('give another unit’s nurse that unit’s requests only', async () => {
    const result = await runOperation<Result>(schema, db.prisma, query, {
      staff: await viewerOf(db.prisma, 'staff', 'demo-staff-maria'),
      language: 'sv',
    });
    expect(result.data?.symptomContactRequests.map((r) => [r.unit.code, r.urgency, r.questionnaire.name.text])).toEqual([
      ['LAN-TK', 'emergency-department', getQuestionnaire('urinary-symptoms').title.sv],
      ['LAN-TK', 'same-day', getQuestionnaire('phq-9').title.sv],
    ]);
  });

  it('put a request with an unknown urgency first rather than hide it', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const hanna = await viewerOf(db.prisma, 'staff', 'staff-hanna');
    const template = await db.prisma.contactRequest.findFirstOrThrow({ where: { unit: { code: 'ESP-TK' } } });
    await db.prisma.contactRequest.create({
      data: { id, personId: template.personId, questionnaireId: 'low-back-pain', urgency: 'urgent', unitId: template.unitId, summary: { fi: 'Testi' } },
    });
    try {
      const result = await runOperation<Result>(schema, db.prisma, query, { staff: hanna });
      expect(result.data?.symptomContactRequests[0]).toMatchObject({ id, urgency: 'urgent' });
      expect(result.data?.symptomContactRequests).toHaveLength(9);
    } finally {
      await db.prisma.contactRequest.delete({ where: { id } });
    }
  });
});

describe('symptoms demo data', () => {
  it('can be seeded again without duplicates', async () => {
    const before = await db.prisma.contactRequest.count();
    await symptomsModule.seed?.run(db.prisma);
    expect(await db.prisma.contactRequest.count()).toBe(before);
    expect(await db.prisma.questionnaire.count()).toBe(questionnaireIds.length);
  });
});
