import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidAnswersError } from './answers';
import { evaluate } from './evaluate';
import { createAuditC, internationalAuditCCutOffs } from './instruments/audit-c';
import { getQuestionnaire, questionnaireIds } from './registry';
import type { Answers } from './types';
import { definitionProblems } from './validate-definition';

/** The published bands (docs/domain-rules.md), written out independently of the definitions. */
const phq9Band = (t: number) =>
  t <= 4
    ? 'minimal'
    : t <= 9
      ? 'mild'
      : t <= 14
        ? 'moderate'
        : t <= 19
          ? 'moderately-severe'
          : 'severe';
const gad7Band = (t: number) =>
  t <= 4 ? 'minimal' : t <= 9 ? 'mild' : t <= 14 ? 'moderate' : 'severe';
const auditBand = (t: number) =>
  t <= 7 ? 'low-risk' : t <= 15 ? 'hazardous' : t <= 19 ? 'harmful' : 'possible-dependence';

const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const toAnswers = (values: readonly number[]): Record<string, number> =>
  Object.fromEntries(values.map((v, i) => [String(i + 1), v]));
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const phq9Answers = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 });
const gad7Answers = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 });
const auditAnswers = fc.tuple(
  fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 8, maxLength: 8 }),
  fc.array(fc.constantFrom(0, 2, 4), { minLength: 2, maxLength: 2 }),
);

/** An answer set with the given total, spread over items with the given maximum. */
function withTotal(total: number, items: number, max: number): number[] {
  const values = Array.from({ length: items }, () => 0);
  let left = total;
  for (let i = 0; i < items && left > 0; i++) {
    values[i] = Math.min(max, left);
    left -= values[i]!;
  }
  return values;
}

describe('the instrument definitions', () => {
  it('are all valid, with every text in Finnish, Swedish and English', () => {
    for (const id of questionnaireIds)
      expect(definitionProblems(getQuestionnaire(id)), id).toEqual([]);
    expect(definitionProblems(createAuditC(internationalAuditCCutOffs))).toEqual([]);
  });

  it('await the county clinical sign-off', () => {
    for (const id of questionnaireIds)
      expect(getQuestionnaire(id).clinicalSignOff, id).toMatchObject({
        required: true,
        status: 'pending',
      });
  });

  it('use the item numbers as item ids', () => {
    const itemIds = (id: string) =>
      getQuestionnaire(id).sections.flatMap((s) => s.items.map((i) => i.id));
    expect(itemIds('phq-9')).toEqual(ids(9));
    expect(itemIds('gad-7')).toEqual(ids(7));
    expect(itemIds('audit')).toEqual(ids(10));
    expect(itemIds('audit-c')).toEqual(['sex', '1', '2', '3']);
  });
});

describe('PHQ-9', () => {
  const phq9 = getQuestionnaire('phq-9');

  it('gives the published total and band for any answer set', () => {
    fc.assert(
      fc.property(phq9Answers, (values) => {
        const result = evaluate(phq9, toAnswers(values));
        expect(result.score).toBe(sum(values));
        expect(result.band).toBe(phq9Band(sum(values)));
      }),
    );
  });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [27, 'severe'],
  ])('puts a total of %i in band %s', (total, band) => {
    // Item 9 is left at 0 (it is the last item filled) except at totals above 24.
    const result = evaluate(phq9, toAnswers(withTotal(total, 9, 3)));
    expect(result).toMatchObject({ score: total, band });
  });

  it('always gives the urgent advice when item 9 is above 0, whatever the total', () => {
    fc.assert(
      fc.property(phq9Answers, fc.integer({ min: 1, max: 3 }), (values, item9) => {
        const result = evaluate(phq9, { ...toAnswers(values), '9': item9 });
        expect(result.redFlags).toEqual(['self-harm-thoughts']);
        expect(result.advice[0]).toBe('urgent-self-harm');
        expect(result.advice).toContain('urgent-contact-today');
        expect(['emergency', 'emergency-department', 'same-day']).toContain(result.urgency);
        expect(result.contact).toEqual({ offered: true, unitType: 'health-centre' });
      }),
    );
  });

  it('gives no urgent advice when item 9 is 0', () => {
    const result = evaluate(phq9, toAnswers([3, 3, 3, 3, 3, 3, 3, 3, 0]));
    expect(result).toMatchObject({ score: 24, band: 'severe', redFlags: [] });
    expect(result.advice).not.toContain('urgent-self-harm');
  });

  it('with a minimal total and item 9 at 1 still advises contact today, not self-care', () => {
    const result = evaluate(phq9, toAnswers([0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(result).toMatchObject({ score: 1, band: 'minimal', urgency: 'same-day' });
    expect(result.advice).toEqual(['urgent-self-harm', 'urgent-contact-today']);
  });

  it('refuses values outside 0–3 and missing items', () => {
    expect(() => evaluate(phq9, toAnswers([0, 0, 0, 0, 4, 0, 0, 0, 0]))).toThrow(
      /item "5": 4 is not an option/,
    );
    expect(() => evaluate(phq9, toAnswers([0, 0, 0]))).toThrow(
      /item "4": required, but not answered/,
    );
    expect(() => evaluate(phq9, { ...toAnswers(withTotal(0, 9, 3)), '10': 1 })).toThrow(
      /item "10": no such item/,
    );
    expect(() => evaluate(phq9, { ...toAnswers(withTotal(0, 9, 3)), '1': '1' })).toThrow(
      InvalidAnswersError,
    );
  });
});

describe('GAD-7', () => {
  const gad7 = getQuestionnaire('gad-7');

  it('gives the published total and band for any answer set', () => {
    fc.assert(
      fc.property(gad7Answers, (values) => {
        expect(evaluate(gad7, toAnswers(values))).toMatchObject({
          score: sum(values),
          band: gad7Band(sum(values)),
        });
      }),
    );
  });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('puts a total of %i in band %s', (total, band) => {
    expect(evaluate(gad7, toAnswers(withTotal(total, 7, 3)))).toMatchObject({ score: total, band });
  });
});

describe('AUDIT', () => {
  const audit = getQuestionnaire('audit');

  it('gives the published total and zone for any answer set', () => {
    fc.assert(
      fc.property(auditAnswers, ([first8, last2]) => {
        const values = [...first8, ...last2];
        expect(evaluate(audit, toAnswers(values))).toMatchObject({
          score: sum(values),
          band: auditBand(sum(values)),
        });
      }),
    );
  });

  it.each([
    [0, 'low-risk'],
    [7, 'low-risk'],
    [8, 'hazardous'],
    [15, 'hazardous'],
    [16, 'harmful'],
    [19, 'harmful'],
    [20, 'possible-dependence'],
    [40, 'possible-dependence'],
  ])('puts a total of %i in zone %s', (total, band) => {
    // Items 1–8 up to 32, then items 9 and 10 in steps of 2.
    const first8 = withTotal(Math.min(total, 32), 8, 4);
    const rest = total - sum(first8);
    const last2 = [Math.min(rest, 4), Math.max(0, rest - 4)];
    expect(evaluate(audit, toAnswers([...first8, ...last2]))).toMatchObject({ score: total, band });
  });

  it('allows only 0, 2 or 4 on items 9 and 10', () => {
    const base = toAnswers(withTotal(0, 10, 4));
    for (const item of ['9', '10']) {
      for (const value of [0, 2, 4])
        expect(() => evaluate(audit, { ...base, [item]: value })).not.toThrow();
      for (const value of [1, 3, 5, -1])
        expect(() => evaluate(audit, { ...base, [item]: value })).toThrow(
          new RegExp(`item "${item}": ${value} is not an option; allowed: 0, 2, 4`),
        );
    }
  });

  it('allows 0–4 on items 1–8', () => {
    expect(() => evaluate(audit, { ...toAnswers(withTotal(0, 10, 4)), '8': 5 })).toThrow(
      /allowed: 0, 1, 2, 3, 4/,
    );
  });
});

describe('AUDIT-C', () => {
  const finnish = getQuestionnaire('audit-c');
  const international = createAuditC(internationalAuditCCutOffs);
  const answers = (sex: string, total: number): Answers => ({
    sex,
    ...toAnswers(withTotal(total, 3, 4)),
  });

  it.each([
    ['male', 5, 'negative'],
    ['male', 6, 'positive'],
    ['female', 4, 'negative'],
    ['female', 5, 'positive'],
  ])('by Finnish cut-offs, a %s with %i points is %s', (sex, total, band) => {
    expect(evaluate(finnish, answers(sex, total))).toMatchObject({ score: total, band });
  });

  it.each([
    ['male', 3, 'negative'],
    ['male', 4, 'positive'],
    ['female', 2, 'negative'],
    ['female', 3, 'positive'],
  ])('by international cut-offs, a %s with %i points is %s', (sex, total, band) => {
    expect(evaluate(international, answers(sex, total))).toMatchObject({ score: total, band });
  });

  it('sums items 1–3 (0–12) and applies the cut-off of the given sex for any answer set', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('male', 'female'),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }),
        (sex, values) => {
          const total = sum(values);
          const result = evaluate(finnish, { sex, ...toAnswers(values) });
          expect(result.score).toBe(total);
          expect(result.band).toBe(total >= (sex === 'male' ? 6 : 5) ? 'positive' : 'negative');
        },
      ),
    );
  });

  it('needs the sex, as the cut-off depends on it', () => {
    expect(() => evaluate(finnish, toAnswers([4, 4, 4]))).toThrow(
      /item "sex": required, but not answered/,
    );
    expect(() => evaluate(finnish, { sex: 'other', ...toAnswers([0, 0, 0]) })).toThrow(
      /item "sex": "other" is not an option/,
    );
  });
});
