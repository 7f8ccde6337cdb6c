import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { visibleItems } from '../flow';
import { getQuestionnaire } from '../registry';
import { itEndsAtOnceOnEachDangerSign } from './danger-signs.testing';

const assessment = getQuestionnaire('sore-throat');
const noDangerSigns = {
  'breathing-difficulty': 'no',
  confusion: 'no',
  'cannot-swallow-saliva': 'no',
  'one-sided-swelling': 'no',
};
/** A cold with a sore throat: no fever, a cough, no glands, no coating (Centor 0). */
const mildThroat = {
  ...noDangerSigns,
  age: 30,
  'weak-immunity': 'no',
  fever: 'low',
  cough: 'yes',
  'neck-glands': 'no',
  'tonsil-coating': 'no',
  'can-drink': 'yes',
  'symptom-days': 2,
};
/** Fever, no cough, tender glands, coated tonsils: Centor 4. */
const strepLike = {
  ...mildThroat,
  fever: 'high',
  cough: 'no',
  'neck-glands': 'yes',
  'tonsil-coating': 'yes',
};
const healthCentre = { offered: true, unitType: 'health-centre' };

describe('sore throat assessment', () => {
  it('asks the danger signs first', () => {
    expect(
      visibleItems(assessment, {})
        .slice(0, 4)
        .map((i) => i.id),
    ).toEqual(['breathing-difficulty', 'confusion', 'cannot-swallow-saliva', 'one-sided-swelling']);
  });

  itEndsAtOnceOnEachDangerSign(assessment, noDangerSigns, [
    ['breathing-difficulty', 'emergency', 'call-112'],
    ['confusion', 'emergency', 'call-112'],
    ['cannot-swallow-saliva', 'emergency-department', 'go-to-emergency-department'],
    ['one-sided-swelling', 'emergency-department', 'go-to-emergency-department'],
  ]);

  it('advises self-care for a sore throat with a cold, and says when to contact', () => {
    expect(evaluate(assessment, mildThroat)).toMatchObject({
      score: 0,
      band: 'self-care',
      urgency: 'self-care',
      redFlags: [],
      advice: ['self-care-throat', 'throat-contact-if-worse'],
      contact: { offered: false },
    });
  });

  it('offers a contact and a rapid strep test for 3–4 Centor points', () => {
    expect(evaluate(assessment, strepLike)).toMatchObject({
      score: 4,
      band: 'strep-test',
      urgency: 'within-days',
      contact: healthCentre,
    });
    expect(evaluate(assessment, { ...strepLike, 'tonsil-coating': 'cannot-tell' })).toMatchObject({
      score: 3,
      band: 'strep-test',
    });
  });

  it('offers the test at 2 points only to children aged 3–14', () => {
    const twoPoints = { ...mildThroat, fever: 'moderate', cough: 'no' };
    expect(evaluate(assessment, twoPoints)).toMatchObject({ score: 2, band: 'self-care' });
    expect(evaluate(assessment, { ...twoPoints, age: 8 })).toMatchObject({ band: 'strep-test' });
    expect(evaluate(assessment, { ...twoPoints, age: 2 })).toMatchObject({ band: 'self-care' });
  });

  it('offers a contact when the sore throat has lasted a week', () => {
    expect(evaluate(assessment, { ...mildThroat, 'symptom-days': 7 })).toMatchObject({
      band: 'long-symptoms',
      urgency: 'within-days',
      contact: healthCentre,
    });
  });

  it('checks weakened immunity within days, and the same day with a fever', () => {
    expect(evaluate(assessment, { ...mildThroat, 'weak-immunity': 'yes' })).toMatchObject({
      band: 'self-care',
      urgency: 'within-days',
      redFlags: ['weak-immunity'],
      contact: healthCentre,
    });
    expect(
      evaluate(assessment, { ...mildThroat, 'weak-immunity': 'yes', fever: 'moderate' }),
    ).toMatchObject({
      urgency: 'same-day',
      redFlags: ['weak-immunity', 'weak-immunity-with-fever'],
      advice: expect.arrayContaining(['throat-weak-immunity-fever', 'contact-today']),
    });
  });

  it('is never less urgent than a red flag: being unable to drink beats a strep-test band', () => {
    expect(evaluate(assessment, { ...strepLike, 'can-drink': 'no' })).toMatchObject({
      band: 'strep-test',
      urgency: 'same-day',
      redFlags: ['cannot-drink'],
      advice: ['throat-cannot-drink', 'contact-today'],
      contact: healthCentre,
    });
  });
});
