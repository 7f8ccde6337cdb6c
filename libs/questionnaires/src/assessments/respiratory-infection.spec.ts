import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { isComplete, nextItem, visibleItems } from '../flow';
import { getQuestionnaire } from '../registry';

const assessment = getQuestionnaire('respiratory-infection');
const noDangerSigns = {
  'severe-breathlessness': 'no',
  'blue-lips': 'no',
  confusion: 'no',
  'chest-pain': 'no',
  'coughing-blood': 'no',
};
const mildCold = {
  ...noDangerSigns,
  age: 34,
  fever: 'low',
  breathing: 'normal',
  'symptom-days': 2,
  'other-symptoms': ['runny-nose', 'sore-throat'],
};

describe('respiratory infection assessment', () => {
  it('asks the danger signs first', () => {
    expect(
      visibleItems(assessment, {})
        .slice(0, 5)
        .map((i) => i.id),
    ).toEqual(['severe-breathlessness', 'blue-lips', 'confusion', 'chest-pain', 'coughing-blood']);
  });

  it.each(['severe-breathlessness', 'blue-lips', 'confusion', 'chest-pain'])(
    'ends at once with "call 112" when %s is yes',
    (sign) => {
      const answers = { ...noDangerSigns, [sign]: 'yes' };
      expect(nextItem(assessment, answers, sign)).toBeNull();
      expect(isComplete(assessment, answers)).toBe(true);
      expect(evaluate(assessment, answers)).toMatchObject({
        urgency: 'emergency',
        advice: ['call-112'],
        endedEarly: true,
      });
    },
  );

  it('sends a person coughing up blood to the emergency department', () => {
    expect(evaluate(assessment, { ...noDangerSigns, 'coughing-blood': 'yes' })).toMatchObject({
      urgency: 'emergency-department',
      endedEarly: true,
    });
  });

  it('advises self-care for a mild cold', () => {
    expect(evaluate(assessment, mildCold)).toMatchObject({
      band: 'self-care',
      urgency: 'self-care',
      redFlags: [],
      contact: { offered: false },
    });
  });

  it('asks how long a fever has lasted only for a real fever, and raises the urgency after 4 days', () => {
    expect(visibleItems(assessment, mildCold).map((i) => i.id)).not.toContain('fever-days');
    const fever = { ...mildCold, fever: 'high', 'fever-days': 4 };
    expect(visibleItems(assessment, fever).map((i) => i.id)).toContain('fever-days');
    expect(evaluate(assessment, fever)).toMatchObject({
      band: 'self-care',
      urgency: 'same-day',
      redFlags: ['long-fever'],
      contact: { offered: true, unitType: 'health-centre' },
    });
  });

  it('offers a contact for symptoms lasting 10 days or more', () => {
    expect(evaluate(assessment, { ...mildCold, 'symptom-days': 10 })).toMatchObject({
      band: 'long-symptoms',
      urgency: 'within-days',
    });
  });
});
