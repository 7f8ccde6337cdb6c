import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, subscribe, type ExecutionResult } from 'graphql';
import { demoId, type Database } from '@luotsi/db';
import {
  buildSchema,
  createAccessLog,
  createLiveEvents,
  openTestDatabase,
  runOperation,
  viewerOf,
  type AuthenticatedUser,
  type BffContext,
  type LiveEvents,
} from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { symptomsModule } from '../index';

let db: Database;
let hanna: AuthenticatedUser;
let jussi: AuthenticatedUser;
let maria: AuthenticatedUser;
let tessa: AuthenticatedUser;
const schema = buildSchema([identityModule, symptomsModule]);
beforeAll(async () => {
  db = await openTestDatabase([identityModule, symptomsModule]);
  hanna = await viewerOf(db.prisma, 'staff', 'staff-hanna');
  jussi = await viewerOf(db.prisma, 'staff', 'demo-staff-jussi');
  maria = await viewerOf(db.prisma, 'staff', 'demo-staff-maria');
  tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
});
afterAll(() => db?.close());

/** Seeded requests of Espoo's health centre (Hanna's and Jussi's unit). */
const esp = (key: string) => demoId('contact-request', key);

const open = /* GraphQL */ `query ($id: ID!) {
  symptomContactRequest(id: $id) {
    id status claimedByMe summary { text } patientName answers { question answer }
    history { type staffName toStaffName note outcome }
  }
}`;
type Opened = {
  symptomContactRequest: {
    id: string; status: string; claimedByMe: boolean; summary: { text: string }; patientName: string;
    answers: { question: string; answer: string }[];
    history: { type: string; staffName: string | null; toStaffName: string | null; note: string | null; outcome: string | null }[];
  } | null;
};

const claim = `mutation ($id: ID!, $key: String!) { claimSymptomContactRequest(id: $id, idempotencyKey: $key) { id status claimedByMe } }`;
const answer = `mutation ($id: ID!, $key: String!, $message: String!) { answerSymptomContactRequest(id: $id, idempotencyKey: $key, message: $message) { id status reply } }`;
const call = `mutation ($id: ID!, $key: String!, $note: String!) { recordSymptomContactRequestCall(id: $id, idempotencyKey: $key, note: $note) { id } }`;
const reassign = `mutation ($id: ID!, $key: String!, $to: ID!) { reassignSymptomContactRequest(id: $id, idempotencyKey: $key, toStaffId: $to) { id claimedById } }`;
const close = `mutation ($id: ID!, $key: String!, $outcome: String!) { closeSymptomContactRequest(id: $id, idempotencyKey: $key, outcome: $outcome) { id status outcome closedAt } }`;

const reasonOf = (result: ExecutionResult) => result.errors?.[0]?.extensions?.['reason'];

describe('opening a request', () => {
  it('shows the summary and the history, and writes the access log at every opening', async () => {
    for (const requestId of ['open-1', 'open-2']) {
      const result = await runOperation<Opened>(schema, db.prisma, open, { staff: hanna, variables: { id: esp('esp-1') }, requestId });
      expect(result.errors).toBeUndefined();
      expect(result.data?.symptomContactRequest).toMatchObject({ id: esp('esp-1'), patientName: 'Matti Korhonen' });
      const row = await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: esp('esp-1') } });
      const log = await db.prisma.accessLogEntry.findMany({ where: { requestId } });
      expect(log).toMatchObject([{ objectType: 'ContactRequest', objectId: esp('esp-1'), clientPersonId: row.personId, purpose: 'unit-queue', actorRole: 'nurse' }]);
    }
  });

  it('names the red flags in the reader’s language, not by the engine’s ids, and lists the answers', async () => {
    const answers = {
      'severe-breathlessness': 'no', 'blue-lips': 'no', confusion: 'no', 'chest-pain': 'no', 'coughing-blood': 'no',
      age: 40, fever: 'none', breathing: 'breathless-on-exertion', 'symptom-days': 3, 'other-symptoms': ['cough'],
    };
    const saved = await runOperation<{ saveSymptomAssessment: { id: string } }>(schema, db.prisma,
      'mutation ($input: SaveSymptomAssessmentInput!) { saveSymptomAssessment(input: $input) { id } }',
      { resident: tessa, variables: { input: { questionnaireId: 'respiratory-infection', answers: JSON.stringify(answers) } } });
    const sent = await runOperation<{ sendSymptomContactRequest: { id: string } }>(schema, db.prisma,
      'mutation ($input: SendSymptomContactRequestInput!) { sendSymptomContactRequest(input: $input) { id } }',
      { resident: tessa, variables: { input: { assessmentId: saved.data?.saveSymptomAssessment.id, consent: true, phone: '040 123 4567' } } });
    const id = sent.data?.sendSymptomContactRequest.id;
    const opened = await runOperation<Opened>(schema, db.prisma, open, { staff: hanna, variables: { id }, language: 'sv' });
    const summary = opened.data?.symptomContactRequest?.summary.text ?? '';
    expect(summary).toContain('(Andnöd vid ansträngning)');
    expect(summary).not.toContain('breathless-on-exertion');
    expect(opened.data?.symptomContactRequest?.answers).toContainEqual({ question: expect.any(String), answer: 'Hosta' });
    expect(opened.data?.symptomContactRequest?.history.map((h) => h.type)).toEqual(['sent']);
  });

  it('is not possible for a nurse of another unit, and leaves no trace of the request', async () => {
    const result = await runOperation<Opened>(schema, db.prisma, open, { staff: maria, variables: { id: esp('esp-1') }, requestId: 'open-maria' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.symptomContactRequest).toBeNull();
    expect(await db.prisma.accessLogEntry.count({ where: { requestId: 'open-maria' } })).toBe(0);
  });
});

describe('actions on a request', () => {
  it('claims a request for one nurse; a colleague is told who has it, a retry does nothing twice', async () => {
    const key = randomUUID();
    const first = await runOperation(schema, db.prisma, claim, { staff: hanna, variables: { id: esp('esp-2'), key } });
    expect(first.errors).toBeUndefined();
    expect(first.data).toMatchObject({ claimSymptomContactRequest: { status: 'in-progress', claimedByMe: true } });
    const retry = await runOperation(schema, db.prisma, claim, { staff: hanna, variables: { id: esp('esp-2'), key } });
    expect(retry.errors).toBeUndefined();
    expect(await db.prisma.contactRequestEvent.count({ where: { contactRequestId: esp('esp-2'), type: 'claimed' } })).toBe(1);

    const colleague = await runOperation(schema, db.prisma, claim, { staff: jussi, variables: { id: esp('esp-2'), key: randomUUID() } });
    expect(reasonOf(colleague)).toBe('claimed-by-other');
    const outsider = await runOperation(schema, db.prisma, claim, { staff: maria, variables: { id: esp('esp-2'), key: randomUUID() } });
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data).toEqual({ claimSymptomContactRequest: null });
  });

  it('answers by message: the sender gets a notification and sees the answer in My requests', async () => {
    // esp-3 is Tessa's own request.
    const result = await runOperation(schema, db.prisma, answer, {
      staff: hanna, variables: { id: esp('esp-3'), key: randomUUID(), message: '  Soitan sinulle tänään kello 14 mennessä.  ' }, requestId: 'answer-1',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ answerSymptomContactRequest: { reply: 'Soitan sinulle tänään kello 14 mennessä.' } });
    const log = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'answer-1', action: 'update' } });
    expect(log).toHaveLength(1);
    const notifications = await db.prisma.notification.findMany({ where: { type: 'symptoms.contact-request-answered' } });
    expect(notifications).toMatchObject([{ recipientPersonId: tessa.personId, data: { contactRequestId: esp('esp-3') } }]);

    const mine = await runOperation<{ mySymptomContactRequests: { id: string; reply: string | null }[] }>(
      schema, db.prisma, '{ mySymptomContactRequests { id reply } }', { resident: tessa },
    );
    expect(mine.data?.mySymptomContactRequests.find((r) => r.id === esp('esp-3'))?.reply).toBe('Soitan sinulle tänään kello 14 mennessä.');
  });

  it('refuses an empty answer with a field error', async () => {
    const result = await runOperation(schema, db.prisma, answer, { staff: hanna, variables: { id: esp('esp-4'), key: randomUUID(), message: '   ' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['message'], code: 'required' }] });
    expect(await db.prisma.contactRequest.findUniqueOrThrow({ where: { id: esp('esp-4') } })).toMatchObject({ status: 'new', reply: null });
  });

  it('reassigns to a colleague of the unit, who can then act while the first nurse cannot', async () => {
    await runOperation(schema, db.prisma, claim, { staff: hanna, variables: { id: esp('esp-5'), key: randomUUID() } });
    const toMaria = await runOperation(schema, db.prisma, reassign, { staff: hanna, variables: { id: esp('esp-5'), key: randomUUID(), to: maria.staffId } });
    expect(reasonOf(toMaria)).toBe('assignee-not-of-unit');
    const toJussi = await runOperation(schema, db.prisma, reassign, { staff: hanna, variables: { id: esp('esp-5'), key: randomUUID(), to: jussi.staffId } });
    expect(toJussi.data).toMatchObject({ reassignSymptomContactRequest: { claimedById: jussi.staffId } });
    expect(reasonOf(await runOperation(schema, db.prisma, call, { staff: hanna, variables: { id: esp('esp-5'), key: randomUUID(), note: 'Ei vastannut.' } }))).toBe('claimed-by-other');
    const byJussi = await runOperation(schema, db.prisma, call, { staff: jussi, variables: { id: esp('esp-5'), key: randomUUID(), note: 'Soitin, sovittiin aika.' } });
    expect(byJussi.errors).toBeUndefined();

    const opened = await runOperation<Opened>(schema, db.prisma, open, { staff: jussi, variables: { id: esp('esp-5') } });
    expect(opened.data?.symptomContactRequest?.history.map((h) => [h.type, h.staffName, h.toStaffName, h.note])).toEqual([
      ['claimed', 'Hanna Hoitaja', null, null],
      ['reassigned', 'Hanna Hoitaja', 'Jussi Järvinen', null],
      ['phone-call', 'Jussi Järvinen', null, 'Soitin, sovittiin aika.'],
    ]);
  });

  it('closes with an outcome code; the request leaves the queue and nothing more can be done', async () => {
    const unknown = await runOperation(schema, db.prisma, close, { staff: hanna, variables: { id: esp('esp-8'), key: randomUUID(), outcome: 'done' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['outcome'], code: 'invalid-choice' }] });
    const closed = await runOperation(schema, db.prisma, close, { staff: hanna, variables: { id: esp('esp-8'), key: randomUUID(), outcome: 'advice-given' } });
    expect(closed.data).toMatchObject({ closeSymptomContactRequest: { status: 'handled', outcome: 'advice-given' } });
    const queue = await runOperation<{ symptomContactRequests: { id: string }[] }>(schema, db.prisma, '{ symptomContactRequests { id } }', { staff: hanna });
    expect(queue.data?.symptomContactRequests.map((r) => r.id)).not.toContain(esp('esp-8'));
    const again = await runOperation(schema, db.prisma, answer, { staff: hanna, variables: { id: esp('esp-8'), key: randomUUID(), message: 'Hei' } });
    expect(reasonOf(again)).toBe('closed');
  });
});

describe('the queue', () => {
  it('lists the most urgent first, then by care-guarantee deadline', async () => {
    const result = await runOperation<{ symptomContactRequests: { urgency: string; deadlineAt: string }[] }>(
      schema, db.prisma, '{ symptomContactRequests { urgency deadlineAt } }', { staff: hanna },
    );
    const list = result.data?.symptomContactRequests ?? [];
    expect(list.length).toBeGreaterThan(2);
    const order = ['emergency', 'emergency-department', 'same-day', 'within-days', 'non-urgent', 'self-care'];
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      const byUrgency = order.indexOf(a.urgency) - order.indexOf(b.urgency);
      expect(byUrgency < 0 || (byUrgency === 0 && a.deadlineAt <= b.deadlineAt)).toBe(true);
    }
  });
});

describe('live queue events', () => {
  function contextOf(staff: AuthenticatedUser, live: LiveEvents): BffContext {
    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const now = () => new Date();
    return {
      requestId: 'subscription', language: 'fi', prisma: db.prisma, viewer: { resident: null, staff }, logger: silent, now, live,
      accessLog: createAccessLog({ prisma: db.prisma, staff, requestId: 'subscription', now }),
    };
  }
  async function openStream(staff: AuthenticatedUser, live: LiveEvents) {
    const stream = await subscribe({ schema, document: parse('subscription { symptomQueueEvents { kind contactRequestId urgency } }'), contextValue: contextOf(staff, live) });
    if (!(Symbol.asyncIterator in stream)) throw new Error(`not a stream: ${JSON.stringify(stream.errors)}`);
    return stream;
  }

  it('tells the nurses of the receiving unit, and nobody else, what happened to a request', async () => {
    const live = createLiveEvents();
    const hannas = await openStream(hanna, live);
    const marias = await openStream(maria, live);
    // A stream listens from its first read on (as Yoga reads it at once when the client connects).
    const hannasFirst = hannas.next();
    const mariasFirst = marias.next();
    await new Promise((resolve) => setImmediate(resolve));

    await runOperation(schema, db.prisma, claim, { staff: hanna, live, variables: { id: esp('esp-6'), key: randomUUID() } });
    const lanRequest = demoId('contact-request', 'lan-1');
    await runOperation(schema, db.prisma, claim, { staff: maria, live, variables: { id: lanRequest, key: randomUUID() } });

    expect((await hannasFirst).value).toEqual({ data: { symptomQueueEvents: { kind: 'claimed', contactRequestId: esp('esp-6'), urgency: 'emergency-department' } } });
    // Maria's first event is her own unit's: Espoo's never reached her.
    expect((await mariasFirst).value).toMatchObject({ data: { symptomQueueEvents: { kind: 'claimed', contactRequestId: lanRequest } } });
    await hannas.return?.();
    await marias.return?.();
  });

  it('is refused to professionals who do not work the queue', async () => {
    const aino = await viewerOf(db.prisma, 'staff', 'staff-aino');
    const result = await subscribe({ schema, document: parse('subscription { symptomQueueEvents { kind } }'), contextValue: contextOf(aino, createLiveEvents()) });
    expect(Symbol.asyncIterator in result).toBe(false);
    expect((result as ExecutionResult).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
