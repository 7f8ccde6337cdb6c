import { expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { isComplete, nextItem } from '../flow';
import type { QuestionnaireDefinition } from '../types';

/**
 * For tests: each danger sign, answered yes with every other one no, ends the assessment at once
 * (no next question, complete) with its urgency and its one piece of advice.
 */
export function itEndsAtOnceOnEachDangerSign(
  assessment: QuestionnaireDefinition,
  noDangerSigns: Readonly<Record<string, string>>,
  cases: readonly (readonly [sign: string, urgency: string, advice: string])[],
): void {
  it.each(cases)('ends at once when %s is yes (%s)', (sign, urgency, advice) => {
    const answers = { ...noDangerSigns, [sign]: 'yes' };
    expect(nextItem(assessment, answers, sign)).toBeNull();
    expect(isComplete(assessment, answers)).toBe(true);
    expect(evaluate(assessment, answers)).toMatchObject({
      urgency,
      advice: [advice],
      endedEarly: true,
    });
  });
}
