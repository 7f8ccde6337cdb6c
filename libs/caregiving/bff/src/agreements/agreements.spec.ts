import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { demoId, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { makePersonalIdentityCode } from '@luotsi/identity-domain';
import { sha256Hex } from '@luotsi/caregiving-domain';
import { caregivingModule } from '../index';

let db: Database;
const schema = buildSchema([identityModule, caregivingModule]);
let kaisa: AuthenticatedUser;
let laura: AuthenticatedUser;
let olli: AuthenticatedUser;
let pirjo: AuthenticatedUser;
let olliId = '';
let etelaUnitId = '';
const demoNow = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  db = await openTestDatabase([identityModule, caregivingModule]);
  kaisa = await viewerOf(db.prisma, 'staff', 'staff-kaisa');
  laura = await viewerOf(db.prisma, 'staff', 'demo-staff-laura');
  olli = await viewerOf(db.prisma, 'resident', 'carer-olli');
  pirjo = await viewerOf(db.prisma, 'resident', 'carer-pirjo');
  olliId = olli.personId!;
  etelaUnitId = (await db.prisma.unit.findUniqueOrThrow({ where: { code: 'OMA-ETE' } })).id;
}, 180_000);
afterAll(() => db?.close());

type Run = Parameters<typeof runOperation>[3];
async function ok<T>(source: string, options: Run): Promise<T> {
  const result = await runOperation<T>(schema, db.prisma, source, { now: demoNow, ...options });
  expect(result.errors).toBeUndefined();
  return result.data as T;
}
async function fails(source: string, options: Run) {
  const result = await runOperation(schema, db.prisma, source, { now: demoNow, ...options });
  return { code: result.errors?.[0]?.extensions?.['code'], fields: result.errors?.[0]?.extensions?.['fields'] };
}

const informalTemplate = demoId('care-agreement-template', 'informal-care');
const terms = (change: Record<string, unknown> = {}) => ({
  type: 'INFORMAL_CARE', language: 'fi', templateId: informalTemplate, caredPersonName: 'Aune Omaishoitaja', feeClass: '2',
  monthlyFeeCents: 78_000, daysOffPerMonth: 3, daysOffAgreed: false, validFrom: '2027-01-01', validTo: null, paymentSchedule: 'MONTHLY', ...change,
});

const draftMutation = `mutation ($key: ID!, $carerId: ID!, $unitId: ID!, $terms: CareAgreementTermsInput!) {
  createCareAgreementDraft(creationKey: $key, carerId: $carerId, unitId: $unitId, terms: $terms) {
    id status versions { id version status text missingFields }
  }
}`;
interface Draft { id: string; status: string; versions: { id: string; version: number; status: string; text: string; missingFields: string[] }[] }
const versionFields = 'id version status pdfSha256 pdfUrl carerSignedAt carerSignerName countersignedAt countersignedByName returnComment text';
interface Version { id: string; version: number; status: string; pdfSha256: string | null; pdfUrl: string | null; carerSignedAt: string | null; carerSignerName: string | null; countersignedAt: string | null; countersignedByName: string | null; returnComment: string | null; text: string }

async function draftForOlli(key = randomUUID(), change: Record<string, unknown> = {}): Promise<Draft> {
  return (await ok<{ createCareAgreementDraft: Draft }>(draftMutation, { staff: kaisa, variables: { key, carerId: olliId, unitId: etelaUnitId, terms: terms(change) } })).createCareAgreementDraft;
}
const send = (versionId: string) => ok<{ sendCareAgreement: Version }>(`mutation ($id: ID!) { sendCareAgreement(versionId: $id) { ${versionFields} } }`, { staff: kaisa, variables: { id: versionId } });
const signAs = (resident: AuthenticatedUser, versionId: string) =>
  runOperation<{ signCareAgreement: Version }>(schema, db.prisma, `mutation ($id: ID!) { signCareAgreement(versionId: $id) { ${versionFields} } }`, { resident, variables: { id: versionId }, now: demoNow });
const countersignAs = (staff: AuthenticatedUser, versionId: string) =>
  runOperation<{ countersignCareAgreement: Version }>(schema, db.prisma, `mutation ($id: ID!) { countersignCareAgreement(versionId: $id) { ${versionFields} } }`, { staff, variables: { id: versionId }, now: demoNow });

describe('drafting an agreement', () => {
  it('finds the carer by identity code and logs the look-up', async () => {
    const code = makePersonalIdentityCode('1961-07-08', 918);
    const data = await ok<{ careAgreementCarerByIdentityCode: { id: string; lastName: string } }>(
      `query ($code: String!) { careAgreementCarerByIdentityCode(personalIdentityCode: $code) { id lastName } }`,
      { staff: kaisa, variables: { code }, requestId: 'lookup-olli' },
    );
    expect(data.careAgreementCarerByIdentityCode).toEqual({ id: olliId, lastName: 'Omaishoitaja' });
    const rows = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'lookup-olli' } });
    expect(rows.map((r) => [r.clientPersonId, r.objectType, r.purpose])).toEqual([[olliId, 'Person', 'care-agreement']]);
    expect((await fails(`{ careAgreementCarerByIdentityCode(personalIdentityCode: "010101-0000") { id } }`, { staff: kaisa })).fields).toEqual([
      { path: ['personalIdentityCode'], code: 'invalid-format' },
    ]);
  });

  it('makes one agreement of a double click, with the template filled from the terms', async () => {
    const key = randomUUID();
    const [first, second] = await Promise.all([draftForOlli(key), draftForOlli(key)]);
    expect(second.id).toBe(first.id);
    expect(await db.prisma.careAgreement.count({ where: { creationKey: key } })).toBe(1);
    expect(first.status).toBe('DRAFT');
    expect(first.versions).toHaveLength(1);
    expect(first.versions[0]!.text).toContain('Hoitoisuusluokka on 2 ja hoitopalkkio 780,00 € kuukaudessa.');
    expect(first.versions[0]!.text).toContain('Sopimuksen voimassaolo: 1.1.2027 – toistaiseksi.');
    expect(first.versions[0]!.missingFields).toEqual([]);
  });

  it('checks the terms in the BFF: a fee below the legal minimum, days off, a unit that is not hers', async () => {
    const run = (change: Record<string, unknown>, unitId = etelaUnitId) =>
      fails(draftMutation, { staff: kaisa, variables: { key: randomUUID(), carerId: olliId, unitId, terms: terms(change) } });
    expect((await run({ monthlyFeeCents: 40_000 })).fields).toEqual([{ path: ['terms', 'monthlyFeeCents'], code: 'out-of-range' }]);
    expect((await run({ daysOffPerMonth: 5 })).fields).toEqual([{ path: ['terms', 'daysOffPerMonth'], code: 'invalid-choice' }]);
    expect((await run({ templateId: demoId('care-agreement-template', 'family-care') })).fields).toEqual([{ path: ['terms', 'templateId'], code: 'invalid-choice' }]);
    const northern = (await db.prisma.unit.findUniqueOrThrow({ where: { code: 'OMA-POH' } })).id;
    expect((await run({}, northern)).fields).toEqual([{ path: ['unitId'], code: 'invalid-choice' }]);
  });

  it('is refused to other professionals and to residents', async () => {
    const variables = { key: randomUUID(), carerId: olliId, unitId: etelaUnitId, terms: terms() };
    expect((await fails(draftMutation, { staff: await viewerOf(db.prisma, 'staff', 'staff-aino'), variables })).code).toBe('FORBIDDEN');
    expect((await fails(draftMutation, { resident: olli, variables })).code).toBe('UNAUTHENTICATED');
  });
});

describe('e-signing', () => {
  it('goes draft → sent → signed by the carer (frozen PDF) → countersigned → active', async () => {
    const draft = await draftForOlli();
    const versionId = draft.versions[0]!.id;
    // Olli does not see the draft before it is sent.
    const before = await ok<{ myCareAgreementsToSign: { id: string }[] }>('{ myCareAgreementsToSign { id } }', { resident: olli });
    expect(before.myCareAgreementsToSign.map((a) => a.id)).not.toContain(draft.id);
    expect((await signAs(olli, versionId)).data?.signCareAgreement).toBeNull();

    expect((await send(versionId)).sendCareAgreement.status).toBe('SENT');
    // Olli is told in the portal (and by e-mail that there is a message), with a link to it.
    const notes = await db.prisma.notification.findMany({ where: { type: 'caregiving.agreement-sent-for-signing', recipientPersonId: olliId } });
    expect(notes.filter((n) => (n.data as { agreementId?: string }).agreementId === draft.id)).toHaveLength(1);
    const toSign = await ok<{ myCareAgreementsToSign: { id: string; versions: { id: string; status: string }[] }[] }>(
      '{ myCareAgreementsToSign { id versions { id status } } }', { resident: olli },
    );
    expect(toSign.myCareAgreementsToSign.find((a) => a.id === draft.id)?.versions).toEqual([{ id: versionId, status: 'SENT' }]);

    // Pirjo cannot sign Olli's agreement, nor can a professional countersign before Olli signs.
    expect((await signAs(pirjo, versionId)).data?.signCareAgreement).toBeNull();
    expect((await countersignAs(kaisa, versionId)).errors?.[0]?.extensions?.['fields']).toEqual([{ path: ['versionId'], code: 'invalid' }]);

    // A double click signs once: both answers carry the same signature and hash.
    const [a, b] = await Promise.all([signAs(olli, versionId), signAs(olli, versionId)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const signed = a.data!.signCareAgreement;
    expect(b.data!.signCareAgreement).toEqual(signed);
    expect(signed).toMatchObject({ status: 'SIGNED', carerSignerName: 'Olli Omaishoitaja', carerSignedAt: demoNow.toISOString(), pdfUrl: `/api/caregiving/agreements/${versionId}.pdf` });
    const stored = await db.prisma.careAgreementVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(await sha256Hex(new Uint8Array(stored.pdf!))).toBe(signed.pdfSha256);
    const pdf = await PDFDocument.load(new Uint8Array(stored.pdf!));
    expect(pdf.getTitle()).toBe('Omaishoidon tuen sopimus');
    expect(stored.frozenText).toBe(signed.text);
    expect((await db.prisma.careAgreement.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('signed');

    // Laura works in another area: the version does not exist for her.
    expect((await countersignAs(laura, versionId)).data?.countersignCareAgreement).toBeNull();
    const [c1, c2] = await Promise.all([countersignAs(kaisa, versionId), countersignAs(kaisa, versionId)]);
    expect(c1.errors ?? c2.errors).toBeUndefined();
    expect(c1.data!.countersignCareAgreement).toMatchObject({ status: 'ACTIVE', countersignedByName: 'Kaisa Koordinaattori', pdfSha256: signed.pdfSha256 });
    expect((await db.prisma.careAgreement.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('active');
  });

  it('lets a resident who is not yet a carer sign her first agreement, which makes her a carer', async () => {
    const tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
    expect(tessa.roles).not.toContain('carer');
    const draft = (await ok<{ createCareAgreementDraft: Draft }>(draftMutation, {
      staff: kaisa,
      variables: { key: randomUUID(), carerId: tessa.personId, unitId: etelaUnitId, terms: terms({ type: 'SUPPORT_PERSON', templateId: demoId('care-agreement-template', 'support-person'), feeClass: null, monthlyFeeCents: null, perTaskFeeCents: 3_000, daysOffPerMonth: 0, paymentSchedule: 'PER_VISIT' }) },
    })).createCareAgreementDraft;
    await send(draft.versions[0]!.id);
    const toSign = await ok<{ myCareAgreementsToSign: { id: string }[] }>('{ myCareAgreementsToSign { id } }', { resident: tessa });
    expect(toSign.myCareAgreementsToSign.map((a) => a.id)).toEqual([draft.id]);
    const signed = await signAs(tessa, draft.versions[0]!.id);
    expect(signed.data?.signCareAgreement?.status).toBe('SIGNED');
    expect(signed.data?.signCareAgreement?.text).toContain('Palkkio on 30,00 € tapaamiskerralta');
    expect((await viewerOf(db.prisma, 'resident', 'resident-tessa')).roles).toContain('carer');
  });

  it('refuses to countersign a document whose bytes no longer match the signed hash', async () => {
    const draft = await draftForOlli();
    const versionId = draft.versions[0]!.id;
    await send(versionId);
    expect((await signAs(olli, versionId)).errors).toBeUndefined();
    const stored = await db.prisma.careAgreementVersion.findUniqueOrThrow({ where: { id: versionId } });
    const tampered = new Uint8Array(stored.pdf!);
    tampered[tampered.length - 10] = (tampered[tampered.length - 10] ?? 0) ^ 0xff;
    await db.prisma.careAgreementVersion.update({ where: { id: versionId }, data: { pdf: tampered } });
    const result = await countersignAs(kaisa, versionId);
    expect(result.errors?.[0]?.message).toMatch(/changed since it was signed/);
    expect((await db.prisma.careAgreementVersion.findUniqueOrThrow({ where: { id: versionId } })).status).toBe('signed');
  });

  it('lets the carer return a sent version with a comment; the coordinator edits and sends it again', async () => {
    const draft = await draftForOlli();
    const versionId = draft.versions[0]!.id;
    await send(versionId);
    const returned = await ok<{ returnCareAgreement: Version }>(
      `mutation ($id: ID!) { returnCareAgreement(versionId: $id, comment: "Äidin nimi on Aune Maria.") { ${versionFields} } }`,
      { resident: olli, variables: { id: versionId } },
    );
    expect(returned.returnCareAgreement).toMatchObject({ status: 'RETURNED', returnComment: 'Äidin nimi on Aune Maria.' });
    expect((await signAs(olli, versionId)).errors?.[0]?.extensions?.['fields']).toEqual([{ path: ['versionId'], code: 'invalid' }]);
    const edited = await ok<{ updateCareAgreementVersion: Version }>(
      `mutation ($id: ID!, $terms: CareAgreementTermsInput!) { updateCareAgreementVersion(versionId: $id, terms: $terms) { ${versionFields} } }`,
      { staff: kaisa, variables: { id: versionId, terms: terms({ caredPersonName: 'Aune Maria Omaishoitaja' }) } },
    );
    expect(edited.updateCareAgreementVersion.status).toBe('DRAFT');
    expect(edited.updateCareAgreementVersion.text).toContain('Hoidettava: Aune Maria Omaishoitaja');
    expect((await send(versionId)).sendCareAgreement.status).toBe('SENT');
  });

  it('makes an amendment a new version; in force it supersedes the old one, and both sides see the history', async () => {
    const agreementId = demoId('care-agreement', 'pirjo-sanni');
    const amend = () =>
      ok<{ createCareAgreementAmendment: { id: string; version: number; status: string } }>(
        `mutation ($id: ID!) { createCareAgreementAmendment(agreementId: $id) { id version status } }`, { staff: kaisa, variables: { id: agreementId } },
      );
    const first = (await amend()).createCareAgreementAmendment;
    expect(first).toMatchObject({ version: 2, status: 'DRAFT' });
    expect((await amend()).createCareAgreementAmendment.id).toBe(first.id);
    await send(first.id);
    expect((await signAs(pirjo, first.id)).errors).toBeUndefined();
    // Until countersigned, the agreement stays in force on its first version.
    expect((await db.prisma.careAgreement.findUniqueOrThrow({ where: { id: agreementId } })).status).toBe('active');
    expect((await countersignAs(kaisa, first.id)).errors).toBeUndefined();
    const query = `query ($id: ID!) { myCareAgreement(id: $id) { versions { version status } } }`;
    const mine = await ok<{ myCareAgreement: { versions: { version: number; status: string }[] } }>(query, { resident: pirjo, variables: { id: agreementId } });
    expect(mine.myCareAgreement.versions).toEqual([{ version: 2, status: 'ACTIVE' }, { version: 1, status: 'SUPERSEDED' }]);
    expect((await ok<{ myCareAgreement: null }>(query, { resident: olli, variables: { id: agreementId } })).myCareAgreement).toBeNull();
  });

  it('logs the coordinator’s read of an agreement and its versions', async () => {
    const id = demoId('care-agreement', 'juha');
    await ok(`query ($id: ID!) { unitCareAgreement(id: $id) { id versions { id text } } }`, { staff: kaisa, variables: { id }, requestId: 'read-juha' });
    const rows = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'read-juha' } });
    expect(rows.map((r) => r.objectType).sort()).toEqual(['CareAgreement', 'CareAgreementVersion']);
    expect((await ok<{ unitCareAgreement: null }>(`query ($id: ID!) { unitCareAgreement(id: $id) { id } }`, { staff: laura, variables: { id } })).unitCareAgreement).toBeNull();
  });
});

describe('templates', () => {
  const create = `mutation ($key: ID!, $input: CareAgreementTemplateInput!) { createCareAgreementTemplate(creationKey: $key, input: $input) { id fieldsUsed } }`;
  const input = { type: 'SUPPORT_PERSON', name: { fi: 'Lyhyt tukihenkilösopimus', sv: 'Kort stödpersonsavtal' }, body: { fi: '{{carerName}}: {{perTaskFee}}', sv: '{{carerName}}: {{perTaskFee}}' } };

  it('are created once per key and list the fields they use', async () => {
    const key = randomUUID();
    const a = await ok<{ createCareAgreementTemplate: { id: string; fieldsUsed: string[] } }>(create, { staff: kaisa, variables: { key, input } });
    const b = await ok<{ createCareAgreementTemplate: { id: string } }>(create, { staff: kaisa, variables: { key, input } });
    expect(b.createCareAgreementTemplate.id).toBe(a.createCareAgreementTemplate.id);
    expect(a.createCareAgreementTemplate.fieldsUsed).toEqual(['carerName', 'perTaskFee']);
  });

  it('refuse unknown fields and a missing Swedish text', async () => {
    const result = await fails(create, { staff: kaisa, variables: { key: randomUUID(), input: { ...input, body: { fi: '{{palkkio}}', sv: '' } } } });
    expect(result.fields).toEqual([{ path: ['input', 'body', 'fi'], code: 'invalid' }, { path: ['input', 'body', 'sv'], code: 'required' }]);
  });
});
