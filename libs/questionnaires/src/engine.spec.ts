import { describe, expect, it } from 'vitest';
import { answersProblems } from './answers';
import { evaluate } from './evaluate';
import {
  endingRedFlag,
  isComplete,
  nextItem,
  previousItem,
  visibleAnswers,
  visibleItems,
} from './flow';
import type { LocalizedText, QuestionnaireDefinition } from './types';
import { DefinitionError, definitionProblems, validateDefinition } from './validate-definition';

const t = (en: string): LocalizedText => ({ fi: `fi ${en}`, sv: `sv ${en}`, en });

/** A small symptom assessment: red-flag questions first, then conditional and scored questions. */
const cough: QuestionnaireDefinition = {
  id: 'test-cough',
  version: '1.0.0',
  kind: 'symptom-assessment',
  title: t('Cough'),
  clinicalSignOff: { required: true, status: 'pending' },
  sections: [
    {
      id: 'danger',
      title: t('Danger signs'),
      items: [
        {
          id: 'breathless',
          type: 'choice',
          text: t('Severe breathlessness?'),
          required: true,
          options: [
            { value: 'yes', text: t('Yes') },
            { value: 'no', text: t('No') },
          ],
        },
        {
          id: 'confused',
          type: 'choice',
          text: t('Confused?'),
          required: true,
          options: [
            { value: 'yes', text: t('Yes') },
            { value: 'no', text: t('No') },
          ],
        },
      ],
    },
    {
      id: 'symptoms',
      title: t('Symptoms'),
      items: [
        {
          id: 'fever',
          type: 'choice',
          text: t('Fever?'),
          required: true,
          options: [
            { value: 'yes', text: t('Yes'), score: 2 },
            { value: 'no', text: t('No'), score: 0 },
          ],
        },
        {
          id: 'temperature',
          type: 'number',
          text: t('Highest temperature'),
          required: true,
          min: 35,
          max: 43,
          unit: t('°C'),
          enableWhen: { item: 'fever', equals: 'yes' },
        },
        { id: 'since', type: 'date', text: t('Since when?'), required: false },
        {
          id: 'other',
          type: 'multi-choice',
          text: t('Other symptoms'),
          required: true,
          options: [
            { value: 'sore-throat', text: t('Sore throat'), score: 1 },
            { value: 'runny-nose', text: t('Runny nose'), score: 1 },
          ],
        },
        {
          id: 'feeling',
          type: 'scale',
          text: t('How unwell, 0–10?'),
          required: true,
          min: 0,
          max: 10,
          minLabel: t('Fine'),
          maxLabel: t('Very unwell'),
        },
        { id: 'notes', type: 'text', text: t('Anything else?'), required: false, maxLength: 20 },
      ],
    },
  ],
  scoring: { items: ['fever', 'other', 'feeling'] },
  redFlags: [
    {
      id: 'breathless',
      when: { item: 'breathless', equals: 'yes' },
      endsAssessment: true,
      urgency: 'emergency',
      advice: ['call-112'],
      contact: { offered: false },
    },
    {
      id: 'confused',
      when: { item: 'confused', equals: 'yes' },
      endsAssessment: true,
      urgency: 'emergency',
      advice: ['call-112'],
      contact: { offered: false },
    },
    {
      id: 'high-fever',
      label: { fi: 'Korkea kuume', sv: 'Hög feber', en: 'High fever' },
      when: { item: 'temperature', min: 40 },
      endsAssessment: false,
      urgency: 'same-day',
      advice: ['contact-today'],
      contact: { offered: true, unitType: 'health-centre' },
    },
  ],
  bands: [
    {
      id: 'see-nurse',
      label: t('See a nurse'),
      when: { score: { min: 8 } },
      urgency: 'within-days',
      advice: ['contact-soon'],
      contact: { offered: true, unitType: 'health-centre' },
    },
    {
      id: 'self-care',
      label: t('Self-care'),
      urgency: 'self-care',
      advice: ['rest'],
      contact: { offered: false },
    },
  ],
  texts: {
    'call-112': t('Call 112 now.'),
    'contact-today': t('Contact us today.'),
    'contact-soon': t('Contact us soon.'),
    rest: t('Rest.'),
  },
};

const calm = { breathless: 'no', confused: 'no' } as const;
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('conditional display and navigation', () => {
  it('is a valid definition', () => {
    expect(definitionProblems(cough)).toEqual([]);
  });

  it('shows the temperature only after a fever', () => {
    expect(ids(visibleItems(cough, calm))).not.toContain('temperature');
    expect(ids(visibleItems(cough, { ...calm, fever: 'yes' }))).toContain('temperature');
  });

  it('walks one question at a time, skipping hidden ones, and back again', () => {
    const answers = { ...calm, fever: 'no' };
    expect(nextItem(cough, {})?.id).toBe('breathless');
    expect(nextItem(cough, answers, 'fever')?.id).toBe('since');
    expect(previousItem(cough, answers, 'since')?.id).toBe('fever');
    expect(previousItem(cough, answers, 'breathless')).toBeNull();
    expect(nextItem(cough, answers, 'notes')).toBeNull();
  });

  it('keeps an answer that became hidden, so going back restores it, but does not count it', () => {
    const answers = { ...calm, fever: 'yes', temperature: 40.5, other: [], feeling: 2 };
    expect(evaluate(cough, answers).redFlags).toEqual(['high-fever']);
    const changed = { ...answers, fever: 'no' };
    expect(changed.temperature).toBe(40.5);
    expect(visibleAnswers(cough, changed)).not.toHaveProperty('temperature');
    expect(evaluate(cough, changed).redFlags).toEqual([]);
    expect(visibleAnswers(cough, { ...changed, fever: 'yes' })).toHaveProperty('temperature', 40.5);
  });
});

describe('red flags that end the assessment', () => {
  it('stops at once after the red-flag answer, with emergency advice and no score', () => {
    const answers = { breathless: 'yes' };
    expect(nextItem(cough, answers, 'breathless')).toBeNull();
    expect(isComplete(cough, answers)).toBe(true);
    expect(endingRedFlag(cough, answers)?.id).toBe('breathless');
    expect(evaluate(cough, answers)).toMatchObject({
      urgency: 'emergency',
      advice: ['call-112'],
      redFlags: ['breathless'],
      score: null,
      band: null,
      endedEarly: true,
    });
  });

  it('ignores later answers once a red flag ended it', () => {
    const result = evaluate(cough, {
      breathless: 'no',
      confused: 'yes',
      fever: 'yes',
      feeling: 10,
    });
    expect(result).toMatchObject({ redFlags: ['confused'], endedEarly: true, score: null });
  });

  it('lets a red flag override a calm score', () => {
    const result = evaluate(cough, {
      ...calm,
      fever: 'yes',
      temperature: 40,
      other: [],
      feeling: 0,
    });
    expect(result).toMatchObject({
      score: 2,
      band: 'self-care',
      urgency: 'same-day',
      advice: ['contact-today'],
      contact: { offered: true, unitType: 'health-centre' },
    });
  });
});

describe('required items and answer checks', () => {
  it('is incomplete until every visible required item is answered', () => {
    const partial = { ...calm, fever: 'yes' };
    expect(isComplete(cough, partial)).toBe(false);
    expect(answersProblems(cough, partial, { requireComplete: true }).map((p) => p.itemId)).toEqual(
      ['temperature', 'other', 'feeling'],
    );
    expect(isComplete(cough, { ...partial, temperature: 38, other: [], feeling: 3 })).toBe(true);
  });

  it('scores multi-choice and scale answers', () => {
    expect(
      evaluate(cough, {
        ...calm,
        fever: 'yes',
        temperature: 38.5,
        other: ['sore-throat', 'runny-nose'],
        feeling: 4,
      }),
    ).toMatchObject({ score: 8, band: 'see-nurse', urgency: 'within-days' });
  });

  it.each([
    ['temperature', 50, /50 is above the maximum 43/],
    ['temperature', '38', /expected a number/],
    ['since', '2026-02-30', /expected a date YYYY-MM-DD/],
    ['other', ['cough'], /"cough" not among the options/],
    ['other', 'sore-throat', /expected a list of options/],
    ['feeling', 11, /outside the scale 0–10/],
    ['feeling', 2.5, /not on the scale's steps/],
    ['notes', 'x'.repeat(21), /longer than 20 characters/],
  ])('refuses %s = %j with a clear message', (itemId, value, message) => {
    const answers = {
      ...calm,
      fever: 'yes',
      temperature: 38,
      other: [],
      feeling: 3,
      [itemId]: value,
    };
    expect(() => evaluate(cough, answers)).toThrow(message);
  });

  it('refuses answers that are not an object', () => {
    expect(() => evaluate(cough, ['no'])).toThrow(/answers must be an object/);
  });
});

describe('definition validation', () => {
  const broken = (change: (d: QuestionnaireDefinition) => QuestionnaireDefinition) =>
    definitionProblems(change(cough));
  const symptomsSection = cough.sections[1]!;
  const withSymptomItems = (d: QuestionnaireDefinition, items: typeof symptomsSection.items) => ({
    ...d,
    sections: [d.sections[0]!, { ...symptomsSection, items }],
  });

  it('reports a condition on an unknown option', () => {
    const items = symptomsSection.items.map((i) =>
      i.id === 'temperature' ? { ...i, enableWhen: { item: 'fever', equals: 'maybe' } } : i,
    );
    expect(broken((d) => withSymptomItems(d, items))).toContain(
      'item "temperature" enableWhen: unknown option "maybe" of item "fever"',
    );
  });

  it('reports an item that can never be shown', () => {
    const forward = symptomsSection.items.map((i) =>
      i.id === 'temperature' ? { ...i, enableWhen: { item: 'feeling', min: 5 } } : i,
    );
    expect(broken((d) => withSymptomItems(d, forward))).toContain(
      'item "temperature" enableWhen: refers to item "feeling", which does not come before it, so the item is unreachable',
    );
    const never = symptomsSection.items.map((i) =>
      i.id === 'temperature'
        ? {
            ...i,
            enableWhen: {
              all: [
                { item: 'fever', equals: 'yes' },
                { item: 'fever', equals: 'no' },
              ],
            },
          }
        : i,
    );
    expect(broken((d) => withSymptomItems(d, never))).toContain(
      'item "temperature": its condition can never hold, so it is unreachable',
    );
  });

  it('requires a label in every language on a red flag that can reach a professional', () => {
    const withoutLabel = broken((d) => ({ ...d, redFlags: d.redFlags!.map((f) => (f.id === 'high-fever' ? { ...f, label: undefined } : f)) }));
    expect(withoutLabel).toEqual(['red flag "high-fever": needs a label (it can reach a professional in a contact request)']);
    const untranslated = broken((d) => ({
      ...d,
      redFlags: d.redFlags!.map((f) => (f.id === 'high-fever' ? { ...f, label: { fi: 'Korkea kuume', sv: '', en: 'High fever' } } : f)),
    }));
    expect(untranslated).toEqual(['red flag "high-fever" label: missing sv translation']);
  });

  it('reports a missing translation', () => {
    const problems = broken((d) => ({
      ...d,
      texts: { ...d.texts, rest: { fi: 'Lepää.', sv: '', en: 'Rest.' } },
    }));
    expect(problems).toEqual(['text "rest": missing sv translation']);
  });

  it('reports advice without a text, unused texts, unknown urgencies and items', () => {
    const problems = broken((d) => ({
      ...d,
      redFlags: [
        {
          ...d.redFlags![0]!,
          advice: ['call-911'],
          urgency: 'soon' as never,
          when: { item: 'wheeze', equals: 'yes' },
        },
      ],
    }));
    expect(problems).toEqual(
      expect.arrayContaining([
        'red flag "breathless": refers to unknown item "wheeze"',
        'red flag "breathless": unknown urgency "soon"',
        'red flag "breathless": advice text "call-911" is not in texts',
        'text "call-112" is not used by any rule',
      ]),
    );
  });

  it('reports gaps and overlaps between score bands', () => {
    const band = (id: string, min: number, max: number) => ({
      id,
      label: t(id),
      when: { score: { min, max } },
      urgency: 'self-care' as const,
      advice: ['rest'],
      contact: { offered: false as const },
    });
    const texts = { rest: t('Rest.'), 'call-112': t('Call'), 'contact-today': t('Today') };
    expect(
      broken((d) => ({ ...d, texts, bands: [band('low', 0, 3), band('high', 5, 13)] })),
    ).toContain('bands: no band for scores 4–4');
    expect(
      broken((d) => ({ ...d, texts, bands: [band('low', 0, 5), band('high', 5, 10)] })),
    ).toEqual(
      expect.arrayContaining([
        'bands: band "high" overlaps the band before it',
        'bands: no band for scores 11–14',
      ]),
    );
  });

  it('requires a clinical sign-off field on clinical content', () => {
    expect(broken((d) => ({ ...d, clinicalSignOff: undefined }))).toContain(
      'a symptom-assessment is a clinical definition and needs clinicalSignOff.required',
    );
  });

  it('reports malformed data read from JSON clearly', () => {
    const fromJson = JSON.parse(
      '{"id": "x", "sections": [{"id": "s", "items": [{"id": "a", "type": "choice"}]}]}',
    );
    expect(() => validateDefinition(fromJson)).toThrow(/item "a": options must be a list/);
    expect(() => validateDefinition(JSON.parse('{"id": "x"}'))).toThrow(/sections: must be a list/);
  });

  it('throws a DefinitionError listing every problem', () => {
    const bad = { ...cough, version: 'one', title: { fi: 'Yskä', sv: 'Hosta' } as LocalizedText };
    expect(() => validateDefinition(bad)).toThrow(DefinitionError);
    expect(() => validateDefinition(bad)).toThrow(
      /version "one" must look like 1.0.0[\s\S]*title: missing en translation/,
    );
  });
});
