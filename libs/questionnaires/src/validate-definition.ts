/**
 * Checks a definition when it is loaded, so a content author's mistake is a clear error at start
 * (or in a unit test) rather than a wrong result for a resident: unknown items and options,
 * items that can never be shown, missing translations, gaps between score bands, advice keys
 * without texts.
 */
import { evaluateCondition, referencedItems, usesScore } from './conditions';
import { allItems } from './flow';
import {
  isUrgency,
  itemTypes,
  questionnaireLanguages,
  type Condition,
  type LocalizedText,
  type OptionValue,
  type OutcomeParts,
  type QuestionnaireDefinition,
  type QuestionnaireItem,
} from './types';

export class DefinitionError extends Error {
  readonly problems: readonly string[];
  constructor(questionnaireId: string, problems: readonly string[]) {
    super(
      `Invalid questionnaire definition "${questionnaireId}":\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'DefinitionError';
    this.problems = problems;
  }
}

const idPattern = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const versionPattern = /^\d+\.\d+\.\d+$/;
/** Enumerating more combinations than this to prove an item reachable is not worth it. */
const reachabilityLimit = 4096;

function checkText(
  problems: string[],
  where: string,
  text: LocalizedText | undefined,
  required = true,
): void {
  if (text === undefined) {
    if (required) problems.push(`${where}: missing text`);
    return;
  }
  for (const language of questionnaireLanguages) {
    const value = (text as Partial<Record<string, unknown>>)[language];
    if (typeof value !== 'string' || value.trim() === '')
      problems.push(`${where}: missing ${language} translation`);
  }
}

/** The finite set of answers an item can have (undefined = unanswered), or null when unbounded. */
function answerDomain(
  item: QuestionnaireItem,
): (OptionValue | readonly OptionValue[] | undefined)[] | null {
  if (item.type === 'choice') return [undefined, ...item.options.map((o) => o.value)];
  if (item.type === 'scale') {
    const values: (number | undefined)[] = [undefined];
    for (let v = item.min; v <= item.max; v += item.step ?? 1) values.push(v);
    return values;
  }
  if (item.type === 'multi-choice' && item.options.length <= 10) {
    const subsets: (readonly OptionValue[] | undefined)[] = [undefined];
    for (let mask = 0; mask < 1 << item.options.length; mask++) {
      subsets.push(item.options.filter((_, i) => mask & (1 << i)).map((o) => o.value));
    }
    return subsets;
  }
  return null;
}

/**
 * Whether some combination of answers to the referenced items makes the condition true. Only
 * decided for items with few possible answers; anything else is assumed reachable.
 */
function satisfiable(condition: Condition, byId: ReadonlyMap<string, QuestionnaireItem>): boolean {
  const ids = referencedItems(condition);
  const domains = ids.map((id) => {
    const item = byId.get(id);
    return item ? answerDomain(item) : null;
  });
  if (domains.some((d) => d === null)) return true;
  const sizes = domains.map((d) => d!.length);
  if (sizes.reduce((a, b) => a * b, 1) > reachabilityLimit) return true;
  const pick = sizes.map(() => 0);
  for (;;) {
    const answers: Record<string, OptionValue | readonly OptionValue[]> = {};
    ids.forEach((id, i) => {
      const value = domains[i]![pick[i]!];
      if (value !== undefined) answers[id] = value;
    });
    if (evaluateCondition(condition, { answers })) return true;
    let i = 0;
    while (i < pick.length && ++pick[i]! === sizes[i]) pick[i++] = 0;
    if (i === pick.length) return false;
  }
}

function checkCondition(
  problems: string[],
  where: string,
  condition: Condition,
  byId: ReadonlyMap<string, QuestionnaireItem>,
  /** Items that may be referred to (those before the item for display conditions). */
  allowed: ReadonlySet<string> | null,
  scoreAllowed: boolean,
): void {
  const visit = (c: Condition): void => {
    if ('all' in c) return c.all.forEach(visit);
    if ('any' in c) return c.any.forEach(visit);
    if ('not' in c) return visit(c.not);
    if ('score' in c) {
      if (!scoreAllowed) problems.push(`${where}: the score can be used only in outcome rules`);
      return;
    }
    const item = byId.get(c.item);
    if (!item) return void problems.push(`${where}: refers to unknown item "${c.item}"`);
    if (allowed && !allowed.has(c.item)) {
      return void problems.push(
        `${where}: refers to item "${c.item}", which does not come before it, so the item is unreachable`,
      );
    }
    const values = 'equals' in c ? [c.equals] : 'anyOf' in c ? c.anyOf : [];
    if (item.type === 'choice' || item.type === 'multi-choice') {
      const known = item.options.map((o) => o.value);
      for (const value of values) {
        if (!known.includes(value))
          problems.push(`${where}: unknown option ${JSON.stringify(value)} of item "${c.item}"`);
      }
    } else if (
      values.length > 0 &&
      item.type !== 'text' &&
      item.type !== 'date' &&
      values.some((v) => typeof v !== 'number')
    ) {
      problems.push(`${where}: item "${c.item}" has numeric answers`);
    }
  };
  visit(condition);
}

function checkOutcome(
  problems: string[],
  where: string,
  parts: OutcomeParts,
  texts: ReadonlySet<string>,
  usedTexts: Set<string>,
): void {
  if (!isUrgency(parts.urgency))
    problems.push(`${where}: unknown urgency "${String(parts.urgency)}"`);
  for (const key of parts.advice) {
    usedTexts.add(key);
    if (!texts.has(key)) problems.push(`${where}: advice text "${key}" is not in texts`);
  }
  if (parts.contact.offered && !parts.contact.unitType)
    problems.push(`${where}: a contact is offered but no unit type is given`);
}

/** Lowest and highest possible total, for checking that score bands cover it. */
function scoreRange(
  definition: QuestionnaireDefinition,
  byId: ReadonlyMap<string, QuestionnaireItem>,
): { min: number; max: number } | null {
  let min = 0;
  let max = 0;
  for (const id of definition.scoring?.items ?? []) {
    const item = byId.get(id);
    if (!item) return null;
    const scores =
      item.type === 'choice'
        ? item.options.map((o) => o.score ?? 0)
        : item.type === 'scale'
          ? [item.min, item.max]
          : null;
    if (item.type === 'multi-choice') {
      const each = item.options.map((o) => o.score ?? 0);
      min += each.filter((s) => s < 0).reduce((a, b) => a + b, 0);
      max += each.filter((s) => s > 0).reduce((a, b) => a + b, 0);
      continue;
    }
    if (!scores) return null;
    // An unanswered optional or hidden item counts 0.
    const floor = item.required && !item.enableWhen ? Math.min(...scores) : Math.min(0, ...scores);
    min += floor;
    max += Math.max(...scores);
  }
  return { min, max };
}

/** Every problem with a definition (empty when it is fine). */
/**
 * The bare structure a definition read from JSON must have before its rules can be checked, so
 * malformed data gives a clear message rather than a TypeError.
 */
function structureProblems(definition: unknown): string[] {
  const d = definition as Partial<QuestionnaireDefinition> | null;
  if (typeof d !== 'object' || d === null) return ['a definition must be an object'];
  if (typeof d.id !== 'string') return ['id: missing'];
  if (!Array.isArray(d.sections)) return ['sections: must be a list'];
  const problems: string[] = [];
  d.sections.forEach((section: Partial<QuestionnaireDefinition['sections'][number]>, i) => {
    if (!Array.isArray(section?.items))
      return void problems.push(`section ${i + 1}: items must be a list`);
    section.items.forEach((item, j) => {
      if (typeof item?.id !== 'string') problems.push(`section ${i + 1} item ${j + 1}: id missing`);
      else if (
        (item.type === 'choice' || item.type === 'multi-choice') &&
        !Array.isArray(item.options)
      ) {
        problems.push(`item "${item.id}": options must be a list`);
      }
    });
  });
  for (const key of ['redFlags', 'bands'] as const) {
    if (d[key] !== undefined && !Array.isArray(d[key])) problems.push(`${key}: must be a list`);
  }
  return problems;
}

export function definitionProblems(definition: QuestionnaireDefinition): string[] {
  const malformed = structureProblems(definition);
  if (malformed.length > 0) return malformed;
  const problems: string[] = [];
  const texts = new Set(Object.keys(definition.texts ?? {}));
  const usedTexts = new Set<string>();

  if (!idPattern.test(definition.id))
    problems.push(`id "${definition.id}" must be lower-case letters, digits and hyphens`);
  if (!versionPattern.test(definition.version))
    problems.push(`version "${definition.version}" must look like 1.0.0`);
  checkText(problems, 'title', definition.title);
  checkText(problems, 'description', definition.description, false);
  if (definition.kind !== 'form' && !definition.clinicalSignOff?.required) {
    problems.push(
      `a ${definition.kind} is a clinical definition and needs clinicalSignOff.required`,
    );
  }
  if (definition.sections.length === 0) problems.push('no sections');

  const seen = new Set<string>();
  // All items up front, so a reference to a later item is told apart from an unknown one.
  const byId = new Map(allItems(definition).map(({ item }) => [item.id, item] as const));
  const before = new Set<string>();
  for (const section of definition.sections) {
    const where = `section "${section.id}"`;
    if (seen.has(section.id)) problems.push(`${where}: id used twice`);
    seen.add(section.id);
    checkText(problems, `${where} title`, section.title);
    if (section.items.length === 0) problems.push(`${where}: no items`);
    if (section.enableWhen) {
      checkCondition(
        problems,
        `${where} enableWhen`,
        section.enableWhen,
        byId,
        new Set(before),
        false,
      );
      if (!satisfiable(section.enableWhen, byId))
        problems.push(`${where}: its condition can never hold, so its items are unreachable`);
    }
    for (const item of section.items) {
      const at = `item "${item.id}"`;
      if (seen.has(item.id)) problems.push(`${at}: id used twice`);
      if (!idPattern.test(item.id))
        problems.push(`${at}: id must be lower-case letters, digits and hyphens`);
      seen.add(item.id);
      if (!(itemTypes as readonly string[]).includes(item.type))
        problems.push(`${at}: unknown type "${String(item.type)}"`);
      checkText(problems, `${at} text`, item.text);
      checkText(problems, `${at} help`, item.help, false);
      if (item.enableWhen) {
        checkCondition(problems, `${at} enableWhen`, item.enableWhen, byId, before, false);
        if (!satisfiable(item.enableWhen, byId))
          problems.push(`${at}: its condition can never hold, so it is unreachable`);
      }
      if (item.type === 'choice' || item.type === 'multi-choice') {
        if (item.options.length < (item.type === 'choice' ? 2 : 1))
          problems.push(`${at}: too few options`);
        const values = item.options.map((o) => o.value);
        if (new Set(values).size !== values.length)
          problems.push(`${at}: an option value is used twice`);
        item.options.forEach((o, i) =>
          checkText(problems, `${at} option ${i + 1} (${JSON.stringify(o.value)})`, o.text),
        );
      }
      if (item.type === 'number') checkText(problems, `${at} unit`, item.unit, false);
      if (item.type === 'scale') {
        if (!(item.min < item.max)) problems.push(`${at}: scale min must be below max`);
        if ((item.step ?? 1) <= 0) problems.push(`${at}: scale step must be positive`);
        checkText(problems, `${at} minLabel`, item.minLabel, false);
        checkText(problems, `${at} maxLabel`, item.maxLabel, false);
      }
      before.add(item.id);
    }
  }

  for (const id of definition.scoring?.items ?? []) {
    const item = byId.get(id);
    if (!item) problems.push(`scoring: unknown item "${id}"`);
    else if (item.type === 'date' || item.type === 'text')
      problems.push(`scoring: item "${id}" is a ${item.type} and has no score`);
    else if (
      (item.type === 'choice' || item.type === 'multi-choice') &&
      item.options.some((o) => typeof o.score !== 'number')
    ) {
      problems.push(`scoring: every option of item "${id}" needs a score`);
    }
  }

  const flagIds = new Set<string>();
  for (const flag of definition.redFlags ?? []) {
    const where = `red flag "${flag.id}"`;
    if (flagIds.has(flag.id)) problems.push(`${where}: id used twice`);
    flagIds.add(flag.id);
    checkCondition(problems, where, flag.when, byId, null, false);
    if (!satisfiable(flag.when, byId)) problems.push(`${where}: its condition can never hold`);
    checkOutcome(problems, where, flag, texts, usedTexts);
    if (flag.label) checkText(problems, `${where} label`, flag.label);
    else if (!flag.endsAssessment) problems.push(`${where}: needs a label (it can reach a professional in a contact request)`);
  }

  const bands = definition.bands ?? [];
  const bandIds = new Set<string>();
  bands.forEach((band, i) => {
    const where = `band "${band.id}"`;
    if (bandIds.has(band.id)) problems.push(`${where}: id used twice`);
    bandIds.add(band.id);
    checkText(problems, `${where} label`, band.label);
    if (band.when) {
      checkCondition(problems, where, band.when, byId, null, true);
      if (usesScore(band.when) && !definition.scoring)
        problems.push(`${where}: uses the score, but the definition has no scoring`);
    } else if (i !== bands.length - 1) {
      problems.push(`${where}: a band without a condition matches everything and must come last`);
    }
    checkOutcome(problems, where, band, texts, usedTexts);
  });
  checkBandCoverage(problems, definition, byId);

  for (const key of texts) {
    if (!usedTexts.has(key)) problems.push(`text "${key}" is not used by any rule`);
    checkText(problems, `text "${key}"`, definition.texts?.[key]);
  }
  return problems;
}

/**
 * When every band is a plain score range, the ranges must cover every possible total exactly once.
 * Otherwise the last band must be a catch-all, so every answer set gets a band.
 */
function checkBandCoverage(
  problems: string[],
  definition: QuestionnaireDefinition,
  byId: ReadonlyMap<string, QuestionnaireItem>,
): void {
  const bands = definition.bands ?? [];
  if (bands.length === 0) return;
  const ranges = bands.map((b) => (b.when && 'score' in b.when ? b.when.score : null));
  if (ranges.every((r) => r !== null)) {
    const total = scoreRange(definition, byId);
    if (!total) return;
    const sorted = ranges
      .map((r, i) => ({ min: r!.min ?? -Infinity, max: r!.max ?? Infinity, id: bands[i]!.id }))
      .sort((a, b) => a.min - b.min);
    // Scores are whole numbers, so a band ending at 4 and one starting at 5 touch.
    let next = total.min;
    let previousMax = -Infinity;
    for (const range of sorted) {
      if (range.min <= previousMax)
        problems.push(`bands: band "${range.id}" overlaps the band before it`);
      else if (range.min > next)
        problems.push(`bands: no band for scores ${next}–${range.min - 1}`);
      previousMax = Math.max(previousMax, range.max);
      next = Math.max(next, range.max + 1);
    }
    if (next <= total.max) problems.push(`bands: no band for scores ${next}–${total.max}`);
  } else if (bands.at(-1)!.when) {
    problems.push(
      'bands: the last band must have no condition (a catch-all) when bands are not plain score ranges',
    );
  }
}

/** Returns the definition when it is valid; otherwise throws `DefinitionError` listing every problem. */
export function validateDefinition<T extends QuestionnaireDefinition>(definition: T): T {
  const problems = definitionProblems(definition);
  if (problems.length > 0)
    throw new DefinitionError(String((definition as { id?: unknown } | null)?.id ?? '?'), problems);
  return definition;
}
