import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { visibleItems } from '../flow';
import { getQuestionnaire } from '../registry';
import { itEndsAtOnceOnEachDangerSign } from './danger-signs.testing';

const assessment = getQuestionnaire('urinary-symptoms');
const noDangerSigns = {
  'very-unwell': 'no',
  'fever-and-flank-pain': 'no',
  'cannot-urinate': 'no',
  'cannot-keep-fluids': 'no',
};
/** A typical mild bladder infection of a healthy woman, started yesterday. */
const mildCystitis = {
  ...noDangerSigns,
  age: 32,
  sex: 'female',
  pregnant: 'no',
  'risk-factors': [],
  'main-symptoms': ['burning', 'frequent'],
  fever: 'no',
  'symptom-days': 1,
  severity: 'mild',
};
const healthCentre = { offered: true, unitType: 'health-centre' };
const ids = (answers: Record<string, unknown>) =>
  visibleItems(assessment, answers as never).map((i) => i.id);

describe('urinary symptoms assessment', () => {
  it('asks the danger signs first', () => {
    expect(ids({}).slice(0, 4)).toEqual([
      'very-unwell',
      'fever-and-flank-pain',
      'cannot-urinate',
      'cannot-keep-fluids',
    ]);
  });

  itEndsAtOnceOnEachDangerSign(assessment, noDangerSigns, [
    ['very-unwell', 'emergency', 'call-112'],
    ['fever-and-flank-pain', 'emergency-department', 'go-to-emergency-department'],
    ['cannot-urinate', 'emergency-department', 'go-to-emergency-department'],
    ['cannot-keep-fluids', 'emergency-department', 'go-to-emergency-department'],
  ]);

  it('advises self-care for a mild, short bladder infection, with when to contact', () => {
    expect(evaluate(assessment, mildCystitis)).toMatchObject({
      band: 'self-care',
      urgency: 'self-care',
      redFlags: [],
      advice: ['self-care-urinary', 'urinary-contact-if-not-better'],
      contact: { offered: false },
    });
  });

  it('offers a contact for a bothersome or longer bladder infection', () => {
    for (const change of [{ severity: 'moderate' }, { 'symptom-days': 3 }]) {
      expect(evaluate(assessment, { ...mildCystitis, ...change })).toMatchObject({
        band: 'bladder-infection',
        urgency: 'within-days',
        contact: healthCentre,
      });
    }
  });

  it('asks about pregnancy only of women of child-bearing age, and treats it the same day', () => {
    expect(ids(mildCystitis)).toContain('pregnant');
    expect(ids({ ...mildCystitis, sex: 'male' })).not.toContain('pregnant');
    expect(ids({ ...mildCystitis, age: 70 })).not.toContain('pregnant');
    for (const pregnant of ['yes', 'maybe']) {
      expect(evaluate(assessment, { ...mildCystitis, pregnant })).toMatchObject({
        band: 'self-care',
        urgency: 'same-day',
        redFlags: ['pregnancy'],
        advice: ['urinary-pregnancy', 'contact-today'],
        contact: healthCentre,
      });
    }
  });

  it.each([
    ['a man', { sex: 'male' }, 'not-female', 'within-days'],
    ['another sex', { sex: 'other' }, 'not-female', 'within-days'],
    ['a school child', { age: 9 }, 'child', 'within-days'],
    ['a small child', { age: 1 }, 'young-child', 'same-day'],
    ['an older woman', { age: 70 }, 'older-age', 'within-days'],
    ['a risk factor', { 'risk-factors': ['diabetes'] }, 'risk-factors', 'within-days'],
    ['visible blood', { 'main-symptoms': ['burning', 'blood'] }, 'visible-blood', 'within-days'],
    ['a fever', { fever: 'yes' }, 'fever', 'same-day'],
  ])('never offers self-care alone to %s', (_who, change, flag, urgency) => {
    expect(evaluate(assessment, { ...mildCystitis, ...change })).toMatchObject({
      redFlags: [flag],
      urgency,
      contact: healthCentre,
    });
  });

  it('sends symptoms that are not typical of a bladder infection to a booked appointment', () => {
    for (const symptoms of [['lower-abdominal-pain'], ['burning', 'discharge'], ['other']]) {
      expect(evaluate(assessment, { ...mildCystitis, 'main-symptoms': symptoms })).toMatchObject({
        band: 'not-typical',
        urgency: 'non-urgent',
        contact: healthCentre,
      });
    }
  });

  it('is never less urgent than a red flag, nor than a more urgent band', () => {
    // The same-day fever beats the within-days band; the band's advice is not shown.
    expect(
      evaluate(assessment, { ...mildCystitis, severity: 'severe', fever: 'yes' }),
    ).toMatchObject({
      band: 'bladder-infection',
      urgency: 'same-day',
      advice: ['urinary-fever', 'contact-today'],
    });
    // A man with a week of symptoms: both within days.
    expect(evaluate(assessment, { ...mildCystitis, sex: 'male', 'symptom-days': 8 })).toMatchObject(
      { band: 'long-symptoms', urgency: 'within-days', redFlags: ['not-female'] },
    );
  });
});
