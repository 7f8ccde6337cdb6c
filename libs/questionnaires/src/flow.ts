/**
 * Navigation for a one-question-per-step UI. Answers are never thrown away when an item becomes
 * hidden (the person may go back and change their mind); hidden answers are simply not counted.
 * Use `visibleAnswers` before storing, so only what the person was actually asked is kept.
 */
import { evaluateCondition } from './conditions';
import type {
  Answers,
  AnswerValue,
  QuestionnaireDefinition,
  QuestionnaireItem,
  QuestionnaireSection,
  RedFlagRule,
} from './types';

export interface LocatedItem {
  readonly item: QuestionnaireItem;
  readonly section: QuestionnaireSection;
}

/** Every item in order, with its section. */
export function allItems(definition: QuestionnaireDefinition): LocatedItem[] {
  return definition.sections.flatMap((section) => section.items.map((item) => ({ item, section })));
}

export function findItem(
  definition: QuestionnaireDefinition,
  itemId: string,
): QuestionnaireItem | undefined {
  for (const section of definition.sections) {
    const item = section.items.find((i) => i.id === itemId);
    if (item) return item;
  }
  return undefined;
}

/** An answer counts as given when present; empty text counts as not given. */
export function isAnswered(answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  return true;
}

interface Walk {
  readonly visible: QuestionnaireItem[];
  /** The red flag that ended the assessment, and the item that raised it. */
  readonly ended: { readonly flag: RedFlagRule; readonly itemId: string } | null;
  /** Red flags raised by the visible answers (ending or not), in item order. */
  readonly raised: RedFlagRule[];
}

/**
 * Walks the items in order. An item is visible when its section's and its own conditions hold on
 * the answers of the visible items before it. After each visible answered item the red flags are
 * checked; one that ends the assessment hides everything after that item.
 */
export function walk(definition: QuestionnaireDefinition, answers: Answers): Walk {
  const visible: QuestionnaireItem[] = [];
  const counted: Record<string, AnswerValue> = {};
  const raised: RedFlagRule[] = [];
  const flags = definition.redFlags ?? [];
  for (const { item, section } of allItems(definition)) {
    const context = { answers: counted };
    if (section.enableWhen && !evaluateCondition(section.enableWhen, context)) continue;
    if (item.enableWhen && !evaluateCondition(item.enableWhen, context)) continue;
    visible.push(item);
    const answer = answers[item.id];
    if (!isAnswered(answer)) continue;
    counted[item.id] = answer as AnswerValue;
    for (const flag of flags) {
      if (raised.includes(flag) || !evaluateCondition(flag.when, { answers: counted })) continue;
      raised.push(flag);
      if (flag.endsAssessment) return { visible, ended: { flag, itemId: item.id }, raised };
    }
  }
  return { visible, ended: null, raised };
}

/** The items the person is asked, given the answers so far. */
export function visibleItems(
  definition: QuestionnaireDefinition,
  answers: Answers,
): QuestionnaireItem[] {
  return walk(definition, answers).visible;
}

/** Only the answers to visible items: what to store and score. */
export function visibleAnswers(
  definition: QuestionnaireDefinition,
  answers: Answers,
): Record<string, AnswerValue> {
  const kept: Record<string, AnswerValue> = {};
  for (const item of visibleItems(definition, answers)) {
    const answer = answers[item.id];
    if (isAnswered(answer)) kept[item.id] = answer as AnswerValue;
  }
  return kept;
}

/** The red flag that ends the assessment now, if the answers raise one. */
export function endingRedFlag(
  definition: QuestionnaireDefinition,
  answers: Answers,
): RedFlagRule | null {
  return walk(definition, answers).ended?.flag ?? null;
}

/**
 * The item to show after `currentItemId` (the first item when not given), or null when there is
 * nothing more to ask: the end of the questionnaire, or a red flag ended it.
 */
export function nextItem(
  definition: QuestionnaireDefinition,
  answers: Answers,
  currentItemId?: string,
): QuestionnaireItem | null {
  // The visible list stops at an item that raised an ending red flag, so nothing follows it.
  const { visible } = walk(definition, answers);
  if (currentItemId === undefined) return firstOf(visible);
  const order = allItems(definition).map(({ item }) => item.id);
  const at = order.indexOf(currentItemId);
  return visible.find((item) => order.indexOf(item.id) > at) ?? null;
}

/** The visible item before `currentItemId`, or null at the start (for a back button). */
export function previousItem(
  definition: QuestionnaireDefinition,
  answers: Answers,
  currentItemId: string,
): QuestionnaireItem | null {
  const order = allItems(definition).map(({ item }) => item.id);
  const at = order.indexOf(currentItemId);
  const before = visibleItems(definition, answers).filter((item) => order.indexOf(item.id) < at);
  return before.at(-1) ?? null;
}

/** The first visible required item without an answer, or null. */
export function firstUnanswered(
  definition: QuestionnaireDefinition,
  answers: Answers,
): QuestionnaireItem | null {
  return (
    visibleItems(definition, answers).find(
      (item) => item.required && !isAnswered(answers[item.id]),
    ) ?? null
  );
}

/** True when a result can be given: every visible required item is answered, or a red flag ended it. */
export function isComplete(definition: QuestionnaireDefinition, answers: Answers): boolean {
  const { visible, ended } = walk(definition, answers);
  return ended !== null || visible.every((item) => !item.required || isAnswered(answers[item.id]));
}

function firstOf<T>(list: readonly T[]): T | null {
  return list[0] ?? null;
}
