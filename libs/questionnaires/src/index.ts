export * from './types';
export { evaluateCondition, referencedItems, type ConditionContext } from './conditions';
export {
  allItems,
  endingRedFlag,
  findItem,
  firstUnanswered,
  isAnswered,
  isComplete,
  nextItem,
  previousItem,
  visibleAnswers,
  visibleItems,
  type LocatedItem,
} from './flow';
export {
  answerProblem,
  answersProblems,
  assertValidAnswers,
  InvalidAnswersError,
  type AnswerProblem,
} from './answers';
export { evaluate, totalScore } from './evaluate';
export { DefinitionError, definitionProblems, validateDefinition } from './validate-definition';
export { getQuestionnaire, questionnaireIds, UnknownQuestionnaireError } from './registry';
export { phq9 } from './instruments/phq-9';
export { gad7 } from './instruments/gad-7';
export { audit } from './instruments/audit';
export {
  createAuditC,
  finnishAuditCCutOffs,
  internationalAuditCCutOffs,
  type AuditCCutOffs,
} from './instruments/audit-c';
export { respiratoryInfection } from './assessments/respiratory-infection';
export * from './fhir';
