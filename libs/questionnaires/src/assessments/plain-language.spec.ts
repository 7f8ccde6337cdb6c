/**
 * Plain language: residents complained about long sentences in symptom checks. The writing rule
 * is 15 words a sentence at most; this test fails above 20 in any language, so a long sentence
 * is caught before a clinician or a resident reads it.
 */
import { describe, expect, it } from 'vitest';
import { getQuestionnaire, questionnaireIds } from '../registry';
import {
  questionnaireLanguages,
  type LocalizedText,
  type QuestionnaireDefinition,
  type QuestionnaireLanguage,
} from '../types';

const maxWordsPerSentence = 20;

/** Every resident-facing text of a definition, with where it is. */
function allTexts(d: QuestionnaireDefinition): [string, LocalizedText][] {
  const found: [string, LocalizedText | undefined][] = [
    ['title', d.title],
    ['description', d.description],
  ];
  for (const section of d.sections) {
    found.push([`section ${section.id}`, section.title]);
    for (const item of section.items) {
      found.push([`item ${item.id}`, item.text], [`item ${item.id} help`, item.help]);
      if (item.type === 'choice' || item.type === 'multi-choice')
        item.options.forEach((o) => found.push([`item ${item.id} option ${o.value}`, o.text]));
      if (item.type === 'number') found.push([`item ${item.id} unit`, item.unit]);
      if (item.type === 'scale')
        found.push([`item ${item.id} min`, item.minLabel], [`item ${item.id} max`, item.maxLabel]);
    }
  }
  for (const band of d.bands ?? []) found.push([`band ${band.id}`, band.label]);
  for (const [key, value] of Object.entries(d.texts ?? {})) found.push([`text ${key}`, value]);
  return found.filter((entry): entry is [string, LocalizedText] => entry[1] !== undefined);
}

/** Sentences end at . ! or ? followed by a space or the end of the text. */
function sentences(value: string): string[] {
  return value
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A word has a letter or a digit in it, so a lone dash does not count. */
function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function longSentences(d: QuestionnaireDefinition, language: QuestionnaireLanguage): string[] {
  return allTexts(d).flatMap(([where, text]) =>
    sentences(text[language])
      .filter((s) => wordCount(s) > maxWordsPerSentence)
      .map((s) => `${where}: "${s}" (${wordCount(s)} words)`),
  );
}

const assessments = questionnaireIds
  .map((id) => getQuestionnaire(id))
  .filter((d) => d.kind === 'symptom-assessment');

describe('symptom assessment texts', () => {
  it('counts words and sentences the way a reader does', () => {
    expect(sentences('Soita heti 112. Mene päivystykseen tänään!')).toEqual([
      'Soita heti 112.',
      'Mene päivystykseen tänään!',
    ]);
    expect(wordCount('Onko kuumetta – 38–39 °C?')).toBe(4);
  });

  it.each(
    assessments.flatMap((d) =>
      questionnaireLanguages.map((language) => [d.id, language, d] as const),
    ),
  )(`%s (%s) has no sentence over ${maxWordsPerSentence} words`, (_id, language, definition) => {
    expect(longSentences(definition, language)).toEqual([]);
  });

  it('keeps sentences short on average (the 15-word writing rule)', () => {
    for (const definition of assessments) {
      for (const language of questionnaireLanguages) {
        const counts = allTexts(definition).flatMap(([, text]) =>
          sentences(text[language]).map(wordCount),
        );
        const average = counts.reduce((a, b) => a + b, 0) / counts.length;
        expect(average, `${definition.id} ${language}`).toBeLessThanOrEqual(10);
      }
    }
  });
});
