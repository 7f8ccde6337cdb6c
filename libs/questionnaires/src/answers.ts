/**
 * Checks raw answers against a definition. The BFF gets answers from the browser and must not
 * trust them: every value is checked against its item before anything is scored.
 */
import { allItems, findItem, isAnswered, walk } from './flow';
import type { AnswerValue, QuestionnaireDefinition, QuestionnaireItem } from './types';

export interface AnswerProblem {
  readonly itemId: string;
  readonly message: string;
}

export class InvalidAnswersError extends Error {
  readonly problems: readonly AnswerProblem[];
  constructor(questionnaireId: string, problems: readonly AnswerProblem[]) {
    super(
      `Invalid answers for questionnaire "${questionnaireId}":\n${problems.map((p) => `  - item "${p.itemId}": ${p.message}`).join('\n')}`,
    );
    this.name = 'InvalidAnswersError';
    this.problems = problems;
  }
}

const defaultMaxTextLength = 2000;

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** What is wrong with one value for one item, or null when it is acceptable. */
export function answerProblem(item: QuestionnaireItem, value: unknown): string | null {
  switch (item.type) {
    case 'choice': {
      const allowed = item.options.map((o) => o.value);
      return allowed.includes(value as never)
        ? null
        : `${describe(value)} is not an option; allowed: ${allowed.map(describe).join(', ')}`;
    }
    case 'multi-choice': {
      if (!Array.isArray(value)) return `expected a list of options, got ${describe(value)}`;
      const allowed = item.options.map((o) => o.value);
      const unknown = value.filter((v) => !allowed.includes(v as never));
      if (unknown.length > 0)
        return `${unknown.map(describe).join(', ')} not among the options; allowed: ${allowed.map(describe).join(', ')}`;
      if (new Set(value).size !== value.length) return 'an option is selected twice';
      if (item.minSelected !== undefined && value.length < item.minSelected)
        return `select at least ${item.minSelected}`;
      if (item.maxSelected !== undefined && value.length > item.maxSelected)
        return `select at most ${item.maxSelected}`;
      return null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `expected a number, got ${describe(value)}`;
      if (item.integer && !Number.isInteger(value)) return `expected a whole number, got ${value}`;
      if (item.min !== undefined && value < item.min)
        return `${value} is below the minimum ${item.min}`;
      if (item.max !== undefined && value > item.max)
        return `${value} is above the maximum ${item.max}`;
      return null;
    }
    case 'scale': {
      const step = item.step ?? 1;
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `expected a number from ${item.min} to ${item.max}, got ${describe(value)}`;
      if (value < item.min || value > item.max)
        return `${value} is outside the scale ${item.min}–${item.max}`;
      if (!Number.isInteger((value - item.min) / step))
        return `${value} is not on the scale's steps of ${step}`;
      return null;
    }
    case 'date': {
      if (typeof value !== 'string' || !isCalendarDate(value))
        return `expected a date YYYY-MM-DD, got ${describe(value)}`;
      if (item.min !== undefined && value < item.min) return `${value} is before ${item.min}`;
      if (item.max !== undefined && value > item.max) return `${value} is after ${item.max}`;
      return null;
    }
    case 'text': {
      if (typeof value !== 'string') return `expected text, got ${describe(value)}`;
      const max = item.maxLength ?? defaultMaxTextLength;
      return value.length > max ? `text is longer than ${max} characters` : null;
    }
  }
}

/**
 * Every problem with the answers: unknown items, values that do not fit their item, and (with
 * `requireComplete`) visible required items left unanswered.
 */
export function answersProblems(
  definition: QuestionnaireDefinition,
  answers: unknown,
  options: { requireComplete?: boolean } = {},
): AnswerProblem[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return [
      {
        itemId: '*',
        message: `answers must be an object of item id → value, got ${describe(answers)}`,
      },
    ];
  }
  const problems: AnswerProblem[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    const item = findItem(definition, itemId);
    if (!item) {
      problems.push({
        itemId,
        message: `no such item; items are ${allItems(definition)
          .map(({ item: i }) => `"${i.id}"`)
          .join(', ')}`,
      });
      continue;
    }
    const problem = answerProblem(item, value);
    if (problem) problems.push({ itemId, message: problem });
  }
  if (problems.length === 0 && options.requireComplete) {
    // Only what the person is asked counts: hidden items, and items after a red flag that ended
    // the assessment, need no answer.
    const typed = answers as Record<string, AnswerValue>;
    for (const item of walk(definition, typed).visible) {
      if (item.required && !isAnswered(typed[item.id]))
        problems.push({ itemId: item.id, message: 'required, but not answered' });
    }
  }
  return problems;
}

/** Throws `InvalidAnswersError` listing every problem; returns the answers typed when fine. */
export function assertValidAnswers(
  definition: QuestionnaireDefinition,
  answers: unknown,
  options: { requireComplete?: boolean } = {},
): Record<string, AnswerValue> {
  const problems = answersProblems(definition, answers, options);
  if (problems.length > 0) throw new InvalidAnswersError(definition.id, problems);
  return answers as Record<string, AnswerValue>;
}
