import { describe, expect, it } from 'vitest';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from './fhir';
import { getQuestionnaire } from './registry';
import type { QuestionnaireDefinition } from './types';

const phq9 = getQuestionnaire('phq-9');
const t = (en: string) => ({ fi: `fi ${en}`, sv: `sv ${en}`, en });

describe('FHIR R4 Questionnaire', () => {
  const fhir = toFhirQuestionnaire(phq9, 'sv');

  it('has the required resource fields', () => {
    expect(fhir).toMatchObject({
      resourceType: 'Questionnaire',
      id: 'phq-9',
      url: 'urn:luotsi:questionnaire:phq-9',
      version: '1.0.0',
      name: 'Phq9',
      status: 'draft', // the clinical sign-off is pending
      language: 'sv',
      title: phq9.title.sv,
    });
  });

  it('puts each section in a group and each item with its linkId, text, type and scored options', () => {
    const [group] = fhir.item;
    expect(group).toMatchObject({ linkId: 'phq-9-items', type: 'group' });
    expect(group!.item).toHaveLength(9);
    const item9 = group!.item![8]!;
    expect(item9).toMatchObject({
      linkId: '9',
      type: 'choice',
      required: true,
      text: expect.stringContaining('Tankar'),
    });
    expect(item9.answerOption![3]).toEqual({
      valueCoding: {
        system: 'urn:luotsi:questionnaire:phq-9:item:9',
        code: '3',
        display: 'Nästan varje dag',
      },
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 3 }],
    });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(fhir))).toEqual(fhir);
  });

  it('maps item types and conditions', () => {
    const definition: QuestionnaireDefinition = {
      id: 'visit-form',
      version: '2.1.0',
      kind: 'form',
      title: t('Visit'),
      sections: [
        {
          id: 'child',
          title: t('Child'),
          items: [
            {
              id: 'sleeps-well',
              type: 'choice',
              text: t('Sleeps well?'),
              required: true,
              options: [
                { value: 'yes', text: t('Yes') },
                { value: 'no', text: t('No') },
              ],
            },
            {
              id: 'wakings',
              type: 'number',
              integer: true,
              min: 0,
              max: 20,
              text: t('Wakings per night'),
              required: false,
              enableWhen: { item: 'sleeps-well', equals: 'no' },
            },
            {
              id: 'worries',
              type: 'multi-choice',
              text: t('Worries'),
              required: false,
              options: [
                { value: 'food', text: t('Food') },
                { value: 'sleep', text: t('Sleep') },
              ],
            },
            {
              id: 'born',
              type: 'date',
              text: t('Born'),
              required: true,
              help: t('As in the passport'),
            },
            {
              id: 'notes',
              type: 'text',
              multiline: true,
              maxLength: 500,
              text: t('Notes'),
              required: false,
              enableWhen: { not: { item: 'sleeps-well', equals: 'yes' } },
            },
          ],
        },
      ],
    };
    const [group] = toFhirQuestionnaire(definition, 'en').item;
    const [sleeps, wakings, worries, born, notes] = group!.item!;
    expect(sleeps!.type).toBe('choice');
    expect(wakings).toMatchObject({
      type: 'integer',
      enableWhen: [{ question: 'sleeps-well', operator: '=', answerCoding: { code: 'no' } }],
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
        { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 20 },
      ],
    });
    expect(worries).toMatchObject({ type: 'choice', repeats: true });
    expect(born).toMatchObject({
      type: 'date',
      item: [{ linkId: 'born-help', type: 'display', text: 'As in the passport' }],
    });
    expect(notes).toMatchObject({ type: 'text', maxLength: 500 });
    expect(notes!.extension![0]!.valueExpression!.expression).toBe(
      JSON.stringify({ not: { item: 'sleeps-well', equals: 'yes' } }),
    );
    expect(toFhirQuestionnaire(definition, 'en').status).toBe('active');
  });
});

describe('FHIR R4 QuestionnaireResponse', () => {
  const answers = { '1': 0, '2': 1, '3': 2, '4': 3, '5': 0, '6': 0, '7': 0, '8': 0, '9': 0 };

  it('has the required fields and refers to the questionnaire version', () => {
    const response = toFhirQuestionnaireResponse(phq9, answers, {
      authored: '2026-11-22T10:00:00+02:00',
      subject: 'Patient/abc',
      id: 'r1',
      language: 'fi',
    });
    expect(response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: 'r1',
      questionnaire: 'urn:luotsi:questionnaire:phq-9|1.0.0',
      status: 'completed',
      authored: '2026-11-22T10:00:00+02:00',
      subject: { reference: 'Patient/abc' },
    });
    const items = response.item[0]!.item!;
    expect(response.item[0]!.linkId).toBe('phq-9-items');
    expect(items).toHaveLength(9);
    expect(items[3]).toEqual({
      linkId: '4',
      text: phq9.sections[0]!.items[3]!.text.fi,
      answer: [
        {
          valueCoding: {
            system: 'urn:luotsi:questionnaire:phq-9:item:4',
            code: '3',
            display: 'Lähes joka päivä',
          },
        },
      ],
    });
  });

  it('is in progress while required items are missing, and has no subject when anonymous', () => {
    const response = toFhirQuestionnaireResponse(
      phq9,
      { '1': 2 },
      { authored: '2026-11-22T08:00:00Z' },
    );
    expect(response.status).toBe('in-progress');
    expect(response).not.toHaveProperty('subject');
    expect(response.item[0]!.item).toHaveLength(1);
  });

  it('refuses invalid answers', () => {
    expect(() =>
      toFhirQuestionnaireResponse(phq9, { '1': 7 }, { authored: '2026-11-22T08:00:00Z' }),
    ).toThrow(/item "1"/);
  });
});
