import { describe, expect, it } from 'vitest';
import { validateInput } from '@luotsi/validation';
import { containsPersonalData, feedbackDedupeSource, feedbackSchema, handleFeedbackSchema } from './index';

const serviceId = '11111111-2222-4333-8444-555555555555';

describe('feedback on a service', () => {
  it('lets "helped" come without a text, but asks what is wrong otherwise', () => {
    expect(validateInput(feedbackSchema, { serviceId, kind: 'helped', text: '' }).ok).toBe(true);
    for (const kind of ['wrong-information', 'other']) {
      const outcome = validateInput(feedbackSchema, { serviceId, kind, text: '   ' });
      expect(outcome.ok ? [] : outcome.errors).toEqual([expect.objectContaining({ path: ['text'], code: 'required' })]);
    }
  });

  it('limits the text and refuses an unknown kind', () => {
    const outcome = validateInput(feedbackSchema, { serviceId, kind: 'angry', text: 'x'.repeat(1001) });
    expect(outcome.ok ? [] : outcome.errors.map((e) => [e.path[0], e.code])).toEqual([
      ['kind', 'invalid-choice'],
      ['text', 'too-long'],
    ]);
  });

  it('refuses a text with a personal identity code or a mobile number', () => {
    expect(containsPersonalData('Aukioloajat ovat väärin, ovi oli kiinni')).toBe(false);
    expect(containsPersonalData('Puhelinnumero 09 816 21 on vanha')).toBe(false);
    expect(containsPersonalData('minun hetu 010101A123N')).toBe(true);
    expect(containsPersonalData('soita 040 123 4567')).toBe(true);
    expect(containsPersonalData('ring +358 50 1234567')).toBe(true);
    const outcome = validateInput(feedbackSchema, { serviceId, kind: 'other', text: 'Soita minulle 0401234567' });
    expect(outcome.ok ? [] : outcome.errors).toEqual([expect.objectContaining({ path: ['text'], code: 'invalid' })]);
  });

  it('counts the same feedback on the same Helsinki day once, whatever the spacing and case', () => {
    const a = feedbackDedupeSource({ serviceId, kind: 'other', text: 'Ovi  oli\nKIINNI' }, new Date('2026-11-20T21:59:00Z'));
    const b = feedbackDedupeSource({ serviceId: serviceId.toUpperCase(), kind: 'other', text: 'ovi oli kiinni' }, new Date('2026-11-20T06:00:00Z'));
    const nextDay = feedbackDedupeSource({ serviceId, kind: 'other', text: 'ovi oli kiinni' }, new Date('2026-11-20T22:00:00Z'));
    const otherKind = feedbackDedupeSource({ serviceId, kind: 'wrong-information', text: 'ovi oli kiinni' }, new Date('2026-11-20T06:00:00Z'));
    expect(a).toBe(b);
    expect(nextDay).not.toBe(a);
    expect(otherKind).not.toBe(a);
  });

  it('takes a curator’s optional note when handling', () => {
    expect(validateInput(handleFeedbackSchema, { id: serviceId, note: '' }).ok).toBe(true);
    expect(validateInput(handleFeedbackSchema, { id: 'x', note: '' }).ok).toBe(false);
  });
});
