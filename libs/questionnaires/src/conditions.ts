import type { AnswerValue, Answers, Condition, OptionValue } from './types';

/** What a condition can see: the answers, and the total score in outcome rules. */
export interface ConditionContext {
  readonly answers: Answers;
  readonly score?: number | null;
}

function selected(answer: AnswerValue): readonly OptionValue[] {
  return Array.isArray(answer) ? answer : [answer as OptionValue];
}

function inRange(value: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** Evaluates a condition. An unanswered item makes its item condition false. */
export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, context));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, context));
  if ('not' in condition) return !evaluateCondition(condition.not, context);
  if ('score' in condition) {
    const score = context.score;
    return typeof score === 'number' && inRange(score, condition.score.min, condition.score.max);
  }
  const answer = context.answers[condition.item];
  if (answer === undefined) return false;
  if ('answered' in condition) return true;
  if ('equals' in condition) return selected(answer).includes(condition.equals);
  if ('anyOf' in condition) return selected(answer).some((v) => condition.anyOf.includes(v));
  return typeof answer === 'number' && inRange(answer, condition.min, condition.max);
}

/** Item ids a condition refers to, in order of first mention. */
export function referencedItems(condition: Condition): string[] {
  const ids: string[] = [];
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('item' in c && !ids.includes(c.item)) ids.push(c.item);
  };
  walk(condition);
  return ids;
}

export function usesScore(condition: Condition): boolean {
  if ('all' in condition) return condition.all.some(usesScore);
  if ('any' in condition) return condition.any.some(usesScore);
  if ('not' in condition) return usesScore(condition.not);
  return 'score' in condition;
}
