import { assertValidAnswers } from './answers';
import { evaluateCondition } from './conditions';
import { findItem, visibleAnswers, walk } from './flow';
import {
  mostUrgent,
  type AnswerValue,
  type BandRule,
  type ContactOffer,
  type EvaluationResult,
  type OutcomeParts,
  type QuestionnaireDefinition,
  type QuestionnaireItem,
  type RedFlagRule,
  type Urgency,
} from './types';

function itemScore(item: QuestionnaireItem, answer: AnswerValue): number {
  switch (item.type) {
    case 'choice':
      return item.options.find((o) => o.value === answer)?.score ?? 0;
    case 'multi-choice': {
      const chosen = answer as readonly unknown[];
      return item.options
        .filter((o) => chosen.includes(o.value))
        .reduce((sum, o) => sum + (o.score ?? 0), 0);
    }
    case 'scale':
    case 'number':
      return answer as number;
    default:
      return 0;
  }
}

/** The total of the scored items among the visible answers; hidden or unanswered items give 0. */
export function totalScore(
  definition: QuestionnaireDefinition,
  answers: Readonly<Record<string, AnswerValue>>,
): number | null {
  if (!definition.scoring) return null;
  const counted = visibleAnswers(definition, answers);
  let total = 0;
  for (const itemId of definition.scoring.items) {
    const item = findItem(definition, itemId);
    const answer = counted[itemId];
    if (item && answer !== undefined) total += itemScore(item, answer);
  }
  return total;
}

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}

/**
 * Red flags override the score: when any is raised, the advice and the contact offer come from
 * the red flags. The band still counts for urgency (the result is never less urgent than the
 * band), and its advice is added only when the band is more urgent than every red flag.
 */
function combine(
  flags: readonly RedFlagRule[],
  band: BandRule | null,
): { urgency: Urgency | null; advice: string[]; contact: ContactOffer } {
  if (flags.length === 0) {
    return band
      ? { urgency: band.urgency, advice: unique(band.advice), contact: band.contact }
      : { urgency: null, advice: [], contact: { offered: false } };
  }
  const flagUrgency = flags.map((f) => f.urgency).reduce(mostUrgent);
  const bandWins =
    band !== null &&
    mostUrgent(band.urgency, flagUrgency) === band.urgency &&
    band.urgency !== flagUrgency;
  const parts: readonly OutcomeParts[] = bandWins ? [...flags, band] : flags;
  return {
    urgency: bandWins ? band.urgency : flagUrgency,
    advice: unique(parts.flatMap((p) => p.advice)),
    contact: parts.find((p) => p.contact.offered)?.contact ?? { offered: false },
  };
}

/**
 * The result of a questionnaire, computed from the raw answers only. Throws
 * `InvalidAnswersError` when an answer does not fit its item or a required item is missing
 * (unless a red flag ended the assessment before it).
 */
export function evaluate(
  definition: QuestionnaireDefinition,
  rawAnswers: unknown,
): EvaluationResult {
  const answers = assertValidAnswers(definition, rawAnswers, { requireComplete: true });
  const { ended, raised } = walk(definition, answers);
  const base = {
    questionnaireId: definition.id,
    version: definition.version,
    redFlags: raised.map((f) => f.id),
  };
  if (ended) {
    // The assessment stopped at the red flag: no score, only the red flags' advice.
    return { ...base, score: null, band: null, ...combine(raised, null), endedEarly: true };
  }
  const score = totalScore(definition, answers);
  const counted = visibleAnswers(definition, answers);
  const band =
    definition.bands?.find(
      (b) => !b.when || evaluateCondition(b.when, { answers: counted, score }),
    ) ?? null;
  return { ...base, score, band: band?.id ?? null, ...combine(raised, band), endedEarly: false };
}
