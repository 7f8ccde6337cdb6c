/**
 * The shape of a questionnaire definition: plain, versioned data that the frontends use to guide
 * a person one question at a time and that the BFF uses to recompute every result from the raw
 * answers. Nothing here runs code; rules are data (`Condition`), so a definition can be stored,
 * diffed, exported to FHIR and signed off by clinicians.
 */

/** The languages every text of a definition must have (the portal's languages). */
export const questionnaireLanguages = ['fi', 'sv', 'en'] as const;
export type QuestionnaireLanguage = (typeof questionnaireLanguages)[number];

/** One text in every language. A missing or empty language is a definition error. */
export type LocalizedText = Readonly<Record<QuestionnaireLanguage, string>>;

/**
 * Urgency levels, most urgent first (docs/domain-rules.md, "Urgency and the care guarantee").
 * The same ids as ContactRequest.urgency in the symptoms BFF.
 */
export const urgencyLevels = [
  'emergency',
  'emergency-department',
  'same-day',
  'within-days',
  'non-urgent',
  'self-care',
] as const;
export type Urgency = (typeof urgencyLevels)[number];

export function isUrgency(value: unknown): value is Urgency {
  return typeof value === 'string' && (urgencyLevels as readonly string[]).includes(value);
}

/** The more urgent of two levels (a lower index is more urgent). */
export function mostUrgent(a: Urgency, b: Urgency): Urgency {
  return urgencyLevels.indexOf(a) <= urgencyLevels.indexOf(b) ? a : b;
}

export const itemTypes = ['choice', 'multi-choice', 'number', 'date', 'text', 'scale'] as const;
export type ItemType = (typeof itemTypes)[number];

export type OptionValue = string | number;

export interface AnswerOption {
  /** What the answer stores. For the validated instruments the value is the item score. */
  readonly value: OptionValue;
  readonly text: LocalizedText;
  /** Points when the item is scored; required on every option of a scored item. */
  readonly score?: number;
}

interface ItemBase {
  /** Unique within the definition (sections included); the FHIR linkId. */
  readonly id: string;
  readonly text: LocalizedText;
  readonly help?: LocalizedText;
  /** Explicit on every item: a visible required item must be answered before the result. */
  readonly required: boolean;
  /** Shown only when this holds; it may refer only to items before this one. */
  readonly enableWhen?: Condition;
}

export interface ChoiceItem extends ItemBase {
  readonly type: 'choice';
  readonly options: readonly AnswerOption[];
}

export interface MultiChoiceItem extends ItemBase {
  readonly type: 'multi-choice';
  readonly options: readonly AnswerOption[];
  readonly minSelected?: number;
  readonly maxSelected?: number;
}

export interface NumberItem extends ItemBase {
  readonly type: 'number';
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly unit?: LocalizedText;
}

export interface DateItem extends ItemBase {
  readonly type: 'date';
  /** Inclusive bounds, 'YYYY-MM-DD'. */
  readonly min?: string;
  readonly max?: string;
}

export interface TextItem extends ItemBase {
  readonly type: 'text';
  /** Characters; 2000 when not given. */
  readonly maxLength?: number;
  readonly multiline?: boolean;
}

/** A whole-number scale, e.g. pain 0–10; the answer is the number and its score. */
export interface ScaleItem extends ItemBase {
  readonly type: 'scale';
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly minLabel?: LocalizedText;
  readonly maxLabel?: LocalizedText;
}

export type QuestionnaireItem =
  ChoiceItem | MultiChoiceItem | NumberItem | DateItem | TextItem | ScaleItem;

export interface QuestionnaireSection {
  readonly id: string;
  readonly title: LocalizedText;
  /** Applies to every item of the section (in addition to the item's own condition). */
  readonly enableWhen?: Condition;
  readonly items: readonly QuestionnaireItem[];
}

/**
 * A rule over the answers (and, in outcome rules only, the total score). An unanswered item makes
 * every item condition false, so a rule never fires on answers the person has not given.
 */
export type Condition =
  /** The answer equals the value (for multi-choice: the value is among the selected). */
  | { readonly item: string; readonly equals: OptionValue }
  /** The answer is one of the values (for multi-choice: any of them is selected). */
  | { readonly item: string; readonly anyOf: readonly OptionValue[] }
  /** A numeric answer (number, scale or a numeric option value) within inclusive bounds. */
  | { readonly item: string; readonly min?: number; readonly max?: number }
  | { readonly item: string; readonly answered: true }
  /** The total score within inclusive bounds; outcome rules only. */
  | { readonly score: { readonly min?: number; readonly max?: number } }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** Where a contact request goes when one is offered (the ids of the county's unit types). */
export type ContactOffer =
  { readonly offered: false } | { readonly offered: true; readonly unitType: string };

export interface OutcomeParts {
  readonly urgency: Urgency;
  /** Keys of `texts`, shown in this order. */
  readonly advice: readonly string[];
  readonly contact: ContactOffer;
}

/**
 * Checked on every answered item, before the bands. A red flag overrides the score: the result is
 * at least as urgent as the red flag, and its advice comes first. With `endsAssessment` the
 * assessment stops at the item that raised it (no further questions, no score).
 */
export interface RedFlagRule extends OutcomeParts {
  readonly id: string;
  /**
   * What a professional reads in a contact request's summary, e.g. "Breathless on exertion".
   * Required when the red flag does not end the assessment: only those reach a professional.
   */
  readonly label?: LocalizedText;
  readonly when: Condition;
  readonly endsAssessment: boolean;
}

/** The first band whose condition holds is the result; a band without `when` matches anything. */
export interface BandRule extends OutcomeParts {
  readonly id: string;
  readonly label: LocalizedText;
  readonly when?: Condition;
}

export interface ScoringRule {
  /** The total is the sum of these items' scores (option scores; a scale's value). */
  readonly items: readonly string[];
}

export interface ClinicalSignOff {
  readonly required: boolean;
  readonly status: 'pending' | 'approved';
  readonly approvedBy?: string;
  readonly approvedOn?: string;
  /** What the reviewer must check, e.g. that fi/sv wordings match the licensed versions. */
  readonly note?: string;
}

export type QuestionnaireKind = 'instrument' | 'symptom-assessment' | 'form';

export interface QuestionnaireDefinition {
  /** Kebab-case, stable: results and contact requests refer to it with the version. */
  readonly id: string;
  /** Semantic version 'MAJOR.MINOR.PATCH'; a change to questions or rules is a new version. */
  readonly version: string;
  readonly kind: QuestionnaireKind;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Where the instrument and its scoring come from (publication, licence). */
  readonly source?: string;
  /** Every clinical definition (instruments, symptom assessments) needs the county's sign-off. */
  readonly clinicalSignOff?: ClinicalSignOff;
  readonly sections: readonly QuestionnaireSection[];
  readonly scoring?: ScoringRule;
  readonly redFlags?: readonly RedFlagRule[];
  readonly bands?: readonly BandRule[];
  /** Advice texts by key, in every language. */
  readonly texts?: Readonly<Record<string, LocalizedText>>;
}

/** A single answer as stored and sent: an option value, a list of them, a number, a date or text. */
export type AnswerValue = OptionValue | readonly OptionValue[];
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface EvaluationResult {
  readonly questionnaireId: string;
  readonly version: string;
  /** Null when the definition has no scoring or a red flag ended the assessment. */
  readonly score: number | null;
  readonly band: string | null;
  /** Null for forms that have no outcome (a diary, a pre-information form). */
  readonly urgency: Urgency | null;
  /** Ids of the red flags raised, in item order. */
  readonly redFlags: readonly string[];
  /** Text keys, most important first. */
  readonly advice: readonly string[];
  readonly contact: ContactOffer;
  readonly endedEarly: boolean;
}
