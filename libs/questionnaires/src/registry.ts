import { diarrhoea } from './assessments/diarrhoea';
import { headache } from './assessments/headache';
import { lowBackPain } from './assessments/low-back-pain';
import { respiratoryInfection } from './assessments/respiratory-infection';
import { soreThroat } from './assessments/sore-throat';
import { urinarySymptoms } from './assessments/urinary-symptoms';
import { createAuditC } from './instruments/audit-c';
import { audit } from './instruments/audit';
import { gad7 } from './instruments/gad-7';
import { phq9 } from './instruments/phq-9';
import type { QuestionnaireDefinition } from './types';
import { validateDefinition } from './validate-definition';

/** Every questionnaire the engine carries, by id. Each is validated on first use. */
const builders: Readonly<Record<string, () => QuestionnaireDefinition>> = {
  'phq-9': () => phq9,
  'gad-7': () => gad7,
  audit: () => audit,
  'audit-c': () => createAuditC(),
  'respiratory-infection': () => respiratoryInfection,
  'sore-throat': () => soreThroat,
  'urinary-symptoms': () => urinarySymptoms,
  'low-back-pain': () => lowBackPain,
  headache: () => headache,
  diarrhoea: () => diarrhoea,
};

export const questionnaireIds: readonly string[] = /* #__PURE__ */ Object.keys(builders);

export class UnknownQuestionnaireError extends Error {
  constructor(id: string) {
    super(`Unknown questionnaire "${id}"; known: ${questionnaireIds.join(', ')}`);
    this.name = 'UnknownQuestionnaireError';
  }
}

let validated: Map<string, QuestionnaireDefinition> | undefined;

/** The validated definition; throws `UnknownQuestionnaireError` or `DefinitionError`. */
export function getQuestionnaire(id: string): QuestionnaireDefinition {
  validated ??= new Map();
  const known = validated.get(id);
  if (known) return known;
  const build = Object.hasOwn(builders, id) ? builders[id] : undefined;
  if (!build) throw new UnknownQuestionnaireError(id);
  const definition = validateDefinition(build());
  validated.set(id, definition);
  return definition;
}
