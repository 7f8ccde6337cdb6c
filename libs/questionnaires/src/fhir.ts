/**
 * Export to FHIR R4 (Questionnaire, QuestionnaireResponse) as plain JSON, for the national
 * services and other systems that read FHIR. Sections become `group` items; a condition that
 * FHIR's `enableWhen` cannot express is kept as a text expression extension so nothing is lost.
 */
import { assertValidAnswers } from './answers';
import { isComplete, visibleAnswers } from './flow';
import type {
  AnswerOption,
  AnswerValue,
  Condition,
  OptionValue,
  QuestionnaireDefinition,
  QuestionnaireItem,
  QuestionnaireLanguage,
} from './types';

export interface FhirCoding {
  system?: string;
  code: string;
  display?: string;
}

export interface FhirExtension {
  url: string;
  valueDecimal?: number;
  valueInteger?: number;
  valueString?: string;
  valueCodeableConcept?: { coding: FhirCoding[] };
  valueExpression?: { language: string; expression: string; description?: string };
}

export interface FhirEnableWhen {
  question: string;
  operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  answerBoolean?: boolean;
  answerInteger?: number;
  answerDecimal?: number;
  answerDate?: string;
  answerString?: string;
  answerCoding?: FhirCoding;
}

export interface FhirQuestionnaireItem {
  linkId: string;
  text?: string;
  type: 'group' | 'display' | 'choice' | 'integer' | 'decimal' | 'date' | 'string' | 'text';
  required?: boolean;
  repeats?: boolean;
  maxLength?: number;
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: 'all' | 'any';
  answerOption?: { valueCoding: FhirCoding; extension?: FhirExtension[] }[];
  extension?: FhirExtension[];
  item?: FhirQuestionnaireItem[];
}

export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'draft' | 'active';
  language: QuestionnaireLanguage;
  description?: string;
  item: FhirQuestionnaireItem[];
}

export interface FhirAnswer {
  valueCoding?: FhirCoding;
  valueInteger?: number;
  valueDecimal?: number;
  valueDate?: string;
  valueString?: string;
}

export interface FhirResponseItem {
  linkId: string;
  text?: string;
  answer?: FhirAnswer[];
  item?: FhirResponseItem[];
}

export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  questionnaire: string;
  status: 'in-progress' | 'completed';
  authored: string;
  language: QuestionnaireLanguage;
  subject?: { reference: string };
  author?: { reference: string };
  item: FhirResponseItem[];
}

export interface FhirResponseMeta {
  /** ISO 8601 date-time when the answers were given. */
  readonly authored: string;
  readonly id?: string;
  /** Reference such as 'Patient/123'; leave out for anonymous use. */
  readonly subject?: string;
  readonly author?: string;
  /** The language the person answered in (texts and option displays); Finnish by default. */
  readonly language?: QuestionnaireLanguage;
}

const ordinalValue = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const itemControl = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const minValue = 'http://hl7.org/fhir/StructureDefinition/minValue';
const maxValue = 'http://hl7.org/fhir/StructureDefinition/maxValue';
const enableWhenExpression =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

/** The canonical URL of a definition (a URN: the county has no public FHIR server yet). */
export function fhirCanonical(definition: QuestionnaireDefinition): string {
  return `urn:luotsi:questionnaire:${definition.id}`;
}

function optionSystem(definition: QuestionnaireDefinition, itemId: string): string {
  return `${fhirCanonical(definition)}:item:${itemId}`;
}

function coding(
  definition: QuestionnaireDefinition,
  item: QuestionnaireItem,
  value: OptionValue,
  language: QuestionnaireLanguage,
): FhirCoding {
  const option = 'options' in item ? item.options.find((o) => o.value === value) : undefined;
  return {
    system: optionSystem(definition, item.id),
    code: String(value),
    ...(option ? { display: option.text[language] } : {}),
  };
}

function fhirType(item: QuestionnaireItem): FhirQuestionnaireItem['type'] {
  switch (item.type) {
    case 'choice':
    case 'multi-choice':
      return 'choice';
    case 'number':
      return item.integer ? 'integer' : 'decimal';
    case 'scale':
      return 'integer';
    case 'date':
      return 'date';
    case 'text':
      return item.multiline ? 'text' : 'string';
  }
}

function typedAnswer(
  item: QuestionnaireItem,
  value: OptionValue,
): Omit<FhirEnableWhen, 'question' | 'operator'> {
  if (item.type === 'date') return { answerDate: String(value) };
  if (item.type === 'text') return { answerString: String(value) };
  if (item.type === 'number' && !item.integer) return { answerDecimal: Number(value) };
  return { answerInteger: Number(value) };
}

/** Simple conditions become FHIR enableWhen; anything else a text expression of our own syntax. */
function enableWhen(
  definition: QuestionnaireDefinition,
  condition: Condition,
  findItem: (id: string) => QuestionnaireItem | undefined,
  language: QuestionnaireLanguage,
): Pick<FhirQuestionnaireItem, 'enableWhen' | 'enableBehavior' | 'extension'> {
  const simple = (c: Condition): FhirEnableWhen[] | null => {
    if (!('item' in c)) return null;
    const item = findItem(c.item);
    if (!item) return null;
    const isCoded = item.type === 'choice' || item.type === 'multi-choice';
    const equal = (value: OptionValue): FhirEnableWhen =>
      isCoded
        ? {
            question: c.item,
            operator: '=',
            answerCoding: coding(definition, item, value, language),
          }
        : { question: c.item, operator: '=', ...typedAnswer(item, value) };
    if ('answered' in c) return [{ question: c.item, operator: 'exists', answerBoolean: true }];
    if ('equals' in c) return [equal(c.equals)];
    if ('anyOf' in c) return c.anyOf.length === 1 ? [equal(c.anyOf[0]!)] : null;
    if (isCoded) return null;
    const bounds: FhirEnableWhen[] = [];
    if (c.min !== undefined)
      bounds.push({ question: c.item, operator: '>=', ...typedAnswer(item, c.min) });
    if (c.max !== undefined)
      bounds.push({ question: c.item, operator: '<=', ...typedAnswer(item, c.max) });
    return bounds.length === 1 ? bounds : null;
  };
  const direct = simple(condition);
  if (direct) return { enableWhen: direct };
  // A top-level anyOf is a list of '=' joined with "any"; a flat all/any of simple parts likewise.
  if ('anyOf' in condition) {
    const parts = condition.anyOf.map((value) => simple({ item: condition.item, equals: value }));
    if (parts.every((p) => p !== null))
      return { enableWhen: parts.flatMap((p) => p!), enableBehavior: 'any' };
  }
  if ('all' in condition || 'any' in condition) {
    const list = 'all' in condition ? condition.all : condition.any;
    const parts = list.map(simple);
    if (parts.every((p) => p !== null && p.length === 1)) {
      return {
        enableWhen: parts.map((p) => p![0]!),
        enableBehavior: 'all' in condition ? 'all' : 'any',
      };
    }
  }
  return {
    extension: [
      {
        url: enableWhenExpression,
        valueExpression: {
          language: 'application/x-luotsi-condition+json',
          expression: JSON.stringify(condition),
          description: 'Luotsi condition',
        },
      },
    ],
  };
}

function answerOption(
  definition: QuestionnaireDefinition,
  itemId: string,
  option: AnswerOption,
  language: QuestionnaireLanguage,
) {
  return {
    valueCoding: {
      system: optionSystem(definition, itemId),
      code: String(option.value),
      display: option.text[language],
    },
    ...(option.score !== undefined
      ? { extension: [{ url: ordinalValue, valueDecimal: option.score }] }
      : {}),
  };
}

/** A FHIR R4 Questionnaire in one language. Unsigned clinical content is exported as a draft. */
export function toFhirQuestionnaire(
  definition: QuestionnaireDefinition,
  language: QuestionnaireLanguage,
): FhirQuestionnaire {
  const items = new Map(definition.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  const find = (id: string) => items.get(id);
  const signedOff =
    !definition.clinicalSignOff?.required || definition.clinicalSignOff.status === 'approved';
  return {
    resourceType: 'Questionnaire',
    id: definition.id,
    url: fhirCanonical(definition),
    version: definition.version,
    // FHIR's name is computer-friendly: letters and digits only.
    name: definition.id
      .replace(/[^a-z0-9]+(.)?/gi, (_, next: string | undefined) => (next ?? '').toUpperCase())
      .replace(/^./, (c) => c.toUpperCase()),
    title: definition.title[language],
    status: signedOff ? 'active' : 'draft',
    language,
    ...(definition.description ? { description: definition.description[language] } : {}),
    item: definition.sections.map((section) => ({
      linkId: section.id,
      text: section.title[language],
      type: 'group' as const,
      ...(section.enableWhen ? enableWhen(definition, section.enableWhen, find, language) : {}),
      item: section.items.map((item): FhirQuestionnaireItem => {
        const extension: FhirExtension[] = [];
        const result: FhirQuestionnaireItem = {
          linkId: item.id,
          text: item.text[language],
          type: fhirType(item),
          required: item.required,
        };
        if (item.type === 'choice' || item.type === 'multi-choice') {
          result.answerOption = item.options.map((o) =>
            answerOption(definition, item.id, o, language),
          );
          if (item.type === 'multi-choice') result.repeats = true;
        }
        if (item.type === 'scale' || item.type === 'number') {
          const type = item.type === 'number' && !item.integer ? 'valueDecimal' : 'valueInteger';
          if (item.min !== undefined) extension.push({ url: minValue, [type]: item.min });
          if (item.max !== undefined) extension.push({ url: maxValue, [type]: item.max });
        }
        if (item.type === 'text' && item.maxLength !== undefined) result.maxLength = item.maxLength;
        if (item.enableWhen) {
          const when = enableWhen(definition, item.enableWhen, find, language);
          if (when.extension) extension.push(...when.extension);
          if (when.enableWhen) result.enableWhen = when.enableWhen;
          if (when.enableBehavior) result.enableBehavior = when.enableBehavior;
        }
        if (extension.length > 0) result.extension = extension;
        if (item.help) {
          result.item = [
            {
              linkId: `${item.id}-help`,
              text: item.help[language],
              type: 'display',
              extension: [
                {
                  url: itemControl,
                  valueCodeableConcept: {
                    coding: [
                      { system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'help' },
                    ],
                  },
                },
              ],
            },
          ];
        }
        return result;
      }),
    })),
  };
}

function fhirAnswers(
  definition: QuestionnaireDefinition,
  item: QuestionnaireItem,
  value: AnswerValue,
  language: QuestionnaireLanguage,
): FhirAnswer[] {
  switch (item.type) {
    case 'choice':
      return [{ valueCoding: coding(definition, item, value as OptionValue, language) }];
    case 'multi-choice':
      return (value as readonly OptionValue[]).map((v) => ({
        valueCoding: coding(definition, item, v, language),
      }));
    case 'number':
      return [item.integer ? { valueInteger: value as number } : { valueDecimal: value as number }];
    case 'scale':
      return [{ valueInteger: value as number }];
    case 'date':
      return [{ valueDate: value as string }];
    case 'text':
      return [{ valueString: value as string }];
  }
}

/**
 * A FHIR R4 QuestionnaireResponse of the answers the person was actually asked (hidden items'
 * answers are left out). Throws `InvalidAnswersError` when an answer does not fit its item.
 */
export function toFhirQuestionnaireResponse(
  definition: QuestionnaireDefinition,
  rawAnswers: unknown,
  meta: FhirResponseMeta,
): FhirQuestionnaireResponse {
  const answers = assertValidAnswers(definition, rawAnswers);
  const language = meta.language ?? 'fi';
  const counted = visibleAnswers(definition, answers);
  const groups: FhirResponseItem[] = [];
  for (const section of definition.sections) {
    const items = section.items
      .filter((item) => counted[item.id] !== undefined)
      .map((item) => ({
        linkId: item.id,
        text: item.text[language],
        answer: fhirAnswers(definition, item, counted[item.id]!, language),
      }));
    if (items.length > 0)
      groups.push({ linkId: section.id, text: section.title[language], item: items });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    ...(meta.id ? { id: meta.id } : {}),
    questionnaire: `${fhirCanonical(definition)}|${definition.version}`,
    status: isComplete(definition, answers) ? 'completed' : 'in-progress',
    authored: meta.authored,
    language,
    ...(meta.subject ? { subject: { reference: meta.subject } } : {}),
    ...(meta.author ? { author: { reference: meta.author } } : {}),
    item: groups,
  };
}
