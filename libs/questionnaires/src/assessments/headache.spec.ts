import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { visibleItems } from '../flow';
import { getQuestionnaire } from '../registry';
import { itEndsAtOnceOnEachDangerSign } from './danger-signs.testing';

const assessment = getQuestionnaire('headache');
const noDangerSigns = {
  thunderclap: 'no',
  'stroke-signs': 'no',
  'confusion-or-seizure': 'no',
  'fever-and-stiff-neck': 'no',
  'head-injury': 'no',
  'red-painful-eye': 'no',
};
/** A familiar, occasional headache that a painkiller helps, in a healthy 35-year-old. */
const usualHeadache = {
  ...noDangerSigns,
  age: 35,
  'risk-factors': [],
  'new-kind': 'no',
  'getting-worse': 'no',
  'pain-intensity': 4,
  'painkiller-helps': 'yes',
  'headache-days': 2,
  'painkiller-days': 2,
};
const healthCentre = { offered: true, unitType: 'health-centre' };
const ids = (answers: Record<string, unknown>) =>
  visibleItems(assessment, answers as never).map((i) => i.id);

describe('headache assessment', () => {
  it('asks the danger signs first', () => {
    expect(ids({}).slice(0, 6)).toEqual(Object.keys(noDangerSigns));
  });

  itEndsAtOnceOnEachDangerSign(assessment, noDangerSigns, [
    ['thunderclap', 'emergency', 'call-112'],
    ['stroke-signs', 'emergency', 'call-112'],
    ['confusion-or-seizure', 'emergency', 'call-112'],
    ['fever-and-stiff-neck', 'emergency', 'call-112'],
    ['head-injury', 'emergency-department', 'go-to-emergency-department'],
    ['red-painful-eye', 'emergency-department', 'go-to-emergency-department'],
  ]);

  it('advises self-care for a familiar headache, with when to call 112', () => {
    expect(evaluate(assessment, usualHeadache)).toMatchObject({
      band: 'self-care',
      urgency: 'self-care',
      redFlags: [],
      advice: ['self-care-headache', 'headache-when-to-act'],
      contact: { offered: false },
    });
  });

  it('offers a contact for a new kind of headache, and a booking for frequent ones', () => {
    expect(evaluate(assessment, { ...usualHeadache, 'new-kind': 'yes' })).toMatchObject({
      band: 'new-kind',
      urgency: 'within-days',
      contact: healthCentre,
    });
    for (const change of [{ 'headache-days': 8 }, { 'painkiller-days': 10 }]) {
      expect(evaluate(assessment, { ...usualHeadache, ...change })).toMatchObject({
        band: 'frequent',
        urgency: 'non-urgent',
        advice: expect.arrayContaining(['headache-frequent', 'book-appointment']),
        contact: healthCentre,
      });
    }
  });

  it('treats a severe headache that painkillers do not help the same day', () => {
    expect(
      evaluate(assessment, { ...usualHeadache, 'pain-intensity': 8, 'painkiller-helps': 'no' }),
    ).toMatchObject({ band: 'severe-not-helped', urgency: 'same-day', contact: healthCentre });
  });

  it('checks a new headache from the age of 50 the same day', () => {
    expect(
      evaluate(assessment, {
        ...usualHeadache,
        age: 50,
        'new-kind': 'yes',
        'temple-or-jaw-pain': 'no',
      }),
    ).toMatchObject({
      band: 'new-kind',
      urgency: 'same-day',
      redFlags: ['new-after-50'],
      advice: ['headache-new-after-50', 'contact-today'],
    });
  });

  it('asks about temple and jaw pain from 50 on, and checks it the same day', () => {
    expect(ids(usualHeadache)).not.toContain('temple-or-jaw-pain');
    const older = { ...usualHeadache, age: 72, 'temple-or-jaw-pain': 'yes' };
    expect(ids(older)).toContain('temple-or-jaw-pain');
    expect(evaluate(assessment, older)).toMatchObject({
      urgency: 'same-day',
      redFlags: ['temple-or-jaw-pain'],
    });
    // The hidden answer of a younger person does not count.
    expect(evaluate(assessment, { ...older, age: 40 })).toMatchObject({ urgency: 'self-care' });
  });

  it.each([
    ['pregnancy or a recent birth', { 'risk-factors': ['pregnancy'] }, 'pregnancy', 'same-day'],
    ['cancer', { 'risk-factors': ['cancer'] }, 'cancer-or-weak-immunity', 'within-days'],
    [
      'a headache getting worse for weeks',
      { 'getting-worse': 'yes' },
      'getting-worse',
      'within-days',
    ],
  ])('never offers self-care alone with %s', (_what, change, flag, urgency) => {
    expect(evaluate(assessment, { ...usualHeadache, ...change })).toMatchObject({
      band: 'self-care',
      redFlags: [flag],
      urgency,
      contact: healthCentre,
    });
  });

  it('is never less urgent than a red flag, nor than a more urgent band', () => {
    // The within-days flag does not lower the same-day band; the band's advice is kept.
    const result = evaluate(assessment, {
      ...usualHeadache,
      'risk-factors': ['cancer'],
      'pain-intensity': 9,
      'painkiller-helps': 'no',
    });
    expect(result).toMatchObject({ band: 'severe-not-helped', urgency: 'same-day' });
    expect(result.advice).toEqual(expect.arrayContaining(['headache-severe', 'headache-risk']));
  });
});
