import { describe, expect, it } from 'vitest';
import { validateInput } from '@luotsi/validation';
import {
  guidanceLinkPath, guidanceSetSchema, handoverMessage, handoverProblem, handoverSchema, isLinkExpired, linkExpiresAt, linkTokenSchema, newLinkToken,
  referralsOfHandover,
} from './index';

const setId = '0b7c1f8e-3d2a-4c5b-9e6f-1a2b3c4d5e6f';
const serviceA = '11111111-2222-4333-8444-555555555555';
const serviceB = '66666666-7777-4888-9999-aaaaaaaaaaaa';

describe('a recommendation set', () => {
  it('takes services with notes, an optional identity code and the client’s language', () => {
    const outcome = validateInput(guidanceSetSchema, {
      setId: setId.toUpperCase(),
      draftKey: 'draft-1234',
      personalIdentityCode: ' 010101a123n ',
      language: 'sv',
      note: '  Ring gärna först.  ',
      items: [{ serviceId: serviceA, note: '' }],
    });
    expect(outcome.ok && outcome.value).toEqual({
      setId,
      draftKey: 'draft-1234',
      personalIdentityCode: '010101A123N',
      language: 'sv',
      note: 'Ring gärna först.',
      items: [{ serviceId: serviceA, note: '' }],
    });
  });

  it('leaves the client unidentified when no code is given', () => {
    const outcome = validateInput(guidanceSetSchema, { draftKey: 'draft-1234', personalIdentityCode: '  ', language: 'fi', note: '', items: [{ serviceId: serviceA, note: '' }] });
    expect(outcome.ok && outcome.value.personalIdentityCode).toBeNull();
  });

  it('refuses an impossible identity code, an empty set, the same service twice and a language not offered', () => {
    const outcome = validateInput(guidanceSetSchema, {
      draftKey: 'draft-1234',
      personalIdentityCode: '010101A123X',
      language: 'de',
      note: '',
      items: [],
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['personalIdentityCode'], code: 'invalid-format' }),
        expect.objectContaining({ path: ['language'], code: 'invalid-choice' }),
        expect.objectContaining({ path: ['items'], code: 'required' }),
      ]),
    );
    const twice = validateInput(guidanceSetSchema, {
      draftKey: 'draft-1234', language: 'fi', note: '', items: [{ serviceId: serviceA, note: '' }, { serviceId: serviceA, note: 'x' }],
    });
    expect(twice.ok ? [] : twice.errors).toEqual([expect.objectContaining({ path: ['items', 1, 'serviceId'], code: 'invalid' })]);
  });

  it('limits the notes', () => {
    const outcome = validateInput(guidanceSetSchema, { draftKey: 'draft-1234', language: 'fi', note: 'x'.repeat(1001), items: [{ serviceId: serviceB, note: 'y'.repeat(501) }] });
    expect(outcome.ok ? [] : outcome.errors.map((e) => [e.path, e.code])).toEqual([
      [['note'], 'too-long'],
      [['items', 0, 'note'], 'too-long'],
    ]);
  });
});

describe('a handover', () => {
  it('takes a channel and a key made per click', () => {
    expect(validateInput(handoverSchema, { setId, channel: 'sms', idempotencyKey: 'click-1234' }).ok).toBe(true);
    const outcome = validateInput(handoverSchema, { setId, channel: 'fax', idempotencyKey: 'a b' });
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.path[0])).toEqual(['channel', 'idempotencyKey']);
  });

  it('sends messages only to an identified client’s own phone or e-mail', () => {
    const client = { phone: '+358401234567', email: null };
    expect(handoverProblem('link', { itemCount: 2, client: null })).toBeNull();
    expect(handoverProblem('print', { itemCount: 2, client: null })).toBeNull();
    expect(handoverProblem('sms', { itemCount: 2, client: null })).toBe('CLIENT_NOT_IDENTIFIED');
    expect(handoverProblem('sms', { itemCount: 2, client })).toBeNull();
    expect(handoverProblem('email', { itemCount: 2, client })).toBe('NO_EMAIL');
    expect(handoverProblem('sms', { itemCount: 2, client: { phone: null, email: 'a@b.fi' } })).toBe('NO_PHONE');
    expect(handoverProblem('link', { itemCount: 0, client })).toBe('EMPTY_SET');
  });

  it('makes a link token that cannot be guessed and opens in the client’s language for 90 days', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newLinkToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(linkTokenSchema.safeParse(token).success).toBe(true);
    expect(newLinkToken((bytes) => bytes.fill(255))).toBe('_'.repeat(42) + '8');
    expect(guidanceLinkPath('sv', 'abc')).toBe('/sv/service-tray/guidance/abc');
    const at = new Date('2026-11-20T10:00:00Z');
    const expires = linkExpiresAt(at);
    expect(expires.toISOString()).toBe('2027-02-18T10:00:00.000Z');
    expect(isLinkExpired(expires, new Date('2027-02-18T09:59:59Z'))).toBe(false);
    expect(isLinkExpired(expires, new Date('2027-02-18T10:00:00Z'))).toBe(true);
  });

  it('messages carry the link and its last day in the client’s language, never the services', () => {
    const url = 'https://luotsi.example.fi/sv/service-tray/guidance/tok';
    const sv = handoverMessage('sv', url, new Date('2027-02-18T10:00:00Z'));
    expect(sv.subject).toBe('Tjänster som rekommenderas för dig');
    expect(sv.sms).toBe(`En yrkesperson på välfärdsområdet har samlat tjänster åt dig: ${url} (öppnas till och med 18.2.2027)`);
    expect(sv.text).toContain(url);
    expect(handoverMessage('fi', url, new Date('2027-02-18T23:30:00Z')).sms).toContain('19.2.2027 asti');
    expect(handoverMessage('en', url, new Date('2027-02-18T10:00:00Z')).text).toContain('until 18/02/2027');
    expect(handoverMessage('en', url, new Date('2027-02-18T10:00:00Z')).sms.length).toBeLessThan(160);
  });
});

describe('referrals of a handover', () => {
  it('record unit, provider, service, channel and time — nothing about the client', () => {
    const at = new Date('2026-11-20T10:00:00Z');
    const catalogue = new Map([
      [serviceA, { id: serviceA, organizationId: 'org-ngo', providerType: 'ngo' }],
      [serviceB, { id: serviceB, organizationId: 'org-parish', providerType: 'parish' }],
    ]);
    const referrals = referralsOfHandover({ id: 'h1', at, fromUnitId: 'unit-1', channel: 'link' }, [serviceA, 'gone', serviceB, serviceA], catalogue);
    expect(referrals).toEqual([
      { handoverId: 'h1', referredAt: at, fromUnitId: 'unit-1', serviceId: serviceA, organizationId: 'org-ngo', providerType: 'ngo', channel: 'link' },
      { handoverId: 'h1', referredAt: at, fromUnitId: 'unit-1', serviceId: serviceB, organizationId: 'org-parish', providerType: 'parish', channel: 'link' },
    ]);
  });
});
