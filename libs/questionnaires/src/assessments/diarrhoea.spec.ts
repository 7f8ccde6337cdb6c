import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { visibleItems } from '../flow';
import { getQuestionnaire } from '../registry';
import { itEndsAtOnceOnEachDangerSign } from './danger-signs.testing';

const assessment = getQuestionnaire('diarrhoea');
const noDangerSigns = {
  'confusion-or-fainting': 'no',
  dehydration: 'no',
  'blood-or-black-stool': 'no',
  'severe-belly-pain': 'no',
  'cannot-keep-fluids': 'no',
};
/** A stomach bug of a healthy adult, one day, no fever. */
const mildDiarrhoea = {
  ...noDangerSigns,
  age: 28,
  'risk-factors': [],
  'recent-antibiotics': 'no',
  travel: 'no',
  'works-with-food-or-patients': 'no',
  fever: 'none',
  'diarrhoea-days': 1,
};
const healthCentre = { offered: true, unitType: 'health-centre' };
const ids = (answers: Record<string, unknown>) =>
  visibleItems(assessment, answers as never).map((i) => i.id);

describe('diarrhoea assessment', () => {
  it('asks the danger signs first', () => {
    expect(ids({}).slice(0, 5)).toEqual(Object.keys(noDangerSigns));
  });

  itEndsAtOnceOnEachDangerSign(assessment, noDangerSigns, [
    ['confusion-or-fainting', 'emergency', 'call-112'],
    ['dehydration', 'emergency-department', 'go-to-emergency-department'],
    ['blood-or-black-stool', 'emergency-department', 'go-to-emergency-department'],
    ['severe-belly-pain', 'emergency-department', 'go-to-emergency-department'],
    ['cannot-keep-fluids', 'emergency-department', 'go-to-emergency-department'],
  ]);

  it('advises self-care with drinking advice, and says when to seek care', () => {
    expect(evaluate(assessment, mildDiarrhoea)).toMatchObject({
      band: 'self-care',
      urgency: 'self-care',
      redFlags: [],
      advice: ['self-care-diarrhoea', 'diarrhoea-when-to-act'],
      contact: { offered: false },
    });
  });

  it('offers a contact for diarrhoea lasting a week, or 3 days after travel outside Europe', () => {
    expect(evaluate(assessment, { ...mildDiarrhoea, 'diarrhoea-days': 7 })).toMatchObject({
      band: 'long-lasting',
      urgency: 'within-days',
      contact: healthCentre,
    });
    expect(
      evaluate(assessment, { ...mildDiarrhoea, travel: 'yes', 'diarrhoea-days': 3 }),
    ).toMatchObject({ band: 'after-travel', urgency: 'within-days', contact: healthCentre });
    expect(evaluate(assessment, { ...mildDiarrhoea, travel: 'yes' })).toMatchObject({
      band: 'self-care',
    });
  });

  it.each([
    ['a baby', { age: 0 }, ['baby'], 'same-day'],
    ['a person aged 75', { age: 75 }, ['older-age'], 'within-days'],
    ['pregnancy', { 'risk-factors': ['pregnancy'] }, ['risk-factors'], 'within-days'],
    ['recent antibiotics', { 'recent-antibiotics': 'yes' }, ['recent-antibiotics'], 'within-days'],
    ['a fever of 38–39', { fever: 'moderate' }, ['moderate-fever'], 'within-days'],
    ['a fever over 39', { fever: 'high' }, ['high-fever'], 'same-day'],
    [
      'a fever after travel outside Europe',
      { travel: 'yes', fever: 'moderate' },
      ['moderate-fever', 'fever-after-travel'],
      'same-day',
    ],
    [
      'work with food or patients',
      { 'works-with-food-or-patients': 'yes' },
      ['works-with-food-or-patients'],
      'non-urgent',
    ],
  ])(
    'never offers self-care alone with %s, and keeps the drinking advice',
    (_w, change, flags, urgency) => {
      const result = evaluate(assessment, { ...mildDiarrhoea, ...change });
      expect(result).toMatchObject({ redFlags: flags, urgency, contact: healthCentre });
      expect(result.advice).toContain('self-care-diarrhoea');
    },
  );

  it('asks about work only from the age of 15', () => {
    expect(ids(mildDiarrhoea)).toContain('works-with-food-or-patients');
    expect(ids({ ...mildDiarrhoea, age: 8 })).not.toContain('works-with-food-or-patients');
  });

  it('is never less urgent than a red flag: a baby beats a within-days band', () => {
    expect(evaluate(assessment, { ...mildDiarrhoea, age: 0, 'diarrhoea-days': 8 })).toMatchObject({
      band: 'long-lasting',
      urgency: 'same-day',
      redFlags: ['baby'],
      advice: ['diarrhoea-baby', 'contact-today', 'self-care-diarrhoea'],
    });
  });
});
