import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { visibleItems } from '../flow';
import { getQuestionnaire } from '../registry';
import { itEndsAtOnceOnEachDangerSign } from './danger-signs.testing';

const assessment = getQuestionnaire('low-back-pain');
const noDangerSigns = {
  'sudden-severe-pain': 'no',
  'saddle-numbness': 'no',
  'bladder-bowel-problems': 'no',
  'worsening-weakness': 'no',
  injury: 'no',
  fever: 'no',
};
/** A familiar, moderate lower back ache of a few days in a healthy 40-year-old. */
const mildBackPain = {
  ...noDangerSigns,
  age: 40,
  history: [],
  'had-before': 'yes',
  'pain-days': 3,
  radiating: 'no',
  'night-pain': 'no',
  'weight-loss': 'no',
  'pain-intensity': 5,
};
const healthCentre = { offered: true, unitType: 'health-centre' };

describe('low back pain assessment', () => {
  it('asks the danger signs first', () => {
    expect(
      visibleItems(assessment, {})
        .slice(0, 6)
        .map((i) => i.id),
    ).toEqual(Object.keys(noDangerSigns));
  });

  itEndsAtOnceOnEachDangerSign(assessment, noDangerSigns, [
    ['sudden-severe-pain', 'emergency', 'call-112'],
    ['saddle-numbness', 'emergency-department', 'go-to-emergency-department-now'],
    ['bladder-bowel-problems', 'emergency-department', 'go-to-emergency-department-now'],
    ['worsening-weakness', 'emergency-department', 'go-to-emergency-department-now'],
    ['injury', 'emergency-department', 'go-to-emergency-department'],
    ['fever', 'emergency-department', 'go-to-emergency-department'],
  ]);

  it('advises self-care (keep moving), with the signs that need the emergency department', () => {
    expect(evaluate(assessment, mildBackPain)).toMatchObject({
      band: 'self-care',
      urgency: 'self-care',
      redFlags: [],
      advice: ['self-care-back', 'back-emergency-signs', 'back-book-if-not-better'],
      contact: { offered: false },
    });
  });

  it('offers a contact for severe pain, long-lasting pain and sciatica', () => {
    expect(evaluate(assessment, { ...mildBackPain, 'pain-intensity': 8 })).toMatchObject({
      band: 'severe-pain',
      urgency: 'within-days',
      contact: healthCentre,
    });
    expect(evaluate(assessment, { ...mildBackPain, 'pain-days': 14 })).toMatchObject({
      band: 'long-lasting',
      urgency: 'non-urgent',
      contact: healthCentre,
    });
    expect(evaluate(assessment, { ...mildBackPain, radiating: 'yes' })).toMatchObject({
      band: 'sciatica',
      urgency: 'non-urgent',
      advice: expect.arrayContaining(['back-sciatica', 'back-emergency-signs']),
      contact: healthCentre,
    });
  });

  it.each([
    ['a history of cancer', { history: ['cancer'] }, 'cancer-history'],
    ['osteoporosis', { history: ['osteoporosis'] }, 'risk-history'],
    ['a first back pain at 55', { age: 55, 'had-before': 'no' }, 'new-pain-at-risk-age'],
    ['a first back pain at 16', { age: 16, 'had-before': 'no' }, 'new-pain-at-risk-age'],
    ['night pain', { 'night-pain': 'yes' }, 'night-pain'],
    ['weight loss', { 'weight-loss': 'yes' }, 'weight-loss'],
  ])('checks %s within days', (_what, change, flag) => {
    expect(evaluate(assessment, { ...mildBackPain, ...change })).toMatchObject({
      band: 'self-care',
      redFlags: [flag],
      urgency: 'within-days',
      advice: expect.arrayContaining(['contact-within-days', 'back-emergency-signs']),
      contact: healthCentre,
    });
  });

  it('does not flag a first back pain at 30, or a familiar one at 60', () => {
    expect(evaluate(assessment, { ...mildBackPain, 'had-before': 'no' }).redFlags).toEqual([]);
    expect(evaluate(assessment, { ...mildBackPain, age: 60 }).redFlags).toEqual([]);
  });

  it('is never less urgent than a red flag: cancer history beats a sciatica band', () => {
    expect(
      evaluate(assessment, { ...mildBackPain, radiating: 'yes', history: ['cancer'] }),
    ).toMatchObject({ band: 'sciatica', urgency: 'within-days', redFlags: ['cancer-history'] });
  });
});
