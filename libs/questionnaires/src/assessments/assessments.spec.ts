/**
 * Rules every symptom assessment must keep, whoever writes the next one: danger signs first and
 * each ending the assessment at once, every result with a next step, and a result never less
 * urgent than a red flag it raised.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { toFhirQuestionnaire } from '../fhir';
import { isComplete, nextItem } from '../flow';
import { getQuestionnaire, questionnaireIds } from '../registry';
import {
  urgencyLevels,
  type AnswerValue,
  type QuestionnaireDefinition,
  type QuestionnaireItem,
  type Urgency,
} from '../types';
import { definitionProblems } from '../validate-definition';

const assessments = questionnaireIds
  .map((id) => getQuestionnaire(id))
  .filter((d) => d.kind === 'symptom-assessment');

const rank = (urgency: Urgency | null): number =>
  urgency === null ? urgencyLevels.length : urgencyLevels.indexOf(urgency);
const atLeastAsUrgent = (a: Urgency | null, b: Urgency): boolean => rank(a) <= rank(b);

const dangerItems = (d: QuestionnaireDefinition) => d.sections[0]!.items;
const noDangerSigns = (d: QuestionnaireDefinition) =>
  Object.fromEntries(dangerItems(d).map((item) => [item.id, 'no']));

/** A small deterministic generator, so a failing case can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function randomAnswer(item: QuestionnaireItem, next: () => number): AnswerValue | undefined {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  switch (item.type) {
    case 'choice':
      return pick(item.options).value;
    case 'multi-choice': {
      const chosen = item.options.filter(() => next() < 0.25).map((o) => o.value);
      return chosen.length >= (item.minSelected ?? 0) ? chosen : [item.options[0]!.value];
    }
    case 'number': {
      // Mostly small numbers (days, young ages), sometimes the whole range.
      const min = item.min ?? 0;
      const max = next() < 0.7 ? Math.min(item.max ?? 100, min + 20) : (item.max ?? 100);
      return min + Math.floor(next() * (max - min + 1));
    }
    case 'scale':
      return item.min + Math.floor(next() * (item.max - item.min + 1));
    default:
      return undefined;
  }
}

/** Complete answers: danger signs mostly "no", everything else random. */
function randomAnswers(
  d: QuestionnaireDefinition,
  next: () => number,
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  const danger = new Set(dangerItems(d).map((i) => i.id));
  for (const item of d.sections.flatMap((s) => s.items)) {
    const value = danger.has(item.id) ? (next() < 0.05 ? 'yes' : 'no') : randomAnswer(item, next);
    if (value !== undefined) answers[item.id] = value;
  }
  return answers;
}

describe('every symptom assessment', () => {
  it('includes the six assessments of the symptom check', () => {
    expect(assessments.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'respiratory-infection',
        'sore-throat',
        'urinary-symptoms',
        'low-back-pain',
        'headache',
        'diarrhoea',
      ]),
    );
  });

  describe.each(assessments.map((d) => [d.id, d] as const))('%s', (_id, definition) => {
    it('is valid, versioned and awaits the county clinical sign-off', () => {
      expect(definitionProblems(definition)).toEqual([]);
      expect(definition.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(definition.clinicalSignOff).toMatchObject({ required: true, status: 'pending' });
    });

    it('exports to a FHIR Questionnaire in every language', () => {
      for (const language of ['fi', 'sv', 'en'] as const) {
        const fhir = toFhirQuestionnaire(definition, language);
        expect(fhir.item?.map((section) => section.linkId)).toEqual(
          definition.sections.map((section) => section.id),
        );
      }
    });

    it('asks the danger signs first, each of them ending the assessment as an emergency', () => {
      const ending = (definition.redFlags ?? []).filter((f) => f.endsAssessment);
      expect(dangerItems(definition).map((i) => i.id)).toEqual(
        ending.map((f) => ('item' in f.when ? f.when.item : null)),
      );
      for (const flag of ending)
        expect(['emergency', 'emergency-department'], flag.id).toContain(flag.urgency);
      expect(nextItem(definition, {})?.id).toBe(dangerItems(definition)[0]!.id);
    });

    it('stops at once when any danger sign is answered yes', () => {
      const flags = definition.redFlags ?? [];
      const before: Record<string, string> = {};
      for (const item of dangerItems(definition)) {
        const answers = { ...before, [item.id]: 'yes' };
        const flag = flags.find((f) => 'item' in f.when && f.when.item === item.id)!;
        expect(nextItem(definition, answers, item.id), item.id).toBeNull();
        expect(isComplete(definition, answers)).toBe(true);
        expect(evaluate(definition, answers), item.id).toMatchObject({
          urgency: flag.urgency,
          redFlags: [flag.id],
          advice: flag.advice,
          endedEarly: true,
          score: null,
          band: null,
        });
        before[item.id] = 'no';
      }
      expect(before).toEqual(noDangerSigns(definition));
    });

    it('gives every result a next step: advice, and a contact offer unless it is self-care or an emergency', () => {
      for (const outcome of [...(definition.redFlags ?? []), ...(definition.bands ?? [])]) {
        expect(outcome.advice.length, outcome.id).toBeGreaterThan(0);
        if (['same-day', 'within-days', 'non-urgent'].includes(outcome.urgency))
          expect(outcome.contact, outcome.id).toEqual({ offered: true, unitType: 'health-centre' });
        else expect(outcome.contact, outcome.id).toEqual({ offered: false });
        // Self-care always says when to seek help, so it is never a dead end.
        if (outcome.urgency === 'self-care')
          expect(outcome.advice.length, outcome.id).toBeGreaterThanOrEqual(2);
      }
      expect(definition.bands?.at(-1)).toMatchObject({ urgency: 'self-care' });
    });

    it('is never less urgent than a red flag or the band, whatever the answers', () => {
      const next = random(definition.id.length * 7919);
      const flags = new Map((definition.redFlags ?? []).map((f) => [f.id, f]));
      const bands = new Map((definition.bands ?? []).map((b) => [b.id, b]));
      for (let run = 0; run < 250; run++) {
        const result = evaluate(definition, randomAnswers(definition, next));
        for (const id of result.redFlags)
          expect(atLeastAsUrgent(result.urgency, flags.get(id)!.urgency)).toBe(true);
        if (result.band !== null)
          expect(atLeastAsUrgent(result.urgency, bands.get(result.band)!.urgency)).toBe(true);
        if (result.redFlags.length > 0) expect(result.urgency).not.toBe('self-care');
        expect(result.advice.length).toBeGreaterThan(0);
        if (['same-day', 'within-days', 'non-urgent'].includes(result.urgency!))
          expect(result.contact).toEqual({ offered: true, unitType: 'health-centre' });
      }
    });
  });
});
