import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { symptomsModule } from './index';

let db: Database;
const schema = buildSchema([identityModule, symptomsModule]);
let tessa: AuthenticatedUser;
let ville: AuthenticatedUser;
beforeAll(async () => {
  db = await openTestDatabase([identityModule, symptomsModule]);
  tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
  ville = await viewerOf(db.prisma, 'resident', 'resident-ville');
});
afterAll(() => db?.close());

const noDangerSigns = { 'severe-breathlessness': 'no', 'blue-lips': 'no', confusion: 'no', 'chest-pain': 'no', 'coughing-blood': 'no' };
/** Breathless on exertion: a same-day result with a contact request to the health centre. */
const breathless = { ...noDangerSigns, age: 40, fever: 'none', breathing: 'breathless-on-exertion', 'symptom-days': 3, 'other-symptoms': ['cough'] };
/** A mild cold: self-care. */
const mildCold = { ...noDangerSigns, age: 40, fever: 'none', breathing: 'normal', 'symptom-days': 2, 'other-symptoms': ['runny-nose'] };

const evaluateQuery = /* GraphQL */ `query ($id: ID!, $answers: String!) {
  evaluateSymptomAssessment(questionnaireId: $id, answers: $answers) {
    urgency endedEarly redFlags contactOffered contactUnitType advice { key text { text language } }
  }
}`;
type EvaluateResult = {
  evaluateSymptomAssessment: {
    urgency: string; endedEarly: boolean; redFlags: string[]; contactOffered: boolean; contactUnitType: string | null;
    advice: { key: string; text: { text: string; language: string } }[];
  };
};

const saveMutation = /* GraphQL */ `mutation ($input: SaveSymptomAssessmentInput!) {
  saveSymptomAssessment(input: $input) { id version answers completedAt forChildId result { urgency contactOffered } }
}`;
type Saved = { saveSymptomAssessment: { id: string; version: string; answers: string; completedAt: string | null; forChildId: string | null; result: { urgency: string; contactOffered: boolean } | null } | null };

const sendMutation = /* GraphQL */ `mutation ($input: SendSymptomContactRequestInput!) {
  sendSymptomContactRequest(input: $input) { id urgency status unit { code } questionnaire { id } }
}`;
type Sent = { sendSymptomContactRequest: { id: string; urgency: string; status: string; unit: { code: string }; questionnaire: { id: string } } | null };

async function save(viewer: AuthenticatedUser, answers: object, extra: Record<string, unknown> = {}) {
  const result = await runOperation<Saved>(schema, db.prisma, saveMutation, {
    resident: viewer,
    variables: { input: { questionnaireId: 'respiratory-infection', answers: JSON.stringify(answers), ...extra } },
  });
  expect(result.errors).toBeUndefined();
  const saved = result.data?.saveSymptomAssessment;
  if (!saved) throw new Error('not saved');
  return saved;
}

describe('a questionnaire for the UI', () => {
  it('is public and carries the questions, without the clinical sign-off notes', async () => {
    const result = await runOperation<{ symptomQuestionnaire: { id: string; version: string; title: { text: string }; definition: string } | null }>(
      schema, db.prisma, '{ symptomQuestionnaire(id: "respiratory-infection") { id version title { text } definition } }', { language: 'sv' },
    );
    expect(result.errors).toBeUndefined();
    const shown = result.data?.symptomQuestionnaire;
    expect(shown?.title.text).toBe('Luftvägsinfektion');
    const definition = JSON.parse(shown?.definition ?? '{}') as { sections: { items: { id: string }[] }[]; clinicalSignOff?: unknown };
    expect(definition.sections[0]?.items[0]?.id).toBe('severe-breathlessness');
    expect(definition.clinicalSignOff).toBeUndefined();
  });

  it('is null for an unknown one', async () => {
    const result = await runOperation(schema, db.prisma, '{ symptomQuestionnaire(id: "knee-symptoms") { id } }');
    expect(result.data).toEqual({ symptomQuestionnaire: null });
  });
});

describe('evaluating answers without signing in', () => {
  it('ends at a danger sign with the 112 advice in the reader’s language', async () => {
    const result = await runOperation<EvaluateResult>(schema, db.prisma, evaluateQuery, {
      language: 'sv', variables: { id: 'respiratory-infection', answers: JSON.stringify({ 'severe-breathlessness': 'yes' }) },
    });
    expect(result.errors).toBeUndefined();
    const shown = result.data?.evaluateSymptomAssessment;
    expect(shown).toMatchObject({ urgency: 'emergency', endedEarly: true, contactOffered: false });
    expect(shown?.advice[0]?.text.text).toContain('112');
    expect(shown?.advice[0]?.text.language).toBe('sv');
  });

  it('offers a contact to the health centre for a same-day result', async () => {
    const result = await runOperation<EvaluateResult>(schema, db.prisma, evaluateQuery, { variables: { id: 'respiratory-infection', answers: JSON.stringify(breathless) } });
    expect(result.data?.evaluateSymptomAssessment).toMatchObject({ urgency: 'same-day', contactOffered: true, contactUnitType: 'health-centre' });
  });

  it('refuses incomplete answers and anything that is not an answer, such as a score of the browser’s own', async () => {
    for (const answers of [{ ...noDangerSigns }, { ...breathless, score: 0 }, { ...breathless, urgency: 'self-care' }, '[1]', 'not json']) {
      const result = await runOperation(schema, db.prisma, evaluateQuery, {
        variables: { id: 'respiratory-infection', answers: typeof answers === 'string' ? answers : JSON.stringify(answers) },
      });
      expect(result.errors?.[0]?.extensions?.['code'], JSON.stringify(answers)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('saving and resuming', () => {
  it('needs a sign-in', async () => {
    const result = await runOperation(schema, db.prisma, saveMutation, { variables: { input: { questionnaireId: 'respiratory-infection', answers: '{}' } } });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('keeps incomplete answers, then the complete ones with the recomputed result', async () => {
    const started = await save(tessa, noDangerSigns);
    expect(started).toMatchObject({ version: '0.1.0', completedAt: null, result: null });
    const done = await save(tessa, breathless, { id: started.id });
    expect(done.id).toBe(started.id);
    expect(done.result).toEqual({ urgency: 'same-day', contactOffered: true });
    expect(done.completedAt).not.toBeNull();
    const mine = await runOperation<{ mySymptomAssessments: { id: string }[] }>(schema, db.prisma, '{ mySymptomAssessments { id } }', { resident: tessa });
    expect(mine.data?.mySymptomAssessments.map((a) => a.id)).toContain(started.id);
    const others = await runOperation<{ mySymptomAssessments: { id: string }[] }>(schema, db.prisma, '{ mySymptomAssessments { id } }', { resident: ville });
    expect(others.data?.mySymptomAssessments.map((a) => a.id)).not.toContain(started.id);
  });

  it('stores only the answers to questions the person was asked', async () => {
    const saved = await save(tessa, { ...breathless, 'fever-days': 9 });
    expect(JSON.parse(saved.answers)).not.toHaveProperty('fever-days');
  });

  it('does not let another resident change someone’s assessment', async () => {
    const tessas = await save(tessa, noDangerSigns);
    const result = await runOperation<Saved>(schema, db.prisma, saveMutation, {
      resident: ville, variables: { input: { id: tessas.id, questionnaireId: 'respiratory-infection', answers: JSON.stringify(mildCold) } },
    });
    expect(result.data?.saveSymptomAssessment).toBeNull();
  });
});

describe('sending a contact request', () => {
  it('goes to the health centre of the resident’s municipality with the urgency the BFF computed', async () => {
    const saved = await save(tessa, breathless);
    const result = await runOperation<Sent>(schema, db.prisma, sendMutation, {
      resident: tessa, variables: { input: { assessmentId: saved.id, consent: true, phone: '040 123 4567' } },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.sendSymptomContactRequest).toMatchObject({ urgency: 'same-day', status: 'new', unit: { code: 'ESP-TK' }, questionnaire: { id: 'respiratory-infection' } });
    const row = await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: result.data?.sendSymptomContactRequest?.id ?? '' } });
    expect(row).toMatchObject({ contactPhone: '040 123 4567', contactEmail: null, assessmentId: saved.id });
    expect(row.consentGivenAt).not.toBeNull();

    // The nurse of that unit sees it in her queue.
    const queue = await runOperation<{ symptomContactRequests: { id: string }[] }>(schema, db.prisma, '{ symptomContactRequests { id } }', {
      staff: await viewerOf(db.prisma, 'staff', 'staff-hanna'),
    });
    expect(queue.data?.symptomContactRequests.map((r) => r.id)).toContain(row.id);

    // Sending again does not make a second request.
    const again = await runOperation<Sent>(schema, db.prisma, sendMutation, {
      resident: tessa, variables: { input: { assessmentId: saved.id, consent: true, email: 'tessa@example.com' } },
    });
    expect(again.data?.sendSymptomContactRequest?.id).toBe(row.id);

    const mine = await runOperation<{ mySymptomContactRequests: { id: string; status: string; reply: string | null }[] }>(
      schema, db.prisma, '{ mySymptomContactRequests { id status reply } }', { resident: tessa },
    );
    expect(mine.data?.mySymptomContactRequests.find((r) => r.id === row.id)).toEqual({ id: row.id, status: 'new', reply: null });
  });

  it('goes to the Raseborg resident’s own health centre', async () => {
    const saved = await save(ville, breathless);
    const result = await runOperation<Sent>(schema, db.prisma, sendMutation, {
      resident: ville, variables: { input: { assessmentId: saved.id, consent: true, email: 'ville@example.com' } },
    });
    expect(result.data?.sendSymptomContactRequest?.unit.code).toBe('LAN-TK');
  });

  it('needs consent and a way to reach the sender', async () => {
    const saved = await save(tessa, breathless);
    for (const input of [{ consent: false, phone: '040 123 4567' }, { consent: true }, { consent: true, phone: 'call me' }]) {
      const result = await runOperation(schema, db.prisma, sendMutation, { resident: tessa, variables: { input: { assessmentId: saved.id, ...input } } });
      expect(result.errors?.[0]?.extensions?.['code'], JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect(await db.prisma.contactRequest.count({ where: { assessmentId: saved.id } })).toBe(0);
  });

  it('is not offered for a self-care result', async () => {
    const saved = await save(tessa, mildCold);
    const result = await runOperation(schema, db.prisma, sendMutation, { resident: tessa, variables: { input: { assessmentId: saved.id, consent: true, phone: '0401234567' } } });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('is null for someone else’s assessment', async () => {
    const saved = await save(tessa, breathless);
    const result = await runOperation<Sent>(schema, db.prisma, sendMutation, { resident: ville, variables: { input: { assessmentId: saved.id, consent: true, phone: '0401234567' } } });
    expect(result.data?.sendSymptomContactRequest).toBeNull();
  });

  it('lets a guardian send for a child under 15, and for nobody else', async () => {
    const children = await db.prisma.guardianship.findMany({ where: { guardianId: tessa.personId ?? '' }, include: { child: true } });
    const tuukka = children.find((c) => c.child.firstName === 'Tuukka')?.child;
    if (!tuukka) throw new Error('no demo child');
    const saved = await save(tessa, breathless, { forChildId: tuukka.id });
    expect(saved.forChildId).toBe(tuukka.id);
    const result = await runOperation<Sent>(schema, db.prisma, sendMutation, {
      resident: tessa, variables: { input: { assessmentId: saved.id, consent: true, phone: '040 123 4567', forChildId: tuukka.id } },
    });
    expect(result.errors).toBeUndefined();
    const row = await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: result.data?.sendSymptomContactRequest?.id ?? '' } });
    expect(row.personId).toBe(tuukka.id);

    const notMine = await runOperation(schema, db.prisma, saveMutation, {
      resident: ville, variables: { input: { questionnaireId: 'respiratory-infection', answers: '{}', forChildId: tuukka.id } },
    });
    expect(notMine.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
