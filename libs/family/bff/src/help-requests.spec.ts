import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { familyModule } from './index';
import { demoReplyCode } from './seed';

const schema = buildSchema([identityModule, familyModule]);
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase([identityModule, familyModule]);
});
afterAll(() => db?.close());

const send = /* GraphQL */ `mutation ($input: HelpRequestInput!) { sendHelpRequest(input: $input) { id contactMethod receivedAt dueAt } }`;
const read = /* GraphQL */ `mutation ($code: String!) { readHelpRequestReply(code: $code) { status reply answeredAt dueAt } }`;
const reply = /* GraphQL */ `mutation ($id: ID!, $message: String!) { replyToHelpRequest(id: $id, message: $message) { id status reply } }`;
const claim = /* GraphQL */ `mutation ($id: ID!) { claimHelpRequest(id: $id) { id claimed claimedByMe } }`;
const close = /* GraphQL */ `mutation ($id: ID!, $closeCode: String!) { closeHelpRequest(id: $id, closeCode: $closeCode) { id status closeCode } }`;
const queue = /* GraphQL */ `query { familyHelpRequests { id topics message deadline anonymous contactPhone } }`;

let n = 0;
const key = () => `6f0c1a2e-7a9b-4c3d-8e1f-${String(++n).padStart(12, '0')}`;
const anonymousInput = (overrides: Record<string, unknown> = {}) => ({
  topics: ['sleep', 'parent-wellbeing'],
  message: 'Vauva heräilee tunnin välein, enkä jaksa enää.',
  contactMethod: 'anonymous',
  municipalityCode: '049',
  idempotencyKey: key(),
  replyCode: 'K7QM-4XRT-9HCD',
  ...overrides,
});

describe('sending a request', () => {
  it('is open to anyone, lands in the family counselling of the municipality, and keeps only a hash of the reply code', async () => {
    const input = anonymousInput({ replyCode: 'abcd efgh jkmn' });
    const result = await runOperation<{ sendHelpRequest: { id: string; contactMethod: string } }>(schema, db.prisma, send, { variables: { input }, language: 'sv' });
    expect(result.errors).toBeUndefined();
    const row = await db.prisma.helpRequest.findUniqueOrThrow({ where: { id: result.data!.sendHelpRequest.id }, include: { unit: true } });
    expect(row).toMatchObject({ topic: 'sleep', topics: ['sleep', 'parent-wellbeing'], personId: null, language: 'sv', status: 'new' });
    expect(row.unit.code).toBe('PNE-ESP');
    expect(row.replyCode).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain('ABCDEFGHJKMN');
  });

  it('creates one request from a double click or a retry with the same key', async () => {
    const input = anonymousInput();
    const [first, second] = await Promise.all([
      runOperation<{ sendHelpRequest: { id: string } }>(schema, db.prisma, send, { variables: { input } }),
      runOperation<{ sendHelpRequest: { id: string } }>(schema, db.prisma, send, { variables: { input } }),
    ]);
    const retry = await runOperation<{ sendHelpRequest: { id: string } }>(schema, db.prisma, send, { variables: { input } });
    expect([first.errors, second.errors, retry.errors]).toEqual([undefined, undefined, undefined]);
    expect(new Set([first.data!.sendHelpRequest.id, second.data!.sendHelpRequest.id, retry.data!.sendHelpRequest.id]).size).toBe(1);
    expect(await db.prisma.helpRequest.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  it('is due in 3 working days: a request sent the evening before Christmas Eve is due on 30 December', async () => {
    const result = await runOperation<{ sendHelpRequest: { dueAt: string } }>(schema, db.prisma, send, {
      variables: { input: anonymousInput({ replyCode: 'PQRS-TUVW-XYZ2' }) },
      now: new Date('2026-12-23T18:00:00Z'),
    });
    expect(result.data?.sendHelpRequest.dueAt).toBe('2026-12-30T14:00:00.000Z');
  });

  it('answers bad input with field errors and stores nothing', async () => {
    const before = await db.prisma.helpRequest.count();
    const fields = async (input: Record<string, unknown>, options: Parameters<typeof runOperation>[3] = {}) => {
      const result = await runOperation(schema, db.prisma, send, { ...options, variables: { input } });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      return (result.errors?.[0]?.extensions?.['fields'] as { path: string[]; code: string }[]).map((f) => `${f.path.join('.')}:${f.code}`);
    };
    expect(await fields(anonymousInput({ topics: [], message: ' ' }))).toEqual(['input.topics:required', 'input.message:required']);
    expect(await fields(anonymousInput({ contactMethod: 'phone', phone: '' }))).toEqual(['input.phone:required']);
    expect(await fields(anonymousInput({ contactMethod: 'portal' }))).toEqual(['input.contactMethod:invalid-choice']);
    expect(await fields(anonymousInput({ municipalityCode: null }))).toEqual(['input.municipalityCode:required']);
    expect(await fields(anonymousInput({ municipalityCode: '999' }))).toEqual(['input.municipalityCode:invalid-choice']);
    expect(await db.prisma.helpRequest.count()).toBe(before);
  });

  it('from a signed-in resident goes to her own municipality and shows in her requests, not in others’', async () => {
    const tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
    const input = anonymousInput({ contactMethod: 'portal', municipalityCode: null, replyCode: null, message: 'Pyydän soittoa lapsen unesta.' });
    const sent = await runOperation<{ sendHelpRequest: { id: string } }>(schema, db.prisma, send, { variables: { input }, resident: tessa });
    expect(sent.errors).toBeUndefined();
    const mine = /* GraphQL */ `query { myHelpRequests { id message } }`;
    const hers = await runOperation<{ myHelpRequests: { id: string }[] }>(schema, db.prisma, mine, { resident: tessa });
    expect(hers.data?.myHelpRequests.map((r) => r.id)).toContain(sent.data!.sendHelpRequest.id);
    const ville = await viewerOf(db.prisma, 'resident', 'resident-ville');
    const his = await runOperation<{ myHelpRequests: { id: string }[] }>(schema, db.prisma, mine, { resident: ville });
    expect(his.data?.myHelpRequests.map((r) => r.id)).not.toContain(sent.data!.sendHelpRequest.id);
    expect((await runOperation(schema, db.prisma, mine)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('handling a request in the queue', () => {
  it('shows the family counselling psychologist her unit’s requests with their deadlines, and not another unit’s', async () => {
    const pia = await viewerOf(db.prisma, 'staff', 'staff-pia');
    const result = await runOperation<{ familyHelpRequests: { id: string; deadline: string; contactPhone: string | null }[] }>(schema, db.prisma, queue, {
      staff: pia,
      now: new Date('2026-11-23T08:00:00Z'),
    });
    expect(result.errors).toBeUndefined();
    const units = await db.prisma.helpRequest.findMany({ where: { id: { in: result.data!.familyHelpRequests.map((r) => r.id) } }, include: { unit: true } });
    expect(new Set(units.map((u) => u.unit.code))).toEqual(new Set(['PNE-ESP']));
    expect(result.data!.familyHelpRequests.map((r) => r.deadline)).toContain('overdue');
    const eeva = await viewerOf(db.prisma, 'staff', 'demo-staff-eeva');
    const other = await runOperation<{ familyHelpRequests: { id: string }[] }>(schema, db.prisma, queue, { staff: eeva });
    expect(other.data!.familyHelpRequests.filter((r) => result.data!.familyHelpRequests.some((p) => p.id === r.id))).toEqual([]);
  });

  it('claims, replies once to a double click, closes with a topic code, and logs each change of a named request', async () => {
    const pia = await viewerOf(db.prisma, 'staff', 'staff-pia');
    const tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
    const input = anonymousInput({ contactMethod: 'portal', municipalityCode: null, replyCode: null });
    const sent = await runOperation<{ sendHelpRequest: { id: string } }>(schema, db.prisma, send, { variables: { input }, resident: tessa });
    const id = sent.data!.sendHelpRequest.id;

    const opened = await runOperation<{ familyHelpRequest: { id: string } | null }>(schema, db.prisma, `query ($id: ID!) { familyHelpRequest(id: $id) { id message } }`, {
      staff: pia, variables: { id }, requestId: 'open-1',
    });
    expect(opened.data?.familyHelpRequest?.id).toBe(id);
    expect(await db.prisma.accessLogEntry.findMany({ where: { requestId: 'open-1' } })).toMatchObject([
      { objectId: id, action: 'read', clientPersonId: tessa.personId, actorRole: 'family-worker', purpose: 'unit-queue' },
    ]);

    const claimed = await runOperation<{ claimHelpRequest: { claimedByMe: boolean } }>(schema, db.prisma, claim, { staff: pia, variables: { id }, requestId: 'claim-1' });
    expect(claimed.data?.claimHelpRequest.claimedByMe).toBe(true);
    const notificationsBefore = await db.prisma.notification.count();
    const message = 'Soitan sinulle huomenna kello 10.';
    for (const requestId of ['reply-1', 'reply-2'])
      expect((await runOperation(schema, db.prisma, reply, { staff: pia, variables: { id, message }, requestId })).errors).toBeUndefined();
    expect(await db.prisma.notification.count()).toBe(notificationsBefore + 1);
    const closed = await runOperation<{ closeHelpRequest: { status: string; closeCode: string } }>(schema, db.prisma, close, {
      staff: pia, variables: { id, closeCode: 'sleep' }, requestId: 'close-1',
    });
    expect(closed.data?.closeHelpRequest).toMatchObject({ status: 'closed', closeCode: 'sleep' });
    const changes = await db.prisma.accessLogEntry.findMany({ where: { requestId: { in: ['claim-1', 'reply-1', 'close-1'] }, action: 'update' }, orderBy: { occurredAt: 'asc' } });
    expect(changes.map((c) => [c.requestId, c.objectId])).toEqual([['claim-1', id], ['reply-1', id], ['close-1', id]]);
    // Closed: out of the queue, and not answered again.
    const after = await runOperation<{ familyHelpRequests: { id: string }[] }>(schema, db.prisma, queue, { staff: pia });
    expect(after.data!.familyHelpRequests.map((r) => r.id)).not.toContain(id);
    expect((await runOperation(schema, db.prisma, reply, { staff: pia, variables: { id, message: 'x' } })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('finds nothing of another unit: claim and close answer null and change nothing', async () => {
    const eeva = await viewerOf(db.prisma, 'staff', 'demo-staff-eeva');
    const target = await db.prisma.helpRequest.findFirstOrThrow({ where: { unit: { code: 'PNE-ESP' }, status: 'new' } });
    const claimed = await runOperation<{ claimHelpRequest: unknown }>(schema, db.prisma, claim, { staff: eeva, variables: { id: target.id } });
    const closed = await runOperation<{ closeHelpRequest: unknown }>(schema, db.prisma, close, { staff: eeva, variables: { id: target.id, closeCode: 'other' } });
    expect([claimed.data?.claimHelpRequest, closed.data?.closeHelpRequest]).toEqual([null, null]);
    expect(await db.prisma.helpRequest.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ status: 'new', claimedByStaffId: target.claimedByStaffId });
  });
});

describe('reading the reply with the code', () => {
  it('shows the state and the reply, nothing the sender wrote, in any spelling of the code', async () => {
    const input = anonymousInput({ replyCode: 'MNPQ-RSTU-VWX3' });
    const sent = await runOperation<{ sendHelpRequest: { id: string } }>(schema, db.prisma, send, { variables: { input } });
    const waiting = await runOperation<{ readHelpRequestReply: { status: string; reply: string | null } }>(schema, db.prisma, read, { variables: { code: 'mnpq rstu vwx3' } });
    expect(waiting.data?.readHelpRequestReply).toMatchObject({ status: 'new', reply: null });
    const pia = await viewerOf(db.prisma, 'staff', 'staff-pia');
    await runOperation(schema, db.prisma, reply, { staff: pia, variables: { id: sent.data!.sendHelpRequest.id, message: 'Hei! Soita meille numeroon 09 123 4567.' } });
    const answered = await runOperation<{ readHelpRequestReply: Record<string, unknown> }>(schema, db.prisma, read, { variables: { code: 'MNPQ-RSTU-VWX3' } });
    expect(answered.data?.readHelpRequestReply).toMatchObject({ status: 'answered', reply: 'Hei! Soita meille numeroon 09 123 4567.' });
    expect(Object.keys(answered.data!.readHelpRequestReply).sort()).toEqual(['answeredAt', 'dueAt', 'reply', 'status']);
  });

  it('answers null for a wrong or malformed code and for the seeded demo only with its own code', async () => {
    for (const code of ['MNPQ-RSTU-VWX4', 'hello', ''.padEnd(12, 'O')]) {
      const result = await runOperation<{ readHelpRequestReply: unknown }>(schema, db.prisma, read, { variables: { code } });
      expect(result.errors).toBeUndefined();
      expect(result.data?.readHelpRequestReply).toBeNull();
    }
    const demo = await runOperation<{ readHelpRequestReply: { status: string } }>(schema, db.prisma, read, { variables: { code: demoReplyCode } });
    expect(demo.data?.readHelpRequestReply?.status).toBeDefined();
  });
});

describe('statistics', () => {
  const stats = /* GraphQL */ `query ($from: Date!, $to: Date!) {
    familyHelpRequestStatistics(from: $from, to: $to) { total answered byTopic { key count suppressed } byMunicipality { key label count suppressed } }
    familyArticleViewStatistics(from: $from, to: $to) { total byLanguage { key count } }
  }`;

  it('count requests by topic and municipality for managers, hiding counts under 5, and article views by language', async () => {
    const base = { message: 'Tilastorivi', contactMethod: 'phone', unitId: (await db.prisma.unit.findUniqueOrThrow({ where: { code: 'PERHE-LAN' } })).id };
    const at = new Date('2026-02-10T10:00:00Z');
    await db.prisma.helpRequest.createMany({
      data: [
        ...Array.from({ length: 6 }, () => ({ ...base, topic: 'money', municipalityCode: '710', createdAt: at, dueAt: at })),
        ...Array.from({ length: 2 }, () => ({ ...base, topic: 'safety', municipalityCode: '078', createdAt: at, dueAt: at })),
      ],
    });
    // Views are counted per Helsinki day: 23:30 UTC on 9 November is already the 10th in Helsinki.
    const viewed = new Date('2026-11-09T23:30:00Z');
    for (let i = 0; i < 2; i++) await runOperation(schema, db.prisma, `mutation { recordFamilyArticleView(slug: "vauvan-uni") }`, { language: 'sv', now: viewed });
    const missing = await runOperation<{ recordFamilyArticleView: boolean }>(schema, db.prisma, `mutation { recordFamilyArticleView(slug: "ei-ole") }`, { now: viewed });
    expect(missing.data?.recordFamilyArticleView).toBe(false);

    const mikko = await viewerOf(db.prisma, 'staff', 'staff-mikko');
    const result = await runOperation<{
      familyHelpRequestStatistics: { total: number | null; byTopic: unknown[]; byMunicipality: { key: string; label: string; count: number | null }[] };
      familyArticleViewStatistics: { total: number; byLanguage: unknown[] };
    }>(schema, db.prisma, stats, { staff: mikko, language: 'sv', variables: { from: '2026-02-01', to: '2026-02-28' } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.familyHelpRequestStatistics).toMatchObject({
      total: null,
      byTopic: [{ key: 'money', count: 6, suppressed: false }, { key: 'safety', count: null, suppressed: true }],
      byMunicipality: [{ key: '710', label: 'Raseborg', count: 6 }, { key: '078', label: 'Hangö', count: null }],
    });
    const views = await runOperation<{ familyArticleViewStatistics: unknown }>(schema, db.prisma, stats, { staff: mikko, variables: { from: '2026-11-10', to: '2026-11-10' } });
    expect(views.data?.familyArticleViewStatistics).toEqual({ total: 2, byLanguage: [{ key: 'sv', count: 2 }] });
  });

  it('are refused to a family worker and give a team lead only her units’ requests', async () => {
    const eeva = await viewerOf(db.prisma, 'staff', 'demo-staff-eeva');
    const refused = await runOperation(schema, db.prisma, stats, { staff: eeva, variables: { from: '2026-02-01', to: '2026-02-28' } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const tiina = await viewerOf(db.prisma, 'staff', 'staff-tiina');
    const own = await runOperation<{ familyHelpRequestStatistics: { byTopic: unknown[] } }>(schema, db.prisma, stats, { staff: tiina, variables: { from: '2026-02-01', to: '2026-02-28' } });
    expect(own.data?.familyHelpRequestStatistics.byTopic).toEqual([]);
    const tooLong = await runOperation(schema, db.prisma, stats, { staff: tiina, variables: { from: '2025-01-01', to: '2026-02-28' } });
    expect(tooLong.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('articles', () => {
  const list = /* GraphQL */ `query ($lifeStage: String, $topic: String, $text: String) { familyArticles(lifeStage: $lifeStage, topic: $topic, text: $text) { slug topics } }`;

  it('filter by life stage and topic (any of an article’s topics) and search text in the reader’s language', async () => {
    const baby = await runOperation<{ familyArticles: { slug: string; topics: string[] }[] }>(schema, db.prisma, list, { variables: { lifeStage: 'baby', topic: 'sleep' } });
    expect(baby.data?.familyArticles.map((a) => a.slug)).toContain('vauvan-uni');
    expect(baby.data?.familyArticles.every((a) => a.topics.includes('sleep'))).toBe(true);
    const swedish = await runOperation<{ familyArticles: { slug: string }[] }>(schema, db.prisma, list, { language: 'sv', variables: { text: 'sömn' } });
    expect(swedish.data?.familyArticles.map((a) => a.slug)).toContain('vauvan-uni');
    const unknown = await runOperation<{ familyArticles: unknown[] }>(schema, db.prisma, list, { variables: { lifeStage: 'adult' } });
    expect(unknown.data?.familyArticles).toEqual([]);
  });

  it('open by slug with the body, related articles and what to search services with', async () => {
    const one = /* GraphQL */ `query ($slug: String!) { familyArticle(slug: $slug) { slug body { text isFallback } related { slug } relatedServices { queries targetGroups } } }`;
    const result = await runOperation<{ familyArticle: { body: { text: string }; related: { slug: string }[]; relatedServices: { targetGroups: string[] } } | null }>(
      schema, db.prisma, one, { variables: { slug: 'vauvan-uni' } },
    );
    expect(result.data?.familyArticle?.body.text).toMatch(/^## /m);
    expect(result.data?.familyArticle?.related.map((r) => r.slug)).toEqual(['turvallinen-nukkuminen', 'vauvan-itku', 'synnytyksen-jalkeinen-mieliala']);
    expect(result.data?.familyArticle?.relatedServices.targetGroups).toEqual(['KR1.2']);
    const none = await runOperation<{ familyArticle: unknown }>(schema, db.prisma, one, { variables: { slug: 'ei-ole' } });
    expect(none.data?.familyArticle).toBeNull();
  });
});
