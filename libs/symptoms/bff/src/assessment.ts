/**
 * The BFF's side of a symptom assessment: it never trusts a result from the browser. Every result
 * is recomputed here from the raw answers with the engine (@luotsi/questionnaires), and only the
 * answers the person was actually asked are stored.
 */
import {
  answersProblems,
  evaluate,
  getQuestionnaire,
  isComplete,
  questionnaireIds,
  visibleAnswers,
  type AnswerValue,
  type EvaluationResult,
  type LocalizedText,
  type QuestionnaireDefinition,
} from '@luotsi/questionnaires';
import { ClientError } from '@luotsi/bff-core';

/** Raw answers arrive as a JSON text; a definition never needs more than this. */
export const maxAnswersLength = 20_000;

/** The engine's definition, for questionnaires residents may take (instruments and symptom assessments). */
export function residentQuestionnaire(id: string): QuestionnaireDefinition | null {
  if (!questionnaireIds.includes(id)) return null;
  const definition = getQuestionnaire(id);
  return definition.kind === 'form' ? null : definition;
}

/** The definition as the UI needs it: questions, options, rules and texts; no sign-off notes. */
export function definitionForClient(definition: QuestionnaireDefinition): string {
  const { clinicalSignOff: _signOff, source: _source, ...rest } = definition;
  return JSON.stringify(rest);
}

/** Parses the answers' JSON text into an object; anything else is bad input. */
export function parseAnswers(text: string): Record<string, AnswerValue> {
  if (text.length > maxAnswersLength) throw new ClientError('BAD_USER_INPUT', 'The answers are too long.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ClientError('BAD_USER_INPUT', 'The answers are not JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ClientError('BAD_USER_INPUT', 'The answers must be an object keyed by item id.');
  return value as Record<string, AnswerValue>;
}

export interface Recomputed {
  /** Only the answers to items the person was asked. */
  answers: Record<string, AnswerValue>;
  /** Null while the answers are incomplete. */
  result: EvaluationResult | null;
}

/**
 * Checks answers (complete or not) against the definition and recomputes the result when they
 * are complete. Answers that do not fit their items are bad input.
 */
export function recompute(definition: QuestionnaireDefinition, raw: Record<string, AnswerValue>): Recomputed {
  const problems = answersProblems(definition, raw, { requireComplete: false });
  if (problems.length > 0) throw new ClientError('BAD_USER_INPUT', `The answers do not fit the questionnaire: ${problems.map((p) => `${p.itemId}: ${p.message}`).join('; ')}`);
  const answers = visibleAnswers(definition, raw);
  return { answers, result: isComplete(definition, answers) ? evaluate(definition, answers) : null };
}

/** A complete result or a BAD_USER_INPUT error (for evaluating and sending). */
export function completeResult(definition: QuestionnaireDefinition, raw: Record<string, AnswerValue>): EvaluationResult {
  const { result } = recompute(definition, raw);
  if (!result) throw new ClientError('BAD_USER_INPUT', 'The answers are not complete.');
  return result;
}

const urgencySummary: Record<string, LocalizedText> = {
  emergency: { fi: 'Hätätilanne', sv: 'Nödsituation', en: 'Emergency' },
  'emergency-department': { fi: 'Päivystys', sv: 'Jouren', en: 'Emergency department' },
  'same-day': { fi: 'Hoitoon samana päivänä', sv: 'Vård samma dag', en: 'Care the same day' },
  'within-days': { fi: 'Hoitoon 1–3 päivässä', sv: 'Vård inom 1–3 dagar', en: 'Care within 1–3 days' },
  'non-urgent': { fi: 'Kiireetön', sv: 'Inte brådskande', en: 'Not urgent' },
  'self-care': { fi: 'Omahoito', sv: 'Egenvård', en: 'Self-care' },
};

/**
 * The summary a nurse sees in the queue, in every language: the urgency, the band and the red
 * flags' ids (the nurse opens the answers for the details). Scores go along for instruments.
 */
export function summaryOf(definition: QuestionnaireDefinition, result: EvaluationResult): Record<string, unknown> {
  const band = definition.bands?.find((b) => b.id === result.band);
  const urgency = result.urgency ? urgencySummary[result.urgency] : undefined;
  // The red flags by their labels in each language (never the engine's ids: the nurse reads this).
  const flags = (language: 'fi' | 'sv' | 'en') => {
    const labels = result.redFlags.map((id) => definition.redFlags?.find((f) => f.id === id)?.label?.[language]).filter(Boolean);
    return labels.length > 0 ? ` (${labels.join(', ')})` : '';
  };
  const line = (language: 'fi' | 'sv' | 'en') =>
    [definition.title[language], urgency?.[language], band?.label[language]].filter(Boolean).join(': ') + flags(language);
  return {
    fi: line('fi'),
    sv: line('sv'),
    en: line('en'),
    ...(result.score !== null ? { scores: { total: result.score } } : {}),
  };
}
