import type { AnswerValue, LocalizedText, QuestionnaireDefinition } from '@luotsi/questionnaires';
import { allItems } from '@luotsi/questionnaires';
import type { BffContext } from '@luotsi/bff-core';

type Language = BffContext['language'];

export interface AnswerLine {
  itemId: string;
  question: string;
  answer: string;
}

const text = (value: LocalizedText | undefined, language: Language) => value?.[language] ?? value?.fi ?? '';

/**
 * The answers as the professional reads them: each asked question and the answer's text in the
 * reader's language (option texts, not their stored values), in the questionnaire's order.
 */
export function answerLines(definition: QuestionnaireDefinition, answers: Record<string, AnswerValue>, language: Language): AnswerLine[] {
  const lines: AnswerLine[] = [];
  for (const { item } of allItems(definition)) {
    const value = answers[item.id];
    if (value === undefined || value === '') continue;
    const values = Array.isArray(value) ? value : [value];
    let answer: string;
    if (item.type === 'choice' || item.type === 'multi-choice') {
      answer = values.map((v) => text(item.options.find((o) => o.value === v)?.text, language) || String(v)).join(', ');
    } else if (item.type === 'number' && item.unit) {
      answer = `${String(value)} ${text(item.unit, language)}`;
    } else {
      answer = values.map(String).join(', ');
    }
    lines.push({ itemId: item.id, question: text(item.text, language), answer });
  }
  return lines;
}
